import { VERSIONS, isPresent, warn } from "../shared/versions.js";

// Elements of a stored CMI JSON that belong to one session or are set from the config instead:
// an old session time or exit loaded back would be sent again as if they were new.
const SESSION_ELEMENTS = {
  "1.2": {
    core: [
      "session_time",
      "exit",
      "entry",
      "total_time",
      "credit",
      "lesson_mode",
      "student_id",
      "student_name",
    ],
  },
  2004: {
    "": [
      "session_time",
      "exit",
      "entry",
      "total_time",
      "credit",
      "mode",
      "learner_id",
      "learner_name",
    ],
  },
};

export function withoutSessionElements(cmi, version) {
  const copy = JSON.parse(JSON.stringify(cmi));
  const groups = SESSION_ELEMENTS[version];
  Object.keys(groups).forEach((group) => {
    const target = group ? copy[group] : copy;
    if (target) {
      groups[group].forEach((name) => {
        delete target[name];
      });
    }
  });
  return copy;
}

// Sets a CMI property before Initialize (read-only elements may be set then). A value the
// runtime refuses is logged and skipped rather than stopping the launch.
export function assign(target, name, value) {
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
 * that SCO left in this page on a relaunch (`previous`). The entry and the total time are always
 * the server's: init.entry and init.totalTime come with the launch configuration, and the launcher
 * replaces them with nextEntry and totalTime from the answer to each accepted commit of the SCO.
 */
export function loadRuntimeData(api, version, config, sco, previous) {
  const init = sco.init || {};
  const stored = previous ? previous.cmi : init.cmi;
  if (stored) {
    api.loadFromJSON(withoutSessionElements(stored, version));
  } else {
    statusToCmi(api, version, sco.status);
  }
  const learner = config.learner || {};
  const entry = init.entry;
  const totalTime = init.totalTime;
  const cmi = api.cmi;
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
