import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";
import { Launcher } from "../../main/js/launcher/launcher.js";

// A stand-in for scorm-again's Scorm12API: its CMI as plain objects, Commit and Finish going
// through the launcher's httpService as scorm-again's do.
class FakeRuntime {
  constructor(settings) {
    this.settings = settings;
    this.listeners = {};
    this.initialized = true;
    this.terminated = false;
    this.cmi = { core: {}, student_data: {} };
    FakeRuntime.made.push(this);
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
    return { cmi: { core: { lesson_status: "incomplete" } } };
  }
  LMSCommit() {
    return this.settings.httpService.processHttpRequest("", this.renderCommitCMI(), false).result;
  }
  LMSFinish() {
    this.terminated = true;
    const answer = this.settings.httpService.processHttpRequest("", this.renderCommitCMI(), true);
    this.listeners.LMSFinish();
    return answer.result;
  }
  set(element) {
    this.listeners.LMSSetValue(element);
  }
}
FakeRuntime.made = [];

function answer(fields) {
  return {
    status: 200,
    text: JSON.stringify(
      Object.assign(
        {
          scoStatus: "incomplete",
          scoFinished: false,
          nextEntry: "",
          totalTime: "0000:00:00",
          moduleCompleted: false,
        },
        fields,
      ),
    ),
  };
}

function launcher(scos, options) {
  const dom = new JSDOM('<iframe id="sco-frame"></iframe>', {
    url: "http://content.test/_godstart/launcher.html",
  });
  const win = dom.window;
  win.Scorm12API = FakeRuntime;
  FakeRuntime.made = [];
  const sent = [];
  const answers = (options && options.answers) || [];
  const transport = {
    postNow: (url, text) => {
      sent.push({ background: false, body: JSON.parse(text) });
      return answers.shift() || answer({});
    },
    postInBackground: (url, text) => {
      sent.push({ background: true, body: JSON.parse(text) });
      return Promise.resolve(answers.shift() || answer({}));
    },
  };
  const told = [];
  const config = {
    scormVersion: "1.2",
    mode: (options && options.mode) || "normal",
    sequence: 0,
    commitUrl: "http://app.test/_godstart/attempt-channel/t/commits",
    contentBase: "http://content.test/cap/",
    scos,
  };
  const frame = win.document.getElementById("sco-frame");
  const made = new Launcher(config, win, frame, (type, fields) => told.push([type, fields]), transport);
  // The frame's documents do not load in jsdom: unloading one is immediate here.
  made.unloadFrame = () => Promise.resolve();
  return { made, win, sent, told, answers };
}

// Until the launcher's queue of navigation steps is empty (a step may queue the next).
async function idle(made) {
  let queue = null;
  while (queue !== made.queue) {
    queue = made.queue;
    await queue;
  }
}

async function go(made, kind) {
  await made.navigate(kind);
  await idle(made);
}

function sco(identifier, fields) {
  return Object.assign(
    {
      identifier,
      title: "Del " + identifier.toUpperCase(),
      launch: identifier + ".html",
      asset: false,
      status: "not attempted",
      finished: false,
      init: { entry: "ab-initio", totalTime: "0000:00:00" },
    },
    fields,
  );
}

test("a SCO's next session starts from the entry and total time the server answered", async () => {
  const { made, answers } = launcher([sco("a"), sco("b")]);
  made.start();
  await made.queue;
  assert.equal(FakeRuntime.made[0].cmi.core.entry, "ab-initio");
  answers.push(answer({ nextEntry: "resume", totalTime: "0000:01:30" }));
  made.session.api.set("cmi.core.exit");
  await go(made, "continue");
  await go(made, "previous");
  const again = FakeRuntime.made[2];
  assert.equal(again.cmi.core.entry, "resume");
  assert.equal(again.cmi.core.total_time, "0000:01:30");
});

test("the status shown and whether an item is finished are the server's word", async () => {
  const { made, told, answers } = launcher([sco("a")]);
  made.start();
  await made.queue;
  // Passed but not finished: the server's rule, not a list of statuses in the page.
  answers.push(answer({ scoStatus: "passed", scoFinished: false }));
  made.session.api.set("cmi.core.lesson_status");
  made.session.api.LMSCommit();
  assert.deepEqual(told.filter(([type]) => type === "status").pop()[1], {
    sco: "a",
    status: "passed",
  });
  assert.equal(made.allFinished(), false);
  assert.equal(made.navigator.exitRequest(), "suspendAll");

  answers.push(answer({ scoStatus: "failed", scoFinished: true }));
  made.session.api.LMSCommit();
  assert.equal(made.allFinished(), true);
  assert.equal(made.navigator.exitRequest(), "exitAll");
});

test("leaving commits the open SCO first and exits by the server's answer to that commit", async () => {
  const { made, sent, told, answers } = launcher([sco("a")]);
  made.start();
  await made.queue;
  made.session.api.set("cmi.core.lesson_status");
  answers.push(answer({ scoStatus: "completed", scoFinished: true }));

  await made.exit();

  assert.deepEqual(
    sent.map((s) => [s.body.terminated, s.body.navRequest]),
    [
      [false, null],
      [true, "exitAll"],
    ],
  );
  assert.equal(told[told.length - 1][0], "exited");
});

test("leaving an unfinished visit suspends it", async () => {
  const { made, sent } = launcher([sco("a"), sco("b", { finished: true })]);
  made.start();
  await made.queue;
  made.session.api.set("cmi.core.lesson_location");
  await made.exit();
  assert.equal(sent[sent.length - 1].body.navRequest, "suspendAll");
});

test("a SCO waits for the answer to the last SCO's keep-alive commit before it starts", async () => {
  const { made, sent } = launcher([sco("a"), sco("b")]);
  made.start();
  await made.queue;
  let release = null;
  made.transport.postInBackground = (url, text) => {
    sent.push({ background: true, body: JSON.parse(text) });
    return new Promise((resolve) => {
      release = () => resolve(answer({ nextEntry: "resume" }));
    });
  };
  made.channel.transport = made.transport;
  made.session.api.set("cmi.core.lesson_location");
  made.session.api.terminated = true; // the SCO never said LMSFinish; the page ends it below
  made.session.api.initialized = true;
  made.leaving = false;
  made.sendInBackground(made.session, true);
  let started = false;
  const going = go(made, "continue").then(() => {
    started = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.equal(started, false, "b waits for a's answer");
  release();
  await going;
  assert.equal(made.scoById.a.init.entry, "resume");
});

test("an asset opens without a runtime and is recorded as shown once, without data", async () => {
  const { made, sent, answers } = launcher([sco("p", { asset: true }), sco("a")]);
  made.start();
  await made.queue;
  assert.equal(FakeRuntime.made.length, 0, "no API session for an asset");
  assert.equal(made.frame.getAttribute("src"), "http://content.test/cap/p.html");
  answers.push(answer({ scoStatus: "completed", scoFinished: true }));

  made.onFrameLoad();
  made.onFrameLoad();

  assert.deepEqual(sent.map((s) => s.body), [
    { sco: "p", sequence: 1, terminated: true, cmi: {}, navRequest: null },
  ]);
  assert.equal(made.scoById.p.finished, true);
  await go(made, "continue");
  assert.equal(FakeRuntime.made.length, 1, "the SCO after it has its session");
});

test("an asset finished before is not recorded again, and a review stores nothing", async () => {
  const shownBefore = launcher([sco("p", { asset: true, finished: true })]);
  shownBefore.made.start();
  await shownBefore.made.queue;
  shownBefore.made.onFrameLoad();
  assert.equal(shownBefore.sent.length, 0);

  const review = launcher([sco("p", { asset: true }), sco("a")], { mode: "review" });
  review.made.start();
  await review.made.queue;
  review.made.onFrameLoad();
  await go(review.made, "continue");
  assert.equal(review.sent.length, 0);
  assert.equal(FakeRuntime.made[0].settings.lmsCommitUrl, false);
});

test("a commit refused because the attempt is completed stops the commits with its own alert", async () => {
  const { made, told, answers } = launcher([sco("a")]);
  made.start();
  await made.queue;
  answers.push({ status: 409, text: '{"code":"attempt.completed"}' });
  made.session.api.set("cmi.core.lesson_location");
  assert.equal(made.session.api.LMSCommit(), "false");
  assert.deepEqual(told.filter(([type]) => type === "alert").pop()[1], {
    key: "attemptCompleted",
  });
  assert.equal(made.channel.usable(), false);
});

test("a package with sequencing hands the server's activity tree to the engine", () => {
  const dom = new JSDOM("<iframe></iframe>", { url: "http://content.test/_godstart/launcher.html" });
  const win = dom.window;
  let settings = null;
  win.Scorm2004API = class {
    constructor(given) {
      settings = given;
    }
    on() {}
    setSequencingEventListeners() {}
  };
  const activityTree = { id: "ORG", title: "Forløb", children: [{ id: "a", title: "A" }] };
  const config = {
    scormVersion: "2004",
    mode: "normal",
    sequence: 0,
    commitUrl: null,
    scos: [sco("a")],
    activityTree,
  };
  new Launcher(config, win, win.document.querySelector("iframe"), () => {}, {});
  assert.deepEqual(settings.sequencing.activityTree, activityTree);
});

test("an asset shown while the page closes is recorded by a keep-alive request, and nothing follows", async () => {
  const { made, win, sent } = launcher([sco("p", { asset: true }), sco("a")]);
  made.start();
  await made.queue;
  made.leaving = true;
  made.onFrameLoad();
  win.dispatchEvent(new win.Event("pagehide"));
  assert.deepEqual(
    sent.map((s) => [s.background, s.body.sco, s.body.terminated]),
    [[true, "p", true]],
  );
});
