import { test } from "node:test";
import assert from "node:assert/strict";
import { FreeNavigator, SequencingStateStore } from "../../main/js/launcher/navigators.js";

function launcher(startSco) {
  return {
    config: {
      startSco,
      scos: ["a", "b", "c"].map((id) => ({ identifier: id, title: id.toUpperCase() })),
    },
    delivered: [],
    deliver(id) {
      this.delivered.push(id);
    },
    allFinished() {
      return false;
    },
  };
}

test("a package without sequencing starts where the learner left off", () => {
  const host = launcher("b");
  new FreeNavigator(host).start();
  assert.deepEqual(host.delivered, ["b"]);
});

test("an unknown start falls back to the first SCO", () => {
  const host = launcher("zzz");
  new FreeNavigator(host).start();
  assert.deepEqual(host.delivered, ["a"]);
});

test("previous and next move one step in tree order and stop at the ends", () => {
  const host = launcher(null);
  const navigator = new FreeNavigator(host);
  navigator.start();
  assert.equal(navigator.allows("previous"), false);
  assert.equal(navigator.request("continue"), true);
  assert.equal(navigator.request("continue"), true);
  assert.equal(navigator.allows("continue"), false);
  assert.equal(navigator.request("continue"), false);
  assert.deepEqual(host.delivered, ["a", "b", "c"]);
  navigator.request("previous");
  assert.deepEqual(host.delivered, ["a", "b", "c", "b"]);
});

test("any SCO of the package may be chosen, nothing else", () => {
  const navigator = new FreeNavigator(launcher(null));
  navigator.start();
  assert.equal(navigator.allows("choice", "c"), true);
  assert.equal(navigator.allows("choice", "x"), false);
  assert.deepEqual(navigator.validity(), {
    continue: true,
    previous: false,
    choice: { a: true, b: true, c: true },
  });
});

test("leaving suspends an unfinished visit", () => {
  const host = launcher(null);
  assert.equal(new FreeNavigator(host).exitRequest(), "suspendAll");
  host.allFinished = () => true;
  assert.equal(new FreeNavigator(host).exitRequest(), "exitAll");
});

test("sequencing states are saved one after another, so the newest arrives last", async () => {
  const order = [];
  let release = null;
  const transport = {
    postInBackground(url, text) {
      order.push("start " + JSON.parse(text).state);
      if (!release) {
        return new Promise((resolve) => {
          release = () => {
            order.push("end first");
            resolve({ status: 204 });
          };
        });
      }
      return Promise.resolve({ status: 204 });
    },
  };
  const store = new SequencingStateStore(
    { sequencingStateUrl: "https://app/s" },
    { usable: () => true },
    transport,
  );
  const first = store.saveState("one");
  const second = store.saveState("two");
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.deepEqual(order, ["start one"]);
  release();
  assert.equal(await first, true);
  assert.equal(await second, true);
  assert.deepEqual(order, ["start one", "end first", "start two"]);
});
