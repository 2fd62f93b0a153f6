import { CommitChannel, browserTransport } from "./commit-channel.js";
import { navigatorFor } from "./navigators.js";
import { assign, loadRuntimeData } from "./runtime-data.js";
import { Session } from "./session.js";
import { listenForPageExit, watchScoWindow } from "./unload.js";
import { VERSIONS, versionOf, warn } from "../shared/versions.js";

// How long a new SCO waits for the answers to keep-alive commits still on their way (the last
// SCO's final commit, sent while its frame was unloading), whose nextEntry and totalTime it starts
// from.
const SETTLE_MS = 5000;

const STOP_ALERTS = { stale: "staleTab", completed: "attemptCompleted", forbidden: "signedOut" };

function formatRequest(kind, target) {
  return kind === "choice" || kind === "jump" ? "{target=" + target + "}" + kind : kind;
}

/*
 * The launcher runs on the content origin, beside the SCO: it holds the scorm-again runtime (so
 * every SCORM call is synchronous and the first GetValue already sees the stored data), the SCO's
 * frame, the navigation between SCOs and the commits. It shows nothing itself: what the learner
 * should see goes to the player page as messages (`tell`), and the player page's buttons come back
 * as navigation requests.
 *
 * It decides no SCORM rule itself: whether a SCO is finished, the cmi.entry and total time its next
 * session starts with, and whether the module is completed are the server's word, from the launch
 * configuration (scos[].finished, status, init.entry, init.totalTime) and then from the answer to
 * each accepted commit; the activity tree for the sequencing engine comes mapped from the server
 * (config.activityTree).
 */
export class Launcher {
  constructor(config, win, frame, tell, transport) {
    this.config = config;
    this.config.scos = config.scos || [];
    this.win = win;
    this.frame = frame;
    this.tell = tell;
    this.transport = transport || browserTransport(win);
    this.version = versionOf(config);
    this.versionInfo = VERSIONS[this.version];
    this.scoById = {};
    this.previousSessions = {}; // what the last session of each SCO in this page left behind
    this.session = null; // the SCORM session of the SCO in the frame; none for an asset
    this.shown = null; // the item in the frame: a SCO, or an asset (a page without the API)
    this.leaving = false; // the page is being dismissed: no synchronous requests any more
    this.queue = Promise.resolve();
    this.deliveries = 0;
    this.sequencingEnded = false;
    this.reportedHeight = 0;
    this.config.scos.forEach((sco) => {
      this.scoById[sco.identifier] = sco;
    });
    this.channel = new CommitChannel(
      config,
      {
        accepted: (body, answer) => this.onCommitAccepted(body, answer),
        failed: () => this.tell("announce", { key: "saveFailed" }),
        stopped: (reason) => this.tell("alert", { key: STOP_ALERTS[reason] || "signedOut" }),
      },
      this.transport,
    );
    this.navigator = navigatorFor(this);
  }

  start() {
    listenForPageExit(this.win, this);
    this.frame.addEventListener("load", () => this.onFrameLoad());
    this.navigator.start();
    this.onValidityChanged();
  }

  later(step) {
    this.win.setTimeout(step, 0);
  }

  // Runs navigation steps one after another: a second click cannot overtake the first.
  serially(step) {
    this.queue = this.queue.then(step).catch((error) => {
      warn(error && error.stack ? error.stack : String(error));
      this.showFailure("navigationFailed");
    });
    return this.queue;
  }

  /* -------------------------------- runtime and commits */

  /*
   * Why an injected httpService and not scorm-again's own lmsCommitUrl transport (with its
   * xhrHeaders, requestHandler and responseHandler): its synchronous service sends the final
   * Terminate commit with navigator.sendBeacon, which returns before the server answered, so a
   * refused final commit (409 from another tab) would be reported to the SCO as a success; its
   * asynchronous service returns to the SCO before the answer for every commit. The `httpService`
   * setting is scorm-again's documented way to replace the transport: every Commit/LMSCommit and
   * Terminate/LMSFinish comes here with the rendered CMI, and what we return is what the SCO's call
   * returns. Its commit scheduling (autocommit) is left off: the SCO's own Commit calls and the
   * keep-alive request on unload already carry everything, and a timer would add commits that race
   * with the SCO's.
   */
  createRuntime(settings) {
    const Runtime = this.win[this.versionInfo.runtime];
    if (typeof Runtime !== "function") {
      throw new Error("scorm-again's " + this.versionInfo.runtime + " is not loaded");
    }
    settings.lmsCommitUrl = this.channel.enabled ? this.config.commitUrl : false;
    settings.httpService = {
      processHttpRequest: (url, params, final) => this.commitFromRuntime(params, final),
      updateSettings: () => {},
    };
    const api = new Runtime(settings);
    api.on(this.versionInfo.setEvent, () => this.onSetValue(api));
    api.on(this.versionInfo.terminateEvent, () => this.onTerminate(api));
    this.exposeRuntime(api);
    return api;
  }

  // The SCO finds the runtime in its parent window: this one.
  exposeRuntime(api) {
    this.win[this.versionInfo.apiName] = api;
  }

  commitFromRuntime(params, final) {
    const session = this.session;
    if (!session || !this.channel.usable()) {
      return this.commitRefused(this.channel.stopped ? "commit.stopped" : "commit.unavailable");
    }
    const changes = session.changes;
    const body = this.commitBody(session, params && params.cmi ? params.cmi : params, final);
    if (this.leaving) {
      // The browser would refuse a synchronous request now; the keep-alive request is our best.
      this.channel.sendInBackground(body);
      this.markSaved(session, changes, final);
      return { result: "true", errorCode: 0 };
    }
    const outcome = this.channel.sendNow(body);
    if (outcome.ok) {
      this.markSaved(session, changes, final);
      return { result: "true", errorCode: 0 };
    }
    return this.commitRefused(outcome.code || "commit.http-" + outcome.status);
  }

  commitRefused(reason) {
    return { result: "false", errorCode: this.versionInfo.commitFailure, errorMessage: reason };
  }

  markSaved(session, changes, final) {
    session.savedChanges = changes;
    if (final) {
      session.finalSent = true;
    }
  }

  commitBody(session, cmi, final) {
    const copy = JSON.parse(JSON.stringify(cmi || {}));
    // The server owns the total time (stored total plus this session's time on a terminated
    // commit); scorm-again would add its own sum on Terminate.
    if (copy.core) {
      delete copy.core.total_time;
    }
    delete copy.total_time;
    return {
      sco: session.sco.identifier,
      sequence: this.channel.nextSequence(),
      terminated: Boolean(final),
      cmi: copy,
      navRequest: this.navRequestOf(session, final),
    };
  }

  // The SCO's own pending request (2004 adl.nav.request) wins; otherwise, on the commit that ends
  // the session, the player's request that ended it (continue, previous, {target=ID}choice,
  // suspendAll, exitAll).
  navRequestOf(session, final) {
    const adl = session.api.adl;
    const request = adl && adl.nav ? adl.nav.request : "_none_";
    if (request && request !== "_none_") {
      return request;
    }
    return final ? session.navRequest : null;
  }

  onSetValue(api) {
    const session = this.session;
    if (!session || session.api !== api) {
      return;
    }
    // The status shown comes from the server's answer to the next commit, not from the element.
    session.changes += 1;
  }

  onTerminate(api) {
    const session = this.session;
    if (session && session.api === api && !api.isTerminated()) {
      session.terminateFailed = true;
    } else if (session && session.api === api) {
      this.tell("announce", { key: "scoFinished", sco: session.sco.identifier });
    }
  }

  // What the server decided from the commit: kept for the SCO's next session in this page and for
  // the decision between exit and suspend, and shown in the table of contents.
  onCommitAccepted(body, answer) {
    const sco = this.scoById[body.sco];
    if (sco) {
      sco.init = sco.init || {};
      if (typeof answer.scoFinished === "boolean") {
        sco.finished = answer.scoFinished;
      }
      if (typeof answer.nextEntry === "string") {
        sco.init.entry = answer.nextEntry;
      }
      if (typeof answer.totalTime === "string") {
        sco.init.totalTime = answer.totalTime;
      }
    }
    if (answer.scoStatus) {
      this.showScoStatus(body.sco, answer.scoStatus);
    }
    if (answer.moduleCompleted && !this.moduleCompletedAnnounced) {
      this.moduleCompletedAnnounced = true;
      this.tell("announce", { key: "moduleCompleted" });
    }
  }

  showScoStatus(identifier, status) {
    if (this.scoById[identifier]) {
      this.scoById[identifier].status = status;
    }
    this.tell("status", { sco: identifier, status });
  }

  // Every item finished, as the server last said (scos[].finished, then each commit's scoFinished).
  allFinished() {
    return this.config.scos.every((sco) => sco.finished === true);
  }

  /* -------------------------------- delivering SCOs */

  // Called by a navigator when a SCO is to be shown (the engine calls it from inside Terminate or
  // processNavigationRequest: the work waits until those calls have returned).
  deliver(identifier) {
    this.deliveries += 1;
    this.sequencingEnded = false;
    this.serially(() => this.launch(identifier));
  }

  async launch(identifier) {
    const sco = this.scoById[identifier];
    if (!sco) {
      throw new Error("no SCO " + identifier + " in the config");
    }
    await this.unloadFrame();
    this.endSession();
    this.shown = sco;
    if (!sco.asset) {
      await this.channel.settled(SETTLE_MS, this.win);
      const api = this.navigator.runtimeFor(sco);
      loadRuntimeData(api, this.version, this.config, sco, this.previousSessions[identifier]);
      this.session = new Session(sco, api, this.version);
    }
    this.frame.title = sco.title;
    this.frame.src = this.launchUrl(sco);
    this.tell("current", { sco: identifier });
    this.onValidityChanged();
    this.tell("announce", { key: "scoOpened", sco: identifier });
  }

  launchUrl(sco) {
    let base = this.config.contentBase || "";
    if (base && base.charAt(base.length - 1) !== "/") {
      base += "/";
    }
    return base + sco.launch;
  }

  // Replaces the SCO's document by an empty one and waits until it is gone: the SCO's own unload
  // handlers (which usually commit and terminate) run during this.
  unloadFrame() {
    const frame = this.frame;
    const current = frame.getAttribute("src");
    if (!current || current === "about:blank") {
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      let timer = null;
      const done = () => {
        frame.removeEventListener("load", done);
        this.win.clearTimeout(timer);
        resolve();
      };
      timer = this.win.setTimeout(done, 5000);
      frame.addEventListener("load", done);
      frame.setAttribute("src", "about:blank");
    });
  }

  // Ends the current SCO session after its document is gone. A SCO that did not terminate is
  // terminated here on its behalf (the normal synchronous final commit); whatever could still not
  // be stored goes out in a keep-alive request.
  endSession() {
    const session = this.session;
    if (!session) {
      return;
    }
    if (session.isOpen()) {
      session.api[this.versionInfo.terminate]("");
    }
    if (session.isDirty() && !session.finalSent) {
      this.sendInBackground(session, true);
    }
    this.previousSessions[session.sco.identifier] = { cmi: session.cmiForCommit(false) };
    this.session = null;
  }

  sendInBackground(session, final) {
    if (!this.channel.usable()) {
      return;
    }
    const changes = session.changes;
    const body = this.commitBody(session, session.cmiForCommit(final), final);
    this.channel.sendInBackground(body);
    this.markSaved(session, changes, final);
  }

  onFrameLoad() {
    const session = this.session;
    const shown = this.shown;
    const scoWindow = this.frame.contentWindow;
    if (!shown || !scoWindow || this.frame.getAttribute("src") === "about:blank") {
      return;
    }
    if (shown.asset) {
      this.recordAssetShown(shown);
    }
    try {
      if (session) {
        watchScoWindow(scoWindow, () => this.onScoPageHide(session));
      }
      this.watchHeight(scoWindow.document);
    } catch (e) {
      warn("the SCO's window cannot be watched: " + e.message);
    }
  }

  /*
   * An asset (a page without the SCORM API) has no session: once its page has loaded it has been
   * shown, and the server records that with a commit without data (it decides that a shown asset
   * is completed, and answers like for any commit). Shown once is enough.
   */
  recordAssetShown(asset) {
    if (asset.finished || !this.channel.usable()) {
      return;
    }
    const body = {
      sco: asset.identifier,
      sequence: this.channel.nextSequence(),
      terminated: true,
      cmi: {},
      navRequest: null,
    };
    if (this.leaving) {
      this.channel.sendInBackground(body);
    } else {
      this.channel.sendNow(body);
    }
  }

  // The player page cannot read the SCO's document (another origin): the launcher tells it how
  // tall the content is.
  watchHeight(doc) {
    const report = () => {
      const root = doc.documentElement;
      const height = Math.max(root ? root.scrollHeight : 0, doc.body ? doc.body.scrollHeight : 0);
      if (height && height !== this.reportedHeight) {
        this.reportedHeight = height;
        this.tell("height", { px: height });
      }
    };
    report();
    const Observer = this.win.ResizeObserver;
    if (Observer && doc.documentElement) {
      new Observer(report).observe(doc.documentElement);
    }
  }

  /* -------------------------------- navigation */

  navigate(kind, target) {
    if (!this.navigator.allows(kind, target)) {
      this.tell("announce", {
        key: kind === "choice" ? "choiceNotAllowed" : "navigationNotAllowed",
      });
      return Promise.resolve();
    }
    if (
      kind === "choice" &&
      this.shown &&
      this.shown.identifier === target &&
      (this.shown.asset || (this.session && this.session.isOpen()))
    ) {
      return Promise.resolve(); // already open
    }
    return this.serially(() => this.carryOut(kind, target));
  }

  async carryOut(kind, target) {
    const session = this.session;
    const request = formatRequest(kind, target);
    let onTerminate = false;
    if (session && session.isOpen()) {
      session.navRequest = request;
      if (this.navigator.processesRequestsOnTerminate()) {
        assign(session.api.adl.nav, "request", request);
        onTerminate = true;
      }
    }
    this.deliveries = 0;
    this.sequencingEnded = false;
    const left = this.shown ? this.shown.identifier : null;
    await this.unloadFrame();
    this.endSession();
    if (!onTerminate || (this.deliveries === 0 && !this.sequencingEnded)) {
      this.navigator.request(kind, target);
    }
    if (
      this.deliveries === 0 &&
      !this.sequencingEnded &&
      kind !== "exitAll" &&
      kind !== "suspendAll"
    ) {
      // Nothing was delivered: the rules refused the request. Bring the SCO back.
      this.tell("announce", { key: "navigationNotAllowed" });
      if (left && !this.navigator.request("jump", left)) {
        this.showEnded();
      }
    }
  }

  // A SCO without sequencing asked for continue/previous/choice/exitAll when it terminated.
  onContentRequest(kind, target) {
    if (kind === "exitAll") {
      this.exit();
    } else if (this.navigator.allows(kind, target)) {
      this.navigate(kind, target);
    }
  }

  onValidityChanged() {
    this.tell("validity", { validity: this.navigator.validity() });
  }

  onSequencingEnded() {
    this.sequencingEnded = true;
    this.showEnded();
  }

  showEnded() {
    this.tell("ended", {});
  }

  /*
   * Ends the visit as the rules say (suspend, or exit when every item is finished), then lets the
   * player page leave. Whether an item is finished is the server's word: an open SCO with unsaved
   * changes commits first, so that the decision rests on the server's answer to the SCO's latest
   * data, and then terminates with the decided request (which the sequencing engine processes as
   * part of Terminate). What a SCO changes only in its own unload handlers is still stored, but no
   * longer turns a suspend into an exit.
   */
  exit() {
    return this.serially(() => this.commitOpenSession())
      .then(() => this.channel.settled(SETTLE_MS, this.win))
      .then(() => this.navigate(this.navigator.exitRequest()))
      .then(() => this.queue)
      .then(() => this.tell("exited", {}));
  }

  commitOpenSession() {
    const session = this.session;
    if (session && session.isOpen() && session.isDirty() && this.channel.usable()) {
      session.api[this.versionInfo.commit]("");
    }
  }

  showFailure(key) {
    this.tell("alert", { key });
  }

  /* -------------------------------- leaving the page */

  // Before the SCO's own unload handlers run: send the latest data if it changed, not as the final
  // commit, because the SCO may still terminate (and that commit then carries its session time).
  saveOnExit(final) {
    const session = this.session;
    if (session && session.isDirty() && !session.finalSent) {
      this.sendInBackground(session, final);
    }
  }

  // After the SCO's own handlers, when the whole page goes: a session the SCO left open ends now.
  onScoPageHide(session) {
    if (
      this.leaving &&
      session === this.session &&
      !session.finalSent &&
      (session.isDirty() || session.terminateFailed)
    ) {
      this.sendInBackground(session, session.isOpen());
    }
  }
}
