import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";
import { Launcher } from "../../main/js/launcher/launcher.js";

// A stand-in for scorm-again's Scorm12API: enough of it for a session and its commits.
class FakeRuntime {
  constructor(settings) {
    this.settings = settings;
    this.listeners = {};
    this.initialized = true;
    this.terminated = false;
    this.cmi = { core: { lesson_status: "incomplete" }, student_data: {}, getCurrentTotalTime: () => "0000:00:10" };
  }
  on(event, listener) {
    this.listeners[event] = listener;
  }
  isInitialized() {
    return this.initialized;
  }
  isTerminated() {
    return this.terminated;
  }
  loadFromJSON() {}
  renderCommitCMI() {
    return { cmi: { core: { lesson_location: "side-2", lesson_status: "incomplete" } } };
  }
  LMSFinish() {
    this.terminated = true;
    return "true";
  }
  set(element) {
    this.listeners.LMSSetValue(element);
  }
}

function launcher() {
  const dom = new JSDOM('<iframe id="sco-frame"></iframe>', { url: "http://content.test/_godstart/launcher.html" });
  const win = dom.window;
  win.Scorm12API = FakeRuntime;
  const sent = [];
  const transport = {
    postNow: (url, text) => {
      sent.push({ background: false, body: JSON.parse(text) });
      return { status: 200, text: "{}" };
    },
    postInBackground: (url, text) => {
      sent.push({ background: true, body: JSON.parse(text) });
      return Promise.resolve({ status: 200, text: "{}" });
    },
  };
  const told = [];
  const config = {
    scormVersion: "1.2",
    mode: "normal",
    sequence: 0,
    commitUrl: "http://app.test/_godstart/attempt-channel/t/commits",
    contentBase: "http://content.test/cap/",
    scos: [{ identifier: "a", title: "Del A", launch: "a.html", status: "not attempted" }],
  };
  const made = new Launcher(config, win, win.document.getElementById("sco-frame"), (type, fields) => told.push([type, fields]), transport);
  return { made, win, sent, told };
}

test("closing the page sends what changed as a keep-alive commit, then the open session ends", async () => {
  const { made, win, sent } = launcher();
  made.start();
  await made.queue;
  made.session.api.set("cmi.core.lesson_location");
  win.dispatchEvent(new win.Event("pagehide"));
  assert.equal(sent.length, 1);
  assert.equal(sent[0].background, true);
  assert.equal(sent[0].body.terminated, false);
  assert.equal(sent[0].body.cmi.core.lesson_location, "side-2");

  // The SCO left its session open and changed something again: its own pagehide ends it.
  made.session.api.set("cmi.core.lesson_location");
  made.onScoPageHide(made.session);
  assert.equal(sent.length, 2);
  assert.equal(sent[1].body.terminated, true);
  assert.ok(sent[1].body.sequence > sent[0].body.sequence);
});

test("nothing is sent on closing when nothing changed", async () => {
  const { made, win, sent } = launcher();
  made.start();
  await made.queue;
  win.dispatchEvent(new win.Event("pagehide"));
  assert.equal(sent.length, 0);
});

test("while the page is there, Commit is synchronous and tells the SCO the answer", async () => {
  const { made, sent } = launcher();
  made.start();
  await made.queue;
  const answer = made.session.api.settings.httpService.processHttpRequest("", { cmi: {} }, false);
  assert.equal(answer.result, "true");
  assert.equal(sent[0].background, false);
});

test("the player page is told which SCO opened and what may be navigated", async () => {
  const { made, told } = launcher();
  made.start();
  await made.queue;
  const types = told.map(([type]) => type);
  assert.ok(types.includes("validity"));
  assert.deepEqual(told.find(([type]) => type === "current")[1], { sco: "a" });
});
