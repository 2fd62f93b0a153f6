import { isPresent, warn } from "../shared/versions.js";

// All visible texts come from the page (config.texts, filled from the resource bundles).
// A missing key shows as the key itself, so it is noticed rather than silently in English.
export class Texts {
  constructor(texts) {
    this.texts = texts || {};
  }

  get(key, values) {
    let text = Object.prototype.hasOwnProperty.call(this.texts, key) ? this.texts[key] : null;
    if (typeof text !== "string") {
      warn("missing text " + key);
      text = String(key);
    }
    return text.replace(/\{(\w+)\}/g, (whole, name) =>
      values && isPresent(values[name]) ? String(values[name]) : whole,
    );
  }
}

export const STATUS_KEYS = {
  "not attempted": "status.notAttempted",
  incomplete: "status.incomplete",
  completed: "status.completed",
  passed: "status.passed",
  failed: "status.failed",
  browsed: "status.browsed",
};
