import { test } from "node:test";
import assert from "node:assert/strict";
import { isFrom, message, listen, send } from "../../main/js/shared/messages.js";

const launcherWindow = {};

function event(origin, source, data) {
  return { origin, source, data };
}

test("a message counts only from the expected window on the expected origin", () => {
  const data = message("ready");
  assert.equal(isFrom(event("https://content", launcherWindow, data), "https://content", launcherWindow), true);
  assert.equal(isFrom(event("https://evil", launcherWindow, data), "https://content", launcherWindow), false);
  assert.equal(isFrom(event("https://content", {}, data), "https://content", launcherWindow), false);
});

test("messages of other protocols, strings and missing origins are ignored", () => {
  assert.equal(isFrom(event("https://content", launcherWindow, "ready"), "https://content", launcherWindow), false);
  assert.equal(
    isFrom(event("https://content", launcherWindow, { type: "ready" }), "https://content", launcherWindow),
    false,
  );
  assert.equal(isFrom(event("https://content", launcherWindow, message("ready")), null, launcherWindow), false);
});

test("listen hands on only what passes the check", () => {
  const listeners = [];
  const win = {
    addEventListener: (type, listener) => listeners.push(listener),
    removeEventListener: () => {},
  };
  const received = [];
  listen(win, "https://content", () => launcherWindow, (data) => received.push(data.type));
  listeners[0](event("https://content", launcherWindow, message("status")));
  listeners[0](event("https://other", launcherWindow, message("exited")));
  assert.deepEqual(received, ["status"]);
});

test("send names the target origin exactly", () => {
  const posted = [];
  send({ postMessage: (data, origin) => posted.push([data.type, origin]) }, "https://app", "ready");
  assert.deepEqual(posted, [["ready", "https://app"]]);
});
