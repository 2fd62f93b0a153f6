import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";
import { PlayerView, FRAME_SANDBOX } from "../../main/js/player/view.js";
import { Texts } from "../../main/js/player/texts.js";
import { tocTree } from "../../main/js/player/toc.js";

const TEXTS = {
  toc: "Indhold",
  previous: "Forrige",
  next: "Næste",
  exit: "Afslut",
  sessionEnded: "Slut",
  "status.notAttempted": "Ikke startet",
  "status.completed": "Gennemført",
  reviewBanner: "Du har gennemført",
  newAttempt: "Nyt forsøg",
};

function view(config) {
  const dom = new JSDOM('<div id="player"></div>');
  const container = dom.window.document.getElementById("player");
  const actions = { calls: [] };
  ["navigate", "exit", "newAttempt"].forEach((name) => {
    actions[name] = (...args) => actions.calls.push([name, ...args]);
  });
  const made = new PlayerView(container, config, new Texts(TEXTS), tocTree(config), actions);
  return { made, container, actions, dom };
}

const MULTI = {
  scormVersion: "1.2",
  mode: "normal",
  scos: [
    { identifier: "a", title: "Del A", status: "completed" },
    { identifier: "b", title: "Del B", status: "not attempted" },
  ],
};

test("a multi-SCO package gets a contents list with each SCO's status", () => {
  const { container } = view(MULTI);
  const items = [...container.querySelectorAll(".gs-toc__item")];
  assert.deepEqual(
    items.map((i) => i.querySelector(".gs-toc__title").textContent),
    ["Del A", "Del B"],
  );
  assert.equal(items[0].querySelector(".gs-toc__status").textContent, "Gennemført");
  assert.equal(items[1].getAttribute("data-status"), "not attempted");
});

test("the launcher's frame is sandboxed: no navigation of this page", () => {
  const { made } = view(MULTI);
  assert.equal(made.frame.getAttribute("sandbox"), FRAME_SANDBOX);
  assert.ok(!FRAME_SANDBOX.includes("allow-top-navigation"));
  assert.equal(made.frame.id, "content-frame");
});

test("validity from the launcher enables and disables the controls", () => {
  const { made, container } = view(MULTI);
  made.showValidity({ continue: true, previous: false, choice: { a: true } });
  assert.equal(container.querySelector(".gs-player__previous").getAttribute("aria-disabled"), "true");
  assert.equal(container.querySelector(".gs-player__next").getAttribute("aria-disabled"), null);
  assert.equal(container.querySelector("[data-sco='b']").getAttribute("aria-disabled"), "true");
});

test("clicks become navigation requests", () => {
  const { container, actions } = view(MULTI);
  container.querySelector(".gs-player__next").click();
  container.querySelector("[data-sco='b']").click();
  container.querySelector(".gs-player__exit").click();
  assert.deepEqual(actions.calls, [
    ["navigate", "continue"],
    ["navigate", "choice", "b"],
    ["exit"],
  ]);
});

test("the current SCO is marked and the end of the visit hides the frame", () => {
  const { made, container } = view(MULTI);
  made.showCurrent("b");
  assert.equal(container.querySelector("[data-sco='b']").getAttribute("aria-current"), "step");
  made.showEnded();
  assert.equal(made.frame.hidden, true);
  assert.equal(container.querySelector("[data-sco='b']").getAttribute("aria-current"), null);
});

test("the frame grows with the content's reported height, within bounds", () => {
  const { made } = view(MULTI);
  made.showContentHeight(1234.4);
  assert.equal(made.frame.style.minHeight, "1234px");
  made.showContentHeight(999999);
  assert.equal(made.frame.style.minHeight, "20000px");
});

test("review mode shows its banner and the new-attempt button", () => {
  const { container } = view(Object.assign({}, MULTI, { mode: "review", newAttemptUrl: "/x" }));
  assert.ok(container.querySelector(".gs-player__banner").textContent.includes("Du har gennemført"));
  assert.ok(container.querySelector(".gs-player__new-attempt"));
});

test("with sequencing, the contents follow the server's activity tree, assets included", () => {
  const config = {
    scormVersion: "2004",
    mode: "normal",
    scos: [
      { identifier: "side", title: "Side", asset: true, status: "completed" },
      { identifier: "quiz", title: "Quiz", asset: false, status: "not attempted" },
    ],
    activityTree: {
      id: "ORG",
      title: "Forløb",
      children: [
        {
          id: "del-1",
          title: "Del 1",
          children: [
            { id: "side", title: "Side" },
            { id: "skjult", title: "Skjult", isVisible: false },
          ],
        },
        { id: "quiz", title: "Quiz" },
      ],
    },
  };
  const tree = tocTree(config);
  assert.deepEqual(
    tree.map((entry) => [entry.identifier, entry.launchable]),
    [
      ["del-1", false],
      ["quiz", true],
    ],
  );
  assert.deepEqual(tree[0].items.map((entry) => [entry.identifier, entry.launchable, entry.hidden]), [
    ["side", true, false],
    ["skjult", false, true],
  ]);
  const { container } = view(config);
  assert.equal(
    container.querySelector(".gs-toc__item[data-sco='side']").getAttribute("data-status"),
    "completed",
  );
});
