/* What differs between SCORM 1.2 and 2004 for the player: names of the runtime and its calls. */
export const VERSIONS = {
  "1.2": {
    apiName: "API",
    runtime: "Scorm12API",
    setEvent: "LMSSetValue",
    commit: "LMSCommit",
    terminate: "LMSFinish",
    terminateEvent: "LMSFinish",
    // SCORM 1.2 has no commit-specific error: 101 is its "general exception".
    commitFailure: 101,
    zeroTime: "0000:00:00",
  },
  2004: {
    apiName: "API_1484_11",
    runtime: "Scorm2004API",
    setEvent: "SetValue",
    commit: "Commit",
    terminate: "Terminate",
    terminateEvent: "Terminate",
    commitFailure: 391, // "General Commit Failure"
    zeroTime: "PT0S",
  },
};

export function versionOf(config) {
  return config.scormVersion === "1.2" ? "1.2" : "2004";
}

export function isPresent(value) {
  return value !== null && value !== undefined;
}

export function warn(message) {
  if (globalThis.console && globalThis.console.warn) {
    globalThis.console.warn("godstart player: " + message);
  }
}

export function parseJson(text) {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}
