import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";
import { PlayerPage } from "../../main/js/player/player-page.js";
import { message } from "../../main/js/shared/messages.js";

const CONFIG = {
  scormVersion: "2004",
  mode: "normal",
  title: "Modul",
  contentOrigin: "http://content.test",
  launcherUrl: "http://content.test/_godstart/launcher.html?scorm=2004",
  commitUrl: "/_godstart/attempt-channel/tok/commits",
  sequencingStateUrl: "/_godstart/attempt-channel/tok/sequencing-state",
  csrfToken: "secret-csrf",
  exitUrl: "/index.xhtml",
  texts: { scoOpened: "{title} er åbnet", staleTab: "Åbent i et andet vindue" },
  scos: [{ identifier: "a", title: "Del A", status: "not attempted" }],
};

function page() {
  const dom = new JSDOM('<div id="player"></div>', { url: "http://app.test/player/play.xhtml" });
  const win = dom.window;
  const made = new PlayerPage(
    JSON.parse(JSON.stringify(CONFIG)),
    win.document.getElementById("player"),
    win,
  );
  const posted = [];
  // The frame's window as the launcher would have it: what this page posts to it is recorded.
  const launcherWindow = { postMessage: (data, origin) => posted.push({ data, origin }) };
  Object.defineProperty(made.frame, "contentWindow", { get: () => launcherWindow });
  made.start();
  const receive = (origin, source, data) =>
    win.dispatchEvent(new win.MessageEvent("message", { origin, source, data }));
  return { made, win, posted, launcherWindow, receive };
}

test("the frame opens the launcher on the content origin", () => {
  const { made } = page();
  assert.equal(made.frame.getAttribute("src"), CONFIG.launcherUrl);
});

test("the launcher gets its configuration without the page's CSRF token or texts", () => {
  const { posted, launcherWindow, receive } = page();
  receive("http://content.test", launcherWindow, message("ready"));
  assert.equal(posted.length, 1);
  assert.equal(posted[0].origin, "http://content.test");
  const config = posted[0].data.config;
  assert.equal(config.csrfToken, undefined);
  assert.equal(config.texts, undefined);
  assert.equal(config.commitUrl, "http://app.test/_godstart/attempt-channel/tok/commits");
});

test("messages from another origin or another window are ignored", () => {
  const { made, posted, launcherWindow, receive } = page();
  receive("http://evil.test", launcherWindow, message("ready"));
  receive("http://content.test", {}, message("ready"));
  receive("http://content.test", launcherWindow, message("alert", { key: "staleTab" }));
  assert.equal(posted.length, 0);
  assert.ok(made.view.alert.textContent.includes("Åbent i et andet vindue"));
});

test("the launcher names message keys; titles come from this page", async () => {
  const { made, launcherWindow, receive } = page();
  receive("http://content.test", launcherWindow, message("announce", { key: "scoOpened", sco: "a" }));
  receive("http://content.test", launcherWindow, message("announce", { key: "<img src=x>" }));
  await new Promise((resolve) => setTimeout(resolve, 80));
  assert.equal(made.view.status.textContent, "Del A er åbnet");
});

test("navigation and exit go to the launcher; the page leaves when it says exited", () => {
  const { made, posted, launcherWindow, receive, win } = page();
  made.navigate("continue");
  made.exit();
  assert.deepEqual(
    posted.map((p) => p.data.type),
    ["navigate", "exit"],
  );
  let left = null;
  made.leave = () => {
    left = win.location.href;
  };
  receive("http://content.test", launcherWindow, message("exited"));
  assert.ok(left);
  win.clearTimeout(made.exiting);
});
