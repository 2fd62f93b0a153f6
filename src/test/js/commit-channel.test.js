import { test } from "node:test";
import assert from "node:assert/strict";
import { CommitChannel } from "../../main/js/launcher/commit-channel.js";

function fakeTransport(answers) {
  const sent = [];
  return {
    sent,
    postNow(url, text) {
      sent.push({ url, body: JSON.parse(text), background: false });
      return answers.shift() || { status: 200, text: "{}" };
    },
    postInBackground(url, text) {
      sent.push({ url, body: JSON.parse(text), background: true });
      return Promise.resolve(answers.shift() || { status: 200, text: "{}" });
    },
  };
}

function channel(answers, config) {
  const events = { accepted: [], failed: [], stopped: [] };
  const transport = fakeTransport(answers || []);
  const handlers = {
    accepted: (body, answer) => events.accepted.push([body, answer]),
    failed: (status) => events.failed.push(status),
    stopped: (reason) => events.stopped.push(reason),
  };
  const made = new CommitChannel(
    Object.assign({ commitUrl: "https://app/channel/t/commits", sequence: 4, mode: "normal" }, config),
    handlers,
    transport,
  );
  return { made, events, transport };
}

test("commits are numbered after the last sequence the server accepted", () => {
  const { made, transport } = channel();
  made.sendNow({ sequence: made.nextSequence() });
  made.sendNow({ sequence: made.nextSequence() });
  assert.deepEqual(
    transport.sent.map((s) => s.body.sequence),
    [5, 6],
  );
  assert.equal(transport.sent[0].url, "https://app/channel/t/commits");
});

test("an accepted commit hands the server's answer on", () => {
  const { made, events } = channel([{ status: 200, text: '{"scoStatus":"passed"}' }]);
  const outcome = made.sendNow({ sequence: made.nextSequence() });
  assert.equal(outcome.ok, true);
  assert.equal(events.accepted[0][1].scoStatus, "passed");
});

test("a 409 for a commit older than one already accepted is only superseded", () => {
  const { made, events } = channel([
    { status: 200, text: "{}" },
    { status: 409, text: '{"code":"commit.stale"}' },
  ]);
  made.sendNow({ sequence: 9 });
  const outcome = made.sendNow({ sequence: 8 });
  assert.equal(outcome.code, "superseded");
  assert.equal(made.usable(), true);
  assert.deepEqual(events.stopped, []);
});

test("a 409 from another tab stops this tab's commits for good", () => {
  const { made, events } = channel([{ status: 409, text: '{"code":"commit.stale"}' }]);
  const outcome = made.sendNow({ sequence: made.nextSequence() });
  assert.equal(outcome.ok, false);
  assert.equal(made.usable(), false);
  assert.deepEqual(events.stopped, ["stale"]);
});

test("a refused token stops the commits as forbidden", () => {
  const { made, events } = channel([{ status: 403, text: '{"code":"attempt.token"}' }]);
  made.sendNow({ sequence: made.nextSequence() });
  assert.deepEqual(events.stopped, ["forbidden"]);
});

test("a server or network failure is reported and the channel stays usable", () => {
  const { made, events } = channel([{ status: 0, text: null }]);
  const outcome = made.sendNow({ sequence: made.nextSequence() });
  assert.equal(outcome.ok, false);
  assert.deepEqual(events.failed, [0]);
  assert.equal(made.usable(), true);
});

test("a 409 because the attempt is completed stops the commits, not as another tab", () => {
  const { made, events } = channel([{ status: 409, text: '{"code":"attempt.completed"}' }]);
  made.sendNow({ sequence: made.nextSequence() });
  assert.equal(made.usable(), false);
  assert.deepEqual(events.stopped, ["completed"]);
});

test("settled waits for the answers of keep-alive commits still on their way", async () => {
  const { made, events, transport } = channel();
  let release = null;
  transport.postInBackground = () =>
    new Promise((resolve) => {
      release = () => resolve({ status: 200, text: '{"nextEntry":"resume"}' });
    });
  made.sendInBackground({ sequence: made.nextSequence() });
  let done = false;
  const waiting = made.settled().then(() => {
    done = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.equal(done, false);
  release();
  await waiting;
  assert.equal(events.accepted[0][1].nextEntry, "resume");
  assert.equal(made.inFlight.size, 0);
});

test("browse mode, review mode and a page without a commit address send nothing", () => {
  assert.equal(channel([], { mode: "browse" }).made.usable(), false);
  assert.equal(channel([], { mode: "review" }).made.usable(), false);
  assert.equal(channel([], { commitUrl: null }).made.usable(), false);
});

test("a keep-alive commit is settled like any other when the page is still there", async () => {
  const { made, transport, events } = channel([{ status: 200, text: "{}" }]);
  await made.sendInBackground({ sequence: made.nextSequence() });
  assert.equal(transport.sent[0].background, true);
  assert.equal(events.accepted.length, 1);
});
