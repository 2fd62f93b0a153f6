// The content origin's signature check for nginx (njs, Debian's libnginx-mod-http-js): the same
// rule as Godstart's ContentCapability. A request path is
//   /<storage key>/<subject>/<expires>/<signature>/<file path>
// with signature = Base64url(HMAC-SHA256(key, "<storage key>/<subject>/<expires>")). nginx then
// serves <content dir>/packages/<storage key>/<file path> itself (ETag, Last-Modified, ranges).
//
// Speed (bench/content.sh): njs 0.7 (Debian 12 has 0.7.9) starts a fresh copy of this module for
// every request and keeps nothing between requests (no shared dictionary before njs 0.8), so
// everything here is paid per request, top-level code included. Hence: nothing at the top level
// but the regular expressions, one regular expression for the whole shape, the key read only for a
// well-formed address, no loop in JavaScript (a character-by-character comparison cost more than
// the HMAC itself).
import fs from "fs";
import crypto from "crypto";

// <storage key>/<subject>/<expires>/<signature>/<file path>; group 1 the signed text, 2 the storage
// key, 3 the expiry, 4 the signature (32 bytes in unpadded Base64url), 5 the file path.
const ADDRESS =
  /^\/(([0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})\/[lp][0-9]{1,19}\/([0-9]{1,12}))\/([A-Za-z0-9_-]{43})\/(.*)$/;
// A plain relative file path: no empty segment, no directory, no backslash or NUL ...
const PLAIN = /^(?:[^\/\\\0]+\/)*[^\/\\\0]+$/;
// ... and no "." or ".." segment (nginx has normalised those away already; checked all the same).
const DOTS = /(?:^|\/)\.\.?(?:\/|$)/;

function signingKey() {
  const text =
    process.env.GODSTART_CONTENT_KEY ||
    fs.readFileSync(process.env.GODSTART_CONTENT_KEY_FILE || "/run/secrets/godstart-content-key", "utf8");
  return Buffer.from(text.trim(), "base64");
}

// The comparison's timing must tell nothing about the right signature. Both sides are hashed
// first, so === can at most reveal how much of MD5(right signature) a guess's MD5 shares, which
// helps nobody find the signature (that would take an MD5 preimage; collisions do not matter
// here). It costs two small native hashes instead of a slow loop in JavaScript.
function same(a, b) {
  return (
    crypto.createHash("md5").update(a).digest("base64") ===
    crypto.createHash("md5").update(b).digest("base64")
  );
}

// "" when the address carries no valid right (403); the file's path in the content store to serve;
// "!" for a bad file name under a valid right (404).
function file(r) {
  const address = ADDRESS.exec(r.uri);
  if (address === null) {
    return "";
  }
  const expected = crypto
    .createHmac("sha256", signingKey())
    .update(address[1])
    .digest("base64url");
  if (!same(expected, address[4]) || Number(address[3]) < Date.now() / 1000) {
    return "";
  }
  const path = address[5];
  if (!PLAIN.test(path) || DOTS.test(path)) {
    return "!";
  }
  return (
    (process.env.GODSTART_CONTENT_DIR || "/srv/godstart/content") +
    "/packages/" +
    address[2] +
    "/" +
    path
  );
}

function frameAncestors() {
  return "frame-ancestors 'self' " + (process.env.GODSTART_ORIGIN || "");
}

function launcherUpstream() {
  return process.env.GODSTART_LAUNCHER_UPSTREAM || "http://godstart:8081";
}

export default { file, frameAncestors, launcherUpstream };
