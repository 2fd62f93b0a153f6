// The content origin's signature check for nginx (njs, Debian's libnginx-mod-http-js): the same
// rule as Godstart's ContentCapability. A request path is
//   /<storage key>/<subject>/<expires>/<signature>/<file path>
// with signature = Base64url(HMAC-SHA256(key, "<storage key>/<subject>/<expires>")). nginx then
// serves <content dir>/packages/<storage key>/<file path> itself (ETag, Last-Modified, ranges).
import fs from "fs";
import crypto from "crypto";

const STORAGE_KEY = /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/;
const SUBJECT = /^[lp][0-9]{1,19}$/;
const EXPIRES = /^[0-9]{1,12}$/;
let key = null;

function signingKey() {
  if (key === null && process.env.GODSTART_CONTENT_KEY) {
    key = Buffer.from(process.env.GODSTART_CONTENT_KEY.trim(), "base64");
  }
  if (key === null) {
    const file = process.env.GODSTART_CONTENT_KEY_FILE || "/run/secrets/godstart-content-key";
    key = Buffer.from(fs.readFileSync(file, "utf8").trim(), "base64");
  }
  return key;
}

// Constant time: the answer's timing tells nothing about the right signature.
function same(a, b) {
  if (a.length !== b.length) {
    return false;
  }
  let difference = 0;
  for (let i = 0; i < a.length; i++) {
    difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  }
  return difference === 0;
}

function plainRelative(path) {
  if (!path || path.indexOf("\\") >= 0 || path.indexOf("\0") >= 0 || path.endsWith("/")) {
    return false;
  }
  return path.split("/").every((s) => s !== "" && s !== "." && s !== "..");
}

// "" when the address carries no valid right (403); the file's path in the content store to serve;
// "!" for a bad file name under a valid right (404).
function file(r) {
  const parts = r.uri.substring(1).split("/");
  if (parts.length < 4) {
    return "";
  }
  const storageKey = parts[0];
  const subject = parts[1];
  const expires = parts[2];
  if (!STORAGE_KEY.test(storageKey) || !SUBJECT.test(subject) || !EXPIRES.test(expires)) {
    return "";
  }
  const expected = crypto
    .createHmac("sha256", signingKey())
    .update(storageKey + "/" + subject + "/" + expires)
    .digest("base64url");
  if (!same(expected, parts[3]) || Number(expires) < Date.now() / 1000) {
    return "";
  }
  const rest = parts.slice(4).join("/");
  return plainRelative(rest) ? packages() + "/" + storageKey + "/" + rest : "!";
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

export default { file, frameAncestors, launcherUpstream };
