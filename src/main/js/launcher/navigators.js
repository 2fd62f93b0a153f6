import { assign } from "./runtime-data.js";
import { warn } from "../shared/versions.js";

/*
 * Navigation between SCOs, in the launcher beside the runtime. Packages without SCORM 2004
 * sequencing data are navigated in tree order (FreeNavigator); packages with sequencing data by
 * scorm-again's sequencing engine, which also says which requests are valid (EngineNavigator).
 * Both tell the launcher what to deliver; the launcher tells the player page what is valid.
 */

/*
 * SCORM 1.2 packages and 2004 packages without sequencing data: the SCOs in tree order, any of
 * them may be chosen, previous/next move one step. Each SCO gets a runtime of its own, because
 * scorm-again's 1.2 reset() keeps the previous SCO's status and suspend data.
 */
export class FreeNavigator {
  constructor(launcher) {
    this.launcher = launcher;
    this.order = launcher.config.scos.map((sco) => sco.identifier);
    this.current = null;
  }

  start() {
    const start = this.launcher.config.startSco;
    this.deliver(this.order.indexOf(start) >= 0 ? start : this.order[0]);
  }

  deliver(identifier) {
    this.current = identifier;
    this.launcher.deliver(identifier);
  }

  step(direction) {
    const index = this.order.indexOf(this.current) + direction;
    return index >= 0 && index < this.order.length ? this.order[index] : null;
  }

  allows(kind, target) {
    if (kind === "continue") {
      return this.step(1) !== null;
    }
    if (kind === "previous") {
      return this.step(-1) !== null;
    }
    if (kind === "choice") {
      return this.order.indexOf(target) >= 0;
    }
    return true;
  }

  // Returns true when the request was carried out (a SCO delivered, or the exit accepted).
  request(kind, target) {
    const next =
      kind === "continue"
        ? this.step(1)
        : kind === "previous"
          ? this.step(-1)
          : kind === "choice" || kind === "jump"
            ? target
            : null;
    if (next && this.order.indexOf(next) >= 0) {
      this.deliver(next);
      return true;
    }
    return kind === "exitAll" || kind === "suspendAll" || kind === "exit";
  }

  processesRequestsOnTerminate() {
    return false;
  }

  runtimeFor() {
    const launcher = this.launcher;
    const api = launcher.createRuntime({});
    if (launcher.version === "2004") {
      // Tell the SCO which of its own navigation requests this player will honour.
      assign(api.adl.nav.request_valid, "continue", this.allows("continue") ? "true" : "false");
      assign(api.adl.nav.request_valid, "previous", this.allows("previous") ? "true" : "false");
      this.listenForContentRequests(api);
    }
    return api;
  }

  // A 2004 SCO without sequencing may still ask for continue/previous/choice when it terminates;
  // scorm-again then fires these events (after Terminate has returned to the SCO's call).
  listenForContentRequests(api) {
    const launcher = this.launcher;
    const requests = {
      SequenceNext: "continue",
      SequencePrevious: "previous",
      SequenceChoice: "choice",
      SequenceJump: "choice",
      SequenceExitAll: "exitAll",
    };
    Object.keys(requests).forEach((event) => {
      api.on(event, (...values) => {
        const target = values.filter(
          (value) => typeof value === "string" && value && value.indexOf("adl.") !== 0,
        )[0];
        launcher.later(() => launcher.onContentRequest(requests[event], target));
      });
    });
  }

  validity() {
    const choice = {};
    this.order.forEach((id) => {
      choice[id] = true;
    });
    return { continue: this.allows("continue"), previous: this.allows("previous"), choice };
  }

  exitRequest() {
    return this.launcher.allFinished() ? "exitAll" : "suspendAll";
  }
}

/*
 * Where the engine keeps its state: the attempt's sequencing-state address on the attempt channel,
 * as a keep-alive request so that a state saved while the page closes still arrives. The engine
 * saves at Commit and again at Terminate, and two requests in flight may arrive in either order:
 * each save waits for the one before, so the server keeps the newest state. While the page closes
 * nothing can wait, and the save goes at once. The state loaded is the one the player page was
 * rendered with.
 */
export class SequencingStateStore {
  constructor(config, channel, transport, isLeaving) {
    this.url = config.sequencingStateUrl;
    this.initial = config.sequencingState || null;
    this.channel = channel;
    this.transport = transport;
    this.isLeaving = isLeaving || (() => false);
    this.previous = Promise.resolve(true);
  }

  saveState(state) {
    if (!this.channel.usable()) {
      return Promise.resolve(false);
    }
    const send = () =>
      this.transport
        .postInBackground(this.url, JSON.stringify({ state }))
        .then((answer) => answer.status >= 200 && answer.status < 300);
    const saved = this.isLeaving() ? send() : this.previous.then(send, send);
    this.previous = saved;
    return saved;
  }

  loadState() {
    return Promise.resolve(this.initial);
  }
}

/*
 * SCORM 2004 packages with sequencing data: scorm-again's sequencing engine owns the activity
 * tree. One runtime serves the whole visit and is reset between SCOs (its 2004 reset keeps the
 * engine's state and clears the CMI data). The engine decides what is delivered; the launcher
 * reacts to its events: a delivery loads a SCO, a validity update goes to the player page.
 */
export class EngineNavigator {
  constructor(launcher) {
    this.launcher = launcher;
    this.latestValidity = { continue: false, previous: false, choice: {} };
    // The activity tree as scorm-again takes it, mapped from the manifest on the server.
    const settings = { sequencing: { activityTree: launcher.config.activityTree } };
    if (launcher.config.sequencingStateUrl) {
      settings.sequencingStatePersistence = {
        persistence: new SequencingStateStore(
          launcher.config,
          launcher.channel,
          launcher.transport,
          () => launcher.leaving,
        ),
        autoSaveOn: "commit",
        autoLoadOnInitialize: false,
      };
    }
    this.api = launcher.createRuntime(settings);
    this.api.setSequencingEventListeners({
      onActivityDelivery: (activity) => launcher.deliver(activity.id),
      onNavigationValidityUpdate: (validity) => this.onValidity(validity),
      onSequencingSessionEnd: () => launcher.onSequencingEnded(),
      onSequencingError: (error, context) => warn("sequencing " + (context || "") + ": " + error),
    });
  }

  // The engine's tracking state of the attempt (config.sequencingState, kept by the server at every
  // commit and terminate) is loaded first, so that the package's rules see what the learner did
  // before; a suspended attempt then resumes with "resumeAll". Without a state (a fresh attempt, or
  // one kept before states were), a later SCO the learner already reached (config.startSco) is
  // reopened by choice where the rules allow it, otherwise by a jump. A fresh attempt starts with
  // "start".
  start() {
    if (!this.launcher.config.sequencingState) {
      this.begin(false);
      return;
    }
    this.api.loadSequencingState().then(
      (loaded) => this.begin(loaded),
      (error) => {
        warn("sequencing state: " + error);
        this.begin(false);
      },
    );
  }

  begin(stateLoaded) {
    const target = this.launcher.config.startSco;
    const api = this.api;
    const started =
      (stateLoaded && api.processNavigationRequest("resumeAll")) ||
      (target &&
        this.launcher.scoById[target] &&
        (api.processNavigationRequest("choice", target) ||
          api.processNavigationRequest("jump", target)));
    if (!started && !api.processNavigationRequest("start")) {
      this.launcher.showFailure("navigationFailed");
    }
  }

  onValidity(validity) {
    const choice = {};
    Object.keys(validity.choice || {}).forEach((id) => {
      choice[id] = validity.choice[id] === "true" || validity.choice[id] === true;
    });
    this.latestValidity = {
      continue: Boolean(validity.continue),
      previous: Boolean(validity.previous),
      choice,
    };
    this.launcher.onValidityChanged();
  }

  validity() {
    return this.latestValidity;
  }

  allows(kind, target) {
    const validity = this.latestValidity;
    if (kind === "continue" || kind === "previous") {
      return validity[kind];
    }
    if (kind === "choice") {
      return validity.choice[target] === true;
    }
    return true;
  }

  request(kind, target) {
    return this.api.processNavigationRequest(kind, target);
  }

  // A request set in adl.nav.request before the SCO terminates is processed by the engine as part
  // of Terminate, exactly like a request from the SCO itself.
  processesRequestsOnTerminate() {
    return true;
  }

  runtimeFor() {
    this.api.reset(undefined, { preserveListeners: true });
    this.launcher.exposeRuntime(this.api);
    return this.api;
  }

  exitRequest() {
    return this.launcher.allFinished() ? "exitAll" : "suspendAll";
  }
}

export function navigatorFor(launcher) {
  return launcher.version === "2004" && launcher.config.activityTree
    ? new EngineNavigator(launcher)
    : new FreeNavigator(launcher);
}
