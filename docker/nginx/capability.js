// What the content origin's nginx configuration needs from the environment (njs, Debian's
// libnginx-mod-http-js): nginx itself cannot read environment variables into its configuration.
// The signature check is nginx's own (secure_link, see nginx.conf); these functions only read.
//
// njs 0.7 (Debian 12 has 0.7.9) runs a fresh copy of this module for every request that uses one
// of these variables, so nothing is done at the top level.
import fs from "fs";

// The content key as the text the application signs with: its Base64, as configured.
function contentKey() {
  const text =
    process.env.GODSTART_CONTENT_KEY ||
    fs.readFileSync(process.env.GODSTART_CONTENT_KEY_FILE || "/run/secrets/godstart-content-key", "utf8");
  return text.trim();
}

function packages() {
  return (process.env.GODSTART_CONTENT_DIR || "/srv/godstart/content") + "/packages";
}

function frameAncestors() {
  return "frame-ancestors 'self' " + (process.env.GODSTART_ORIGIN || "");
}

function launcherUpstream() {
  return process.env.GODSTART_LAUNCHER_UPSTREAM || "http://godstart:8081";
}

export default { contentKey, packages, frameAncestors, launcherUpstream };
