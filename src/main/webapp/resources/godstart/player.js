/*
 * player.js: the browser side of Godstart's SCORM player.
 *
 * The Faces player page renders
 *   <script type="application/json" id="player-config">{ ... }</script>
 *   <div id="player"></div>
 * then loads the SCORM runtime (/vendor/scorm-again/scorm12.min.js or scorm2004.min.js, from the
 * npm package scorm-again) and this script. This script builds the player inside #player: a
 * toolbar, a table of contents for multi-SCO packages and the iframe #sco-frame that shows the SCO.
 *
 * The SCORM runtime object (window.API for 1.2, window.API_1484_11 for 2004) is a scorm-again
 * API. It is created and filled with the server's data before the iframe gets its src, so a SCO
 * finds it with the standard search up its parent frames. Every Commit and Terminate is posted to
 * the attempt's commit URL synchronously; when the page goes away, a keep-alive request carries
 * whatever changed since the last accepted commit. Browse mode runs the runtime but sends nothing.
 *
 * Navigation between SCOs: packages without SCORM 2004 sequencing data are navigated by this
 * script in tree order (FreeNavigator); packages with sequencing data are navigated by
 * scorm-again's sequencing engine, which also says which requests are valid (EngineNavigator).
 *
 * No framework and no build step: plain ES2017 for current browsers.
 */
(function (window, document) {
  "use strict";

  /* ------------------------------------------------------------------ SCORM versions */

  var VERSIONS = {
    "1.2": {
      apiName: "API",
      runtime: "Scorm12API",
      setEvent: "LMSSetValue",
      terminate: "LMSFinish",
      terminateEvent: "LMSFinish",
      // SCORM 1.2 has no commit-specific error: 101 is its "general exception".
      commitFailure: 101,
      zeroTime: "0000:00:00"
    },
    "2004": {
      apiName: "API_1484_11",
      runtime: "Scorm2004API",
      setEvent: "SetValue",
      terminate: "Terminate",
      terminateEvent: "Terminate",
      commitFailure: 391, // "General Commit Failure"
      zeroTime: "PT0S"
    }
  };

  var STATUS_KEYS = {
    "not attempted": "status.notAttempted",
    incomplete: "status.incomplete",
    completed: "status.completed",
    passed: "status.passed",
    failed: "status.failed",
    browsed: "status.browsed"
  };

  var FINISHED_STATUSES = ["completed", "passed", "failed"];

  function warn(message) {
    if (window.console && window.console.warn) {
      window.console.warn("godstart player: " + message);
    }
  }

  function parseJson(text) {
    try {
      return text ? JSON.parse(text) : null;
    } catch (e) {
      return null;
    }
  }

  function isPresent(value) {
    return value !== null && value !== undefined;
  }

  /* ------------------------------------------------------------------ texts */

  // All visible texts come from the page (config.texts, filled from the resource bundles).
  // A missing key shows as the key itself, so it is noticed rather than silently in English.
  function Texts(texts) {
    this.texts = texts || {};
  }

  Texts.prototype.get = function (key, values) {
    var text = this.texts[key];
    if (typeof text !== "string") {
      warn("missing text " + key);
      text = key;
    }
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      return values && isPresent(values[name]) ? String(values[name]) : whole;
    });
  };

  /* ------------------------------------------------------------------ commit channel */

  /*
   * Posts commit bodies to the attempt's commit URL. Every request carries the next number of the
   * attempt's sequence (the server accepted config.sequence last), so the server can refuse a
   * stale or reordered commit with 409. A 409 means another tab (or an older request of this one
   * that arrived late) is newer: this tab then stops committing for good, so two tabs never
   * overwrite each other in a loop.
   */
  function CommitChannel(config, handlers) {
    this.url = config.commitUrl;
    this.csrfToken = config.csrfToken || "";
    this.sequence = Number(config.sequence) || 0;
    this.highestAccepted = this.sequence;
    this.enabled = config.mode !== "browse" && Boolean(config.commitUrl);
    this.stopped = false;
    this.handlers = handlers;
  }

  CommitChannel.prototype.usable = function () {
    return this.enabled && !this.stopped;
  };

  CommitChannel.prototype.nextSequence = function () {
    this.sequence += 1;
    return this.sequence;
  };

  CommitChannel.prototype.headers = function () {
    return {
      "Content-Type": "application/json",
      Accept: "application/json",
      "X-CSRF-Token": this.csrfToken
    };
  };

  // Synchronous on purpose: SCORM wants Commit and Terminate to report the LMS's real answer.
  CommitChannel.prototype.sendNow = function (body) {
    var xhr = new XMLHttpRequest();
    try {
      xhr.open("POST", this.url, false);
      var headers = this.headers();
      Object.keys(headers).forEach(function (name) {
        xhr.setRequestHeader(name, headers[name]);
      });
      xhr.send(JSON.stringify(body));
    } catch (e) {
      // The browser refuses synchronous requests while a page is being dismissed, and a network
      // failure throws here too.
      return this.settle(0, null, body);
    }
    return this.settle(xhr.status, parseJson(xhr.responseText), body);
  };

  // A keep-alive fetch outlives the page, and unlike navigator.sendBeacon it can carry the CSRF
  // header. Nobody may be left to read the answer, but if the page is still there, it is handled.
  CommitChannel.prototype.sendInBackground = function (body) {
    var channel = this;
    try {
      return window.fetch(this.url, {
        method: "POST",
        keepalive: true,
        credentials: "same-origin",
        headers: this.headers(),
        body: JSON.stringify(body)
      }).then(function (response) {
        return response.text().then(function (text) {
          return channel.settle(response.status, parseJson(text), body);
        });
      }, function () {
        return channel.settle(0, null, body);
      });
    } catch (e) {
      return Promise.resolve(this.settle(0, null, body));
    }
  };

  CommitChannel.prototype.settle = function (status, answer, body) {
    if (status >= 200 && status < 300) {
      this.highestAccepted = Math.max(this.highestAccepted, body.sequence);
      this.handlers.accepted(body, answer || {});
      return { ok: true };
    }
    if (status === 409 && body.sequence <= this.highestAccepted) {
      // Our own newer commit overtook this one: nothing is lost, nobody else is involved.
      return { ok: false, status: status, code: "superseded" };
    }
    if (status === 409 || status === 401 || status === 403) {
      this.stop(status === 409 ? "stale" : "forbidden");
    } else {
      this.handlers.failed(status, answer);
    }
    return { ok: false, status: status, code: answer && answer.code };
  };

  CommitChannel.prototype.stop = function (reason) {
    if (!this.stopped) {
      this.stopped = true;
      this.handlers.stopped(reason);
    }
  };

  /* ------------------------------------------------------------------ one SCO session */

  // From the launch of a SCO until it is unloaded: its runtime and what is not yet stored.
  function Session(sco, api, version) {
    this.sco = sco;
    this.api = api;
    this.version = version;
    this.changes = 0; // successful SetValue calls so far
    this.savedChanges = 0; // the value of changes when the last accepted commit was built
    this.finalSent = false; // a commit with terminated=true went out for this session
    this.terminateFailed = false; // the SCO called Terminate, but its final commit failed
    this.navRequest = null; // the player's navigation request that ends this session
  }

  Session.prototype.isOpen = function () {
    return this.api.isInitialized() && !this.api.isTerminated();
  };

  Session.prototype.isDirty = function () {
    return this.changes !== this.savedChanges;
  };

  Session.prototype.cmiForCommit = function (final) {
    var rendered = this.api.renderCommitCMI(final);
    return rendered && rendered.cmi ? rendered.cmi : rendered;
  };

  // cmi.exit is write-only: scorm-again only reveals it in the rendered JSON.
  Session.prototype.exitValue = function (renderedCmi) {
    var holder = this.version === "1.2" ? renderedCmi.core || {} : renderedCmi;
    return String(holder.exit || "");
  };

  Session.prototype.totalTime = function () {
    try {
      return this.api.cmi.getCurrentTotalTime();
    } catch (e) {
      return null;
    }
  };

  // The learner-facing status of the SCO as the runtime has it now.
  Session.prototype.status = function () {
    var cmi = this.api.cmi;
    if (this.version === "1.2") {
      return cmi.core.lesson_status;
    }
    if (cmi.success_status === "passed" || cmi.success_status === "failed") {
      return cmi.success_status;
    }
    if (cmi.completion_status === "completed" || cmi.completion_status === "incomplete") {
      return cmi.completion_status;
    }
    return "not attempted";
  };

  /* ------------------------------------------------------------------ runtime data */

  // Elements of a stored CMI JSON that belong to one session or are set from the config instead:
  // an old session time or exit loaded back would be sent again as if they were new.
  var SESSION_ELEMENTS = {
    "1.2": {
      core: ["session_time", "exit", "entry", "total_time", "credit", "lesson_mode", "student_id",
        "student_name"]
    },
    "2004": {
      "": ["session_time", "exit", "entry", "total_time", "credit", "mode", "learner_id",
        "learner_name"]
    }
  };

  function withoutSessionElements(cmi, version) {
    var copy = JSON.parse(JSON.stringify(cmi));
    var groups = SESSION_ELEMENTS[version];
    Object.keys(groups).forEach(function (group) {
      var target = group ? copy[group] : copy;
      if (target) {
        groups[group].forEach(function (name) {
          delete target[name];
        });
      }
    });
    return copy;
  }

  // Sets a CMI property before Initialize (read-only elements may be set then). A value the
  // runtime refuses is logged and skipped rather than stopping the launch.
  function assign(target, name, value) {
    // Empty is every element's initial value, and some (cmi.location) refuse an explicit "".
    if (!isPresent(value) || value === "") {
      return;
    }
    try {
      target[name] = String(value);
    } catch (e) {
      warn("could not set " + name + " to " + value + ": " + e.message);
    }
  }

  function statusToCmi(api, version, status) {
    if (!status || status === "not attempted") {
      return;
    }
    if (version === "1.2") {
      assign(api.cmi.core, "lesson_status", status);
    } else if (status === "passed" || status === "failed") {
      assign(api.cmi, "success_status", status);
      assign(api.cmi, "completion_status", "completed");
    } else if (status === "completed" || status === "incomplete") {
      assign(api.cmi, "completion_status", status);
    }
  }

  /*
   * Fills a runtime that is not yet initialised. `stored` is the CMI JSON to start from: the
   * server's copy (init.cmi) on the first launch of a SCO in this page, or what the last session of
   * that SCO left in this page on a relaunch (`previous`).
   */
  function loadRuntimeData(api, version, config, sco, previous) {
    var init = sco.init || {};
    var stored = previous ? previous.cmi : init.cmi;
    if (stored) {
      api.loadFromJSON(withoutSessionElements(stored, version));
    } else {
      statusToCmi(api, version, sco.status);
    }
    var learner = config.learner || {};
    var entry = previous ? entryAfter(previous.exit, version) : init.entry;
    var totalTime = previous ? previous.totalTime : init.totalTime;
    var cmi = api.cmi;
    if (version === "1.2") {
      assign(cmi.core, "student_id", learner.id);
      assign(cmi.core, "student_name", learner.name);
      assign(cmi.core, "credit", config.credit);
      assign(cmi.core, "lesson_mode", config.mode);
      assign(cmi.core, "entry", entry);
      assign(cmi.core, "total_time", totalTime || VERSIONS[version].zeroTime);
      assign(cmi.student_data, "mastery_score", init.masteryScore);
      assign(cmi.student_data, "max_time_allowed", init.maxTimeAllowed);
      assign(cmi.student_data, "time_limit_action", init.timeLimitAction);
      assign(cmi, "launch_data", init.launchData);
      if (!previous) {
        assign(cmi.core, "lesson_location", init.location);
        assign(cmi, "suspend_data", init.suspendData);
      }
      return;
    }
    assign(cmi, "learner_id", learner.id);
    assign(cmi, "learner_name", learner.name);
    assign(cmi, "credit", config.credit);
    assign(cmi, "mode", config.mode);
    assign(cmi, "entry", entry);
    assign(cmi, "total_time", totalTime || VERSIONS[version].zeroTime);
    assign(cmi, "scaled_passing_score", init.scaledPassingScore);
    assign(cmi, "completion_threshold", init.completionThreshold);
    assign(cmi, "max_time_allowed", init.maxTimeAllowed);
    assign(cmi, "time_limit_action", init.timeLimitAction);
    assign(cmi, "launch_data", init.launchData);
    if (!previous) {
      assign(cmi, "location", init.location);
      assign(cmi, "suspend_data", init.suspendData);
    }
  }

  function entryAfter(exit, version) {
    if (exit === "suspend" || exit === "logout") {
      return "resume";
    }
    return version === "1.2" ? "" : "ab-initio";
  }

  /* ------------------------------------------------------------------ free navigation */

  /*
   * SCORM 1.2 packages and 2004 packages without sequencing data: the SCOs in tree order, any of
   * them may be chosen, previous/next move one step. Each SCO gets a runtime of its own, because
   * scorm-again's 1.2 reset() keeps the previous SCO's status and suspend data.
   */
  function FreeNavigator(player) {
    this.player = player;
    this.order = player.config.scos.map(function (sco) {
      return sco.identifier;
    });
    this.current = null;
  }

  FreeNavigator.prototype.tree = function () {
    var player = this.player;
    return this.order.map(function (id) {
      return { identifier: id, title: player.scoById[id].title, launchable: true, items: [] };
    });
  };

  FreeNavigator.prototype.start = function () {
    var start = this.player.config.startSco;
    this.deliver(this.order.indexOf(start) >= 0 ? start : this.order[0]);
  };

  FreeNavigator.prototype.deliver = function (identifier) {
    this.current = identifier;
    this.player.deliver(identifier);
  };

  FreeNavigator.prototype.step = function (direction) {
    var index = this.order.indexOf(this.current) + direction;
    return index >= 0 && index < this.order.length ? this.order[index] : null;
  };

  FreeNavigator.prototype.allows = function (kind, target) {
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
  };

  // Returns true when the request was carried out (a SCO delivered, or the exit accepted).
  FreeNavigator.prototype.request = function (kind, target) {
    var next = kind === "continue" ? this.step(1) : kind === "previous" ? this.step(-1) :
      kind === "choice" ? target : null;
    if (next && this.order.indexOf(next) >= 0) {
      this.deliver(next);
      return true;
    }
    return kind === "exitAll" || kind === "suspendAll" || kind === "exit";
  };

  FreeNavigator.prototype.processesRequestsOnTerminate = function () {
    return false;
  };

  FreeNavigator.prototype.runtimeFor = function () {
    var player = this.player;
    var api = player.createRuntime({});
    if (player.version === "2004") {
      // Tell the SCO which of its own navigation requests this player will honour.
      assign(api.adl.nav.request_valid, "continue", this.allows("continue") ? "true" : "false");
      assign(api.adl.nav.request_valid, "previous", this.allows("previous") ? "true" : "false");
      this.listenForContentRequests(api);
    }
    return api;
  };

  // A 2004 SCO without sequencing may still ask for continue/previous/choice when it terminates;
  // scorm-again then fires these events (after Terminate has returned to the SCO's call).
  FreeNavigator.prototype.listenForContentRequests = function (api) {
    var player = this.player;
    var requests = {
      SequenceNext: "continue",
      SequencePrevious: "previous",
      SequenceChoice: "choice",
      SequenceJump: "choice",
      SequenceExitAll: "exitAll"
    };
    Object.keys(requests).forEach(function (event) {
      api.on(event, function () {
        var target = Array.prototype.slice.call(arguments).filter(function (value) {
          return typeof value === "string" && value && value.indexOf("adl.") !== 0;
        })[0];
        window.setTimeout(function () {
          player.onContentRequest(requests[event], target);
        }, 0);
      });
    });
  };

  FreeNavigator.prototype.validity = function () {
    var choice = {};
    this.order.forEach(function (id) {
      choice[id] = true;
    });
    return { continue: this.allows("continue"), previous: this.allows("previous"), choice: choice };
  };

  FreeNavigator.prototype.exitRequest = function () {
    return this.player.allFinished() ? "exitAll" : "suspendAll";
  };

  /* ------------------------------------------------------------------ sequencing data */

  /*
   * Maps our stored manifest model (config.sequencing: organization and items with SCORM 2004
   * attribute names in camelCase, defaults applied) to scorm-again's ActivitySettings.
   * Fields read per node: identifier, title, isvisible, items, and in `sequencing`:
   *   controlMode.{choice, choiceExit, flow, forwardOnly, useCurrentAttemptObjectiveInfo,
   *     useCurrentAttemptProgressInfo}
   *   sequencingRules.{preConditionRules, exitConditionRules, postConditionRules}[]
   *     .{conditionCombination, action, conditions[].{condition, operator, referencedObjective,
   *     measureThreshold}}
   *   limitConditions.{attemptLimit, attemptAbsoluteDurationLimit}
   *   rollupRules.{rollupObjectiveSatisfied, rollupProgressCompletion, objectiveMeasureWeight,
   *     rules[].{childActivitySet, minimumCount, minimumPercent, conditionCombination, action,
   *     conditions[].{condition, operator}}}
   *   objectives.{primary, others[]}.{objectiveID, satisfiedByMeasure, minNormalizedMeasure,
   *     mapInfo[].{targetObjectiveID, readSatisfiedStatus, readNormalizedMeasure,
   *     writeSatisfiedStatus, writeNormalizedMeasure}}
   *   randomizationControls.{selectionTiming, selectCount, randomizationTiming, reorderChildren}
   *   deliveryControls.{tracked, completionSetByContent, objectiveSetByContent}
   *   constrainedChoiceConsiderations.{preventActivation, constrainChoice} (optional)
   */
  function toActivitySettings(node) {
    var activity = { id: node.identifier, title: node.title || node.identifier };
    if (node.isvisible === false) {
      activity.isVisible = false;
    }
    applySequencing(activity, node.sequencing || {});
    var items = node.items || [];
    if (items.length) {
      activity.children = items.map(toActivitySettings);
    }
    return activity;
  }

  function copyFields(source, target, names) {
    names.forEach(function (name) {
      if (source && isPresent(source[name])) {
        target[name] = source[name];
      }
    });
    return target;
  }

  function applySequencing(activity, sequencing) {
    var controls = {};
    copyFields(sequencing.controlMode, controls, ["choice", "choiceExit", "flow", "forwardOnly",
      "useCurrentAttemptObjectiveInfo", "useCurrentAttemptProgressInfo"]);
    copyFields(sequencing.rollupRules, controls, ["rollupObjectiveSatisfied",
      "rollupProgressCompletion", "objectiveMeasureWeight"]);
    copyFields(sequencing.randomizationControls, controls, ["selectionTiming", "selectCount",
      "randomizationTiming", "reorderChildren"]);
    if (sequencing.randomizationControls && isPresent(sequencing.randomizationControls.reorderChildren)) {
      controls.randomizeChildren = sequencing.randomizationControls.reorderChildren;
    }
    copyFields(sequencing.constrainedChoiceConsiderations, controls,
      ["preventActivation", "constrainChoice"]);
    activity.sequencingControls = controls;
    if (sequencing.deliveryControls) {
      activity.deliveryControls = copyFields(sequencing.deliveryControls, {},
        ["tracked", "completionSetByContent", "objectiveSetByContent"]);
    }
    copyFields(sequencing.limitConditions, activity,
      ["attemptLimit", "attemptAbsoluteDurationLimit"]);
    var rules = sequencing.sequencingRules;
    if (rules) {
      activity.sequencingRules = {
        preConditionRules: (rules.preConditionRules || []).map(toSequencingRule),
        exitConditionRules: (rules.exitConditionRules || []).map(toSequencingRule),
        postConditionRules: (rules.postConditionRules || []).map(toSequencingRule)
      };
    }
    if (sequencing.rollupRules && sequencing.rollupRules.rules) {
      activity.rollupRules = { rules: sequencing.rollupRules.rules.map(toRollupRule) };
    }
    var objectives = sequencing.objectives;
    if (objectives && objectives.primary) {
      activity.primaryObjective = toObjective(objectives.primary);
    }
    if (objectives && objectives.others) {
      activity.objectives = objectives.others.map(toObjective);
    }
  }

  function toSequencingRule(rule) {
    return {
      action: rule.action,
      conditionCombination: rule.conditionCombination || "all",
      conditions: (rule.conditions || []).map(function (condition) {
        var mapped = { condition: condition.condition };
        // The engine knows "not" and treats a missing operator as noOp.
        if (condition.operator === "not") {
          mapped.operator = "not";
        }
        if (condition.referencedObjective) {
          mapped.referencedObjective = condition.referencedObjective;
        }
        if (isPresent(condition.measureThreshold)) {
          mapped.parameters = { threshold: Number(condition.measureThreshold) };
        }
        return mapped;
      })
    };
  }

  function toRollupRule(rule) {
    var mapped = {
      action: rule.action,
      consideration: rule.childActivitySet || "all",
      conditionCombination: rule.conditionCombination || "any",
      conditions: (rule.conditions || []).map(function (condition) {
        return { condition: condition.condition, operator: condition.operator || "noOp" };
      })
    };
    copyFields(rule, mapped, ["minimumCount", "minimumPercent"]);
    return mapped;
  }

  function toObjective(objective) {
    var mapped = copyFields(objective, {}, ["objectiveID", "satisfiedByMeasure",
      "minNormalizedMeasure"]);
    mapped.mapInfo = (objective.mapInfo || []).map(function (info) {
      return copyFields(info, {}, ["targetObjectiveID", "readSatisfiedStatus",
        "readNormalizedMeasure", "writeSatisfiedStatus", "writeNormalizedMeasure"]);
    });
    return mapped;
  }

  /* ------------------------------------------------------------------ engine navigation */

  /*
   * SCORM 2004 packages with sequencing data: scorm-again's sequencing engine owns the activity
   * tree. One runtime serves the whole visit and is reset between SCOs (its 2004 reset keeps the
   * engine's state and clears the CMI data). The engine decides what is delivered; the player
   * reacts to its events: a delivery loads a SCO, a validity update enables or disables
   * previous/next and the table of contents.
   */
  function EngineNavigator(player) {
    this.player = player;
    this.organization = player.config.sequencing;
    this.latestValidity = { continue: false, previous: false, choice: {} };
    var settings = { sequencing: { activityTree: toActivitySettings(this.organization) } };
    if (player.config.sequencingStateUrl) {
      settings.sequencingStatePersistence = {
        persistence: new SequencingStateStore(player.config, player.channel),
        autoSaveOn: "commit",
        autoLoadOnInitialize: false
      };
    }
    this.api = player.createRuntime(settings);
    this.api.setSequencingEventListeners({
      onActivityDelivery: this.onDelivery.bind(this),
      onNavigationValidityUpdate: this.onValidity.bind(this),
      onSequencingSessionEnd: function () {
        player.onSequencingEnded();
      },
      onSequencingError: function (error, context) {
        warn("sequencing " + (context || "") + ": " + error);
      }
    });
  }

  EngineNavigator.prototype.tree = function () {
    var player = this.player;
    function toEntry(node) {
      return {
        identifier: node.identifier,
        title: node.title || node.identifier,
        hidden: node.isvisible === false,
        launchable: Boolean(player.scoById[node.identifier]),
        items: (node.items || []).map(toEntry)
      };
    }
    return (this.organization.items || []).map(toEntry);
  };

  // The engine's tracking state of the attempt (config.sequencingState, kept by the server at every
  // commit and terminate) is loaded first, so that the package's rules see what the learner did
  // before; a suspended attempt then resumes with "resumeAll". Without a state (a fresh attempt, or
  // one kept before states were), a later SCO the learner already reached (config.startSco) is
  // reopened by choice where the rules allow it, otherwise by a jump. A fresh attempt starts with
  // "start".
  EngineNavigator.prototype.start = function () {
    var navigator = this;
    if (!this.player.config.sequencingState) {
      this.begin(false);
      return;
    }
    this.api.loadSequencingState().then(function (loaded) {
      navigator.begin(loaded);
    }, function (error) {
      warn("sequencing state: " + error);
      navigator.begin(false);
    });
  };

  EngineNavigator.prototype.begin = function (stateLoaded) {
    var target = this.player.config.startSco;
    var api = this.api;
    var started = (stateLoaded && api.processNavigationRequest("resumeAll")) ||
      (target && this.player.scoById[target] &&
        (api.processNavigationRequest("choice", target) || api.processNavigationRequest("jump", target)));
    if (!started && !api.processNavigationRequest("start")) {
      this.player.showFailure("navigationFailed");
    }
  };

  /*
   * Where the engine keeps its state: the attempt's sequencing-state address, with the page's CSRF
   * header, as a keep-alive request so that a state saved while the page closes still arrives. The
   * state loaded is the one the page was rendered with.
   */
  function SequencingStateStore(config, channel) {
    this.url = config.sequencingStateUrl;
    this.initial = config.sequencingState || null;
    this.channel = channel;
  }

  SequencingStateStore.prototype.saveState = function (state) {
    if (!this.channel.usable()) {
      return Promise.resolve(false);
    }
    var body = JSON.stringify({ state: state });
    return window.fetch(this.url, {
      method: "PUT",
      headers: this.channel.headers(),
      body: body,
      credentials: "same-origin",
      // Browsers refuse keep-alive bodies above 64 KiB; a larger state goes as a plain request.
      keepalive: body.length < 60000
    }).then(function (response) {
      return response.ok;
    }, function () {
      return false;
    });
  };

  SequencingStateStore.prototype.loadState = function () {
    return Promise.resolve(this.initial);
  };

  EngineNavigator.prototype.onDelivery = function (activity) {
    this.player.deliver(activity.id);
  };

  EngineNavigator.prototype.onValidity = function (validity) {
    var choice = {};
    Object.keys(validity.choice || {}).forEach(function (id) {
      choice[id] = validity.choice[id] === "true" || validity.choice[id] === true;
    });
    this.latestValidity = {
      continue: Boolean(validity.continue),
      previous: Boolean(validity.previous),
      choice: choice
    };
    this.player.onValidityChanged();
  };

  EngineNavigator.prototype.validity = function () {
    return this.latestValidity;
  };

  EngineNavigator.prototype.allows = function (kind, target) {
    var validity = this.latestValidity;
    if (kind === "continue" || kind === "previous") {
      return validity[kind];
    }
    if (kind === "choice") {
      return validity.choice[target] === true;
    }
    return true;
  };

  EngineNavigator.prototype.request = function (kind, target) {
    return this.api.processNavigationRequest(kind, target);
  };

  // A request set in adl.nav.request before the SCO terminates is processed by the engine as part
  // of Terminate, exactly like a request from the SCO itself.
  EngineNavigator.prototype.processesRequestsOnTerminate = function () {
    return true;
  };

  EngineNavigator.prototype.runtimeFor = function () {
    this.api.reset(undefined, { preserveListeners: true });
    window[this.player.versionInfo.apiName] = this.api;
    return this.api;
  };

  EngineNavigator.prototype.exitRequest = function () {
    return this.player.allFinished() ? "exitAll" : "suspendAll";
  };

  /* ------------------------------------------------------------------ user interface */

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (isPresent(text)) {
      node.textContent = text;
    }
    return node;
  }

  function button(className, text) {
    var node = element("button", className, text);
    node.type = "button";
    return node;
  }

  // aria-disabled rather than disabled: the control keeps its place in the tab order and a
  // screen reader still reads it; activating it explains why nothing happens.
  function setEnabled(control, enabled) {
    if (enabled) {
      control.removeAttribute("aria-disabled");
    } else {
      control.setAttribute("aria-disabled", "true");
    }
  }

  function isEnabled(control) {
    return control.getAttribute("aria-disabled") !== "true";
  }

  function PlayerView(player, container) {
    this.player = player;
    this.texts = player.texts;
    this.container = container;
    this.tocButtons = {};
    this.build();
  }

  PlayerView.prototype.build = function () {
    var texts = this.texts;
    var multi = this.player.config.scos.length > 1;
    this.container.classList.add("gs-player");
    this.container.classList.toggle("gs-player--multi", multi);
    this.container.textContent = "";

    this.alert = element("div", "gs-player__alert");
    this.alert.setAttribute("role", "alert");
    this.status = element("div", "gs-player__status");
    this.status.setAttribute("role", "status");
    this.status.setAttribute("aria-live", "polite");
    this.container.appendChild(this.alert);
    this.buildBanner();

    var toolbar = element("div", "gs-player__toolbar");
    if (multi) {
      this.tocToggle = button("gs-player__toc-toggle", texts.get("toc"));
      this.tocToggle.setAttribute("aria-expanded", "false");
      this.tocToggle.setAttribute("aria-controls", "gs-player-toc");
      this.previous = button("gs-player__previous", texts.get("previous"));
      this.next = button("gs-player__next", texts.get("next"));
      toolbar.appendChild(this.tocToggle);
      toolbar.appendChild(this.previous);
      toolbar.appendChild(this.next);
    }
    this.exit = button("gs-player__exit", texts.get("exit"));
    toolbar.appendChild(this.exit);
    this.container.appendChild(toolbar);
    this.container.appendChild(this.status);

    var body = element("div", "gs-player__body");
    if (multi) {
      body.appendChild(this.buildToc());
    }
    var stage = element("div", "gs-player__stage");
    this.frame = element("iframe", "gs-player__frame");
    this.frame.id = "sco-frame";
    this.frame.title = this.player.config.title || "";
    this.ended = element("p", "gs-player__ended", texts.get("sessionEnded"));
    this.ended.hidden = true;
    stage.appendChild(this.ended);
    stage.appendChild(this.frame);
    body.appendChild(stage);
    this.container.appendChild(body);
    this.bindControls();
  };

  PlayerView.prototype.buildBanner = function () {
    var mode = this.player.config.mode;
    if (mode !== "review" && mode !== "browse") {
      return;
    }
    var banner = element("div", "gs-player__banner gs-player__banner--" + mode);
    banner.appendChild(element("p", null,
      this.texts.get(mode === "review" ? "reviewBanner" : "browseBanner")));
    if (mode === "review" && this.player.config.newAttemptUrl) {
      this.newAttempt = button("gs-player__new-attempt", this.texts.get("newAttempt"));
      banner.appendChild(this.newAttempt);
    }
    this.container.appendChild(banner);
  };

  PlayerView.prototype.buildToc = function () {
    var nav = element("nav", "gs-player__toc");
    nav.id = "gs-player-toc";
    nav.setAttribute("aria-labelledby", "gs-player-toc-heading");
    var heading = element("h2", "gs-player__toc-heading", this.texts.get("toc"));
    heading.id = "gs-player-toc-heading";
    nav.appendChild(heading);
    nav.appendChild(this.buildTocList(this.player.navigator.tree()));
    return nav;
  };

  PlayerView.prototype.buildTocList = function (entries) {
    var list = element("ol", "gs-toc");
    var view = this;
    entries.forEach(function (entry) {
      if (entry.hidden) {
        // An invisible item is left out; its children (if any) take its place.
        Array.prototype.forEach.call(view.buildTocList(entry.items).children, function (child) {
          list.appendChild(child);
        });
        return;
      }
      var item = element("li", "gs-toc__entry");
      if (entry.launchable) {
        item.appendChild(view.buildTocButton(entry));
      } else {
        item.appendChild(element("span", "gs-toc__group", entry.title));
      }
      if (entry.items.length) {
        item.appendChild(view.buildTocList(entry.items));
      }
      list.appendChild(item);
    });
    return list;
  };

  PlayerView.prototype.buildTocButton = function (entry) {
    var control = button("gs-toc__item");
    control.setAttribute("data-sco", entry.identifier);
    control.appendChild(element("span", "gs-toc__title", entry.title));
    var status = element("span", "gs-toc__status");
    control.appendChild(status);
    this.tocButtons[entry.identifier] = { control: control, status: status };
    this.showStatus(entry.identifier, this.player.scoById[entry.identifier].status);
    return control;
  };

  PlayerView.prototype.bindControls = function () {
    var player = this.player;
    var view = this;
    this.exit.addEventListener("click", function () {
      player.exit();
    });
    if (this.newAttempt) {
      this.newAttempt.addEventListener("click", function () {
        player.startNewAttempt();
      });
    }
    if (!this.next) {
      return;
    }
    this.previous.addEventListener("click", function () {
      player.navigate("previous");
    });
    this.next.addEventListener("click", function () {
      player.navigate("continue");
    });
    this.tocToggle.addEventListener("click", function () {
      view.setTocOpen(view.tocToggle.getAttribute("aria-expanded") !== "true");
    });
    Object.keys(this.tocButtons).forEach(function (identifier) {
      view.tocButtons[identifier].control.addEventListener("click", function () {
        if (window.matchMedia && window.matchMedia("(max-width: 768px)").matches) {
          view.setTocOpen(false);
          view.tocToggle.focus();
        }
        player.navigate("choice", identifier);
      });
    });
  };

  PlayerView.prototype.setTocOpen = function (open) {
    this.tocToggle.setAttribute("aria-expanded", open ? "true" : "false");
    this.container.classList.toggle("gs-player--toc-open", open);
  };

  PlayerView.prototype.showStatus = function (identifier, status) {
    var entry = this.tocButtons[identifier];
    if (!entry) {
      return;
    }
    var key = STATUS_KEYS[status] || STATUS_KEYS["not attempted"];
    entry.status.textContent = this.texts.get(key);
    entry.control.setAttribute("data-status", status || "not attempted");
  };

  PlayerView.prototype.showCurrent = function (identifier) {
    var view = this;
    Object.keys(this.tocButtons).forEach(function (id) {
      if (id === identifier) {
        view.tocButtons[id].control.setAttribute("aria-current", "step");
      } else {
        view.tocButtons[id].control.removeAttribute("aria-current");
      }
    });
  };

  PlayerView.prototype.showValidity = function (validity) {
    if (!this.next) {
      return;
    }
    setEnabled(this.previous, validity.previous);
    setEnabled(this.next, validity.continue);
    var buttons = this.tocButtons;
    Object.keys(buttons).forEach(function (id) {
      setEnabled(buttons[id].control, validity.choice[id] === true);
    });
  };

  PlayerView.prototype.announce = function (text) {
    var status = this.status;
    // Emptied first so that the same message twice in a row is read again.
    status.textContent = "";
    window.setTimeout(function () {
      status.textContent = text;
    }, 50);
  };

  PlayerView.prototype.showAlert = function (text) {
    this.alert.textContent = "";
    this.alert.appendChild(element("p", null, text));
    this.alert.classList.add("gs-player__alert--shown");
  };

  /* ------------------------------------------------------------------ the player */

  function Player(config, container) {
    this.config = config;
    this.config.scos = config.scos || [];
    this.version = config.scormVersion === "1.2" ? "1.2" : "2004";
    this.versionInfo = VERSIONS[this.version];
    this.texts = new Texts(config.texts);
    this.scoById = {};
    this.previousSessions = {}; // what the last session of each SCO in this page left behind
    this.session = null;
    this.leaving = false; // the page is being dismissed: no synchronous requests any more
    this.queue = Promise.resolve();
    this.deliveries = 0;
    this.sequencingEnded = false;
    this.moduleCompletedAnnounced = false;
    var player = this;
    this.config.scos.forEach(function (sco) {
      player.scoById[sco.identifier] = sco;
    });
    this.channel = new CommitChannel(config, {
      accepted: this.onCommitAccepted.bind(this),
      failed: this.onCommitFailed.bind(this),
      stopped: this.onCommitsStopped.bind(this)
    });
    this.navigator = this.version === "2004" && config.sequencing ?
      new EngineNavigator(this) : new FreeNavigator(this);
    this.view = new PlayerView(this, container);
    this.frame = this.view.frame;
  }

  Player.prototype.start = function () {
    this.listenForPageExit();
    this.frame.addEventListener("load", this.onFrameLoad.bind(this));
    this.navigator.start();
    this.onValidityChanged();
  };

  // Runs navigation steps one after another: a second click cannot overtake the first.
  Player.prototype.serially = function (step) {
    var player = this;
    this.queue = this.queue.then(step).catch(function (error) {
      warn(error && error.stack ? error.stack : String(error));
      player.showFailure("navigationFailed");
    });
    return this.queue;
  };

  /* -------------------------------- runtime and commits */

  /*
   * Why an injected httpService and not scorm-again's own lmsCommitUrl transport: its default
   * synchronous service posts Commit with a synchronous XHR (fine) but sends the final Terminate
   * commit with navigator.sendBeacon, which cannot carry the X-CSRF-Token header and returns before
   * the server answered; its asynchronous service returns to the SCO before the answer too. The
   * `httpService` setting is scorm-again's documented way to replace the transport: every
   * Commit/LMSCommit and Terminate/LMSFinish comes here with the rendered CMI, and what we return
   * is what the SCO's call returns.
   */
  Player.prototype.createRuntime = function (settings) {
    var player = this;
    var Runtime = window[this.versionInfo.runtime];
    if (typeof Runtime !== "function") {
      throw new Error("scorm-again's " + this.versionInfo.runtime + " is not loaded");
    }
    settings.lmsCommitUrl = this.channel.enabled ? this.config.commitUrl : false;
    settings.httpService = {
      processHttpRequest: function (url, params, final) {
        return player.commitFromRuntime(params, final);
      },
      updateSettings: function () {}
    };
    var api = new Runtime(settings);
    api.on(this.versionInfo.setEvent, function (element) {
      player.onSetValue(api, element);
    });
    api.on(this.versionInfo.terminateEvent, function () {
      player.onTerminate(api);
    });
    window[this.versionInfo.apiName] = api;
    return api;
  };

  Player.prototype.commitFromRuntime = function (params, final) {
    var session = this.session;
    if (!session || !this.channel.usable()) {
      return this.commitRefused(this.channel.stopped ? "commit.stopped" : "commit.unavailable");
    }
    var changes = session.changes;
    var body = this.commitBody(session, params && params.cmi ? params.cmi : params, final);
    if (this.leaving) {
      // The browser would refuse a synchronous request now; the keep-alive request is our best.
      this.channel.sendInBackground(body);
      this.markSaved(session, changes, final);
      return { result: "true", errorCode: 0 };
    }
    var outcome = this.channel.sendNow(body);
    if (outcome.ok) {
      this.markSaved(session, changes, final);
      return { result: "true", errorCode: 0 };
    }
    return this.commitRefused(outcome.code || "commit.http-" + outcome.status);
  };

  Player.prototype.commitRefused = function (reason) {
    return {
      result: "false",
      errorCode: this.versionInfo.commitFailure,
      errorMessage: reason
    };
  };

  Player.prototype.markSaved = function (session, changes, final) {
    session.savedChanges = changes;
    if (final) {
      session.finalSent = true;
    }
  };

  Player.prototype.commitBody = function (session, cmi, final) {
    var copy = JSON.parse(JSON.stringify(cmi || {}));
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
      navRequest: this.navRequestOf(session, final)
    };
  };

  // The SCO's own pending request (2004 adl.nav.request) wins; otherwise, on the commit that ends
  // the session, the player's request that ended it (continue, previous, {target=ID}choice,
  // suspendAll, exitAll).
  Player.prototype.navRequestOf = function (session, final) {
    var adl = session.api.adl;
    var request = adl && adl.nav ? adl.nav.request : "_none_";
    if (request && request !== "_none_") {
      return request;
    }
    return final ? session.navRequest : null;
  };

  Player.prototype.onSetValue = function (api, element) {
    var session = this.session;
    if (!session || session.api !== api) {
      return;
    }
    session.changes += 1;
    if (/status$/.test(element)) {
      this.showScoStatus(session.sco.identifier, session.status());
    }
  };

  Player.prototype.onTerminate = function (api) {
    var session = this.session;
    if (session && session.api === api && !api.isTerminated()) {
      session.terminateFailed = true;
    } else if (session && session.api === api) {
      this.showScoStatus(session.sco.identifier, session.status());
      this.view.announce(this.texts.get("scoFinished", { title: session.sco.title }));
    }
  };

  Player.prototype.onCommitAccepted = function (body, answer) {
    if (answer.scoStatus) {
      this.showScoStatus(body.sco, answer.scoStatus);
    }
    if (answer.moduleCompleted && !this.moduleCompletedAnnounced) {
      this.moduleCompletedAnnounced = true;
      this.view.announce(this.texts.get("moduleCompleted"));
      // The page's invitation to write a reflection note (rendered for hires only).
      var invite = document.getElementById("reflection-invite");
      if (invite) {
        invite.hidden = false;
      }
    }
  };

  Player.prototype.onCommitFailed = function () {
    this.view.announce(this.texts.get("saveFailed"));
  };

  Player.prototype.onCommitsStopped = function (reason) {
    this.view.showAlert(this.texts.get(reason === "stale" ? "staleTab" : "signedOut"));
  };

  Player.prototype.showScoStatus = function (identifier, status) {
    if (this.scoById[identifier]) {
      this.scoById[identifier].status = status;
    }
    this.view.showStatus(identifier, status);
  };

  Player.prototype.allFinished = function () {
    return this.config.scos.every(function (sco) {
      return FINISHED_STATUSES.indexOf(sco.status) >= 0;
    });
  };

  /* -------------------------------- delivering SCOs */

  // Called by a navigator when a SCO is to be shown (the engine calls it from inside Terminate or
  // processNavigationRequest: the work waits until those calls have returned).
  Player.prototype.deliver = function (identifier) {
    var player = this;
    this.deliveries += 1;
    this.sequencingEnded = false;
    this.serially(function () {
      return player.launch(identifier);
    });
  };

  Player.prototype.launch = async function (identifier) {
    var sco = this.scoById[identifier];
    if (!sco) {
      throw new Error("no SCO " + identifier + " in the config");
    }
    await this.unloadFrame();
    this.endSession();
    var api = this.navigator.runtimeFor(sco);
    loadRuntimeData(api, this.version, this.config, sco, this.previousSessions[identifier]);
    this.session = new Session(sco, api, this.version);
    this.view.ended.hidden = true;
    this.frame.hidden = false;
    this.frame.title = sco.title;
    this.frame.src = this.launchUrl(sco);
    this.view.showCurrent(identifier);
    this.onValidityChanged();
    this.view.announce(this.texts.get("scoOpened", { title: sco.title }));
  };

  Player.prototype.launchUrl = function (sco) {
    var base = this.config.contentBase || "";
    if (base && base.charAt(base.length - 1) !== "/") {
      base += "/";
    }
    return base + sco.launch;
  };

  // Replaces the SCO's document by an empty one and waits until it is gone: the SCO's own unload
  // handlers (which usually commit and terminate) run during this.
  Player.prototype.unloadFrame = function () {
    var frame = this.frame;
    var current = frame.getAttribute("src");
    if (!current || current === "about:blank") {
      return Promise.resolve();
    }
    return new Promise(function (resolve) {
      var done = function () {
        frame.removeEventListener("load", done);
        window.clearTimeout(timer);
        resolve();
      };
      var timer = window.setTimeout(done, 5000);
      frame.addEventListener("load", done);
      frame.setAttribute("src", "about:blank");
    });
  };

  // Ends the current SCO session after its document is gone. A SCO that did not terminate is
  // terminated here on its behalf (the normal synchronous final commit); whatever could still not
  // be stored goes out in a keep-alive request.
  Player.prototype.endSession = function () {
    var session = this.session;
    if (!session) {
      return;
    }
    if (session.isOpen()) {
      session.api[this.versionInfo.terminate]("");
    }
    if (session.isDirty() && !session.finalSent) {
      this.sendInBackground(session, true);
    }
    var rendered = session.cmiForCommit(false);
    this.previousSessions[session.sco.identifier] = {
      cmi: rendered,
      exit: session.exitValue(rendered),
      totalTime: session.totalTime()
    };
    this.showScoStatus(session.sco.identifier, session.status());
    this.session = null;
  };

  Player.prototype.sendInBackground = function (session, final) {
    if (!this.channel.usable()) {
      return;
    }
    var changes = session.changes;
    var body = this.commitBody(session, session.cmiForCommit(final), final);
    this.channel.sendInBackground(body);
    this.markSaved(session, changes, final);
  };

  Player.prototype.onFrameLoad = function () {
    var session = this.session;
    var scoWindow = this.frame.contentWindow;
    if (!session || !scoWindow || this.frame.getAttribute("src") === "about:blank") {
      return;
    }
    try {
      // Added after the SCO's own handlers, so it runs after them when the page is closed.
      scoWindow.addEventListener("pagehide", this.onScoPageHide.bind(this, session));
    } catch (e) {
      warn("the SCO's window cannot be watched: " + e.message);
    }
  };

  /* -------------------------------- navigation */

  function formatRequest(kind, target) {
    return kind === "choice" || kind === "jump" ? "{target=" + target + "}" + kind : kind;
  }

  Player.prototype.navigate = function (kind, target) {
    if (!this.navigator.allows(kind, target)) {
      this.view.announce(this.texts.get(kind === "choice" ? "choiceNotAllowed" : "navigationNotAllowed"));
      return Promise.resolve();
    }
    if (kind === "choice" && this.session && this.session.sco.identifier === target &&
        this.session.isOpen()) {
      return Promise.resolve(); // already open
    }
    var player = this;
    return this.serially(function () {
      return player.carryOut(kind, target);
    });
  };

  Player.prototype.carryOut = async function (kind, target) {
    var session = this.session;
    var request = formatRequest(kind, target);
    var onTerminate = false;
    if (session && session.isOpen()) {
      session.navRequest = request;
      if (this.navigator.processesRequestsOnTerminate()) {
        assign(session.api.adl.nav, "request", request);
        onTerminate = true;
      }
    }
    this.deliveries = 0;
    this.sequencingEnded = false;
    var left = session ? session.sco.identifier : null;
    await this.unloadFrame();
    this.endSession();
    if (!onTerminate || (this.deliveries === 0 && !this.sequencingEnded)) {
      this.navigator.request(kind, target);
    }
    if (this.deliveries === 0 && !this.sequencingEnded && kind !== "exitAll" &&
        kind !== "suspendAll") {
      // Nothing was delivered: the rules refused the request. Bring the SCO back.
      this.view.announce(this.texts.get("navigationNotAllowed"));
      if (left && !this.navigator.request("jump", left)) {
        this.showEnded();
      }
    }
  };

  // A SCO without sequencing asked for continue/previous/choice/exitAll when it terminated.
  Player.prototype.onContentRequest = function (kind, target) {
    if (kind === "exitAll") {
      this.exit();
    } else if (this.navigator.allows(kind, target)) {
      this.navigate(kind, target);
    }
  };

  Player.prototype.onValidityChanged = function () {
    if (this.view) {
      this.view.showValidity(this.navigator.validity());
    }
  };

  Player.prototype.onSequencingEnded = function () {
    this.sequencingEnded = true;
    this.showEnded();
  };

  Player.prototype.showEnded = function () {
    this.view.ended.hidden = false;
    this.frame.hidden = true;
    this.view.showCurrent(null);
    this.view.announce(this.texts.get("sessionEnded"));
  };

  Player.prototype.exit = function () {
    var player = this;
    var kind = this.navigator.exitRequest();
    return this.navigate(kind).then(function () {
      return player.queue;
    }).then(function () {
      window.location.assign(player.config.exitUrl || "/");
    });
  };

  Player.prototype.showFailure = function (key) {
    this.view.showAlert(this.texts.get(key));
  };

  /* -------------------------------- leaving the page */

  /*
   * While the page is being dismissed (beforeunload, pagehide, unload of this page and of the SCO's
   * frame) the browser refuses synchronous requests, so the SCO's own save-and-terminate on unload
   * must go out as keep-alive requests. This page's handlers run before the SCO's.
   */
  Player.prototype.listenForPageExit = function () {
    var player = this;
    window.addEventListener("beforeunload", function () {
      player.leaving = true;
      player.saveOnExit(false);
      // beforeunload may be cancelled, or be followed by a download instead of a new page: once
      // all beforeunload handlers have run, synchronous requests work again until pagehide.
      window.setTimeout(function () {
        player.leaving = false;
      }, 0);
    });
    // pagehide is final (unless the page goes into the back/forward cache and comes back).
    window.addEventListener("pagehide", function () {
      player.leaving = true;
      player.saveOnExit(false);
    });
    window.addEventListener("pageshow", function (event) {
      if (event.persisted) {
        player.leaving = false;
      }
    });
  };

  // Before the SCO's own unload handlers run: send the latest data if it changed, not as the final
  // commit, because the SCO may still terminate (and that commit then carries its session time).
  Player.prototype.saveOnExit = function (final) {
    var session = this.session;
    if (session && session.isDirty() && !session.finalSent) {
      this.sendInBackground(session, final);
    }
  };

  // After the SCO's own handlers, when the whole page goes: a session the SCO left open ends now.
  Player.prototype.onScoPageHide = function (session) {
    if (this.leaving && session === this.session && !session.finalSent &&
        (session.isDirty() || session.terminateFailed)) {
      this.sendInBackground(session, session.isOpen());
    }
  };

  /* -------------------------------- review mode */

  Player.prototype.startNewAttempt = function () {
    var player = this;
    var control = this.view.newAttempt;
    if (!isEnabled(control)) {
      return Promise.resolve();
    }
    setEnabled(control, false);
    return window.fetch(this.config.newAttemptUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: this.channel.headers(),
      body: "{}"
    }).then(function (response) {
      if (response.status !== 201 && response.status !== 200) {
        throw new Error("HTTP " + response.status);
      }
      return response.json();
    }).then(function (answer) {
      if (!answer || !answer.playerUrl) {
        throw new Error("no playerUrl in the answer");
      }
      window.location.assign(answer.playerUrl);
    }).catch(function (error) {
      warn("new attempt: " + error.message);
      setEnabled(control, true);
      player.showFailure("newAttemptFailed");
    });
  };

  /* ------------------------------------------------------------------ start */

  function start() {
    var configElement = document.getElementById("player-config");
    var container = document.getElementById("player");
    if (!configElement || !container) {
      warn("no #player-config or #player on this page");
      return;
    }
    var player = new Player(JSON.parse(configElement.textContent), container);
    player.start();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})(window, document);
