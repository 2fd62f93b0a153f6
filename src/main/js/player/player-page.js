import { listen, send } from "../shared/messages.js";
import { warn } from "../shared/versions.js";
import { Texts } from "./texts.js";
import { tocTree } from "./toc.js";
import { PlayerView, isEnabled, setEnabled } from "./view.js";

// What the launcher may ask this page to say: message keys only; titles come from this page's own
// configuration, never from the content origin.
const ANNOUNCEMENTS = [
  "scoOpened",
  "scoFinished",
  "moduleCompleted",
  "saveFailed",
  "navigationNotAllowed",
  "choiceNotAllowed",
];
const ALERTS = ["staleTab", "signedOut", "attemptCompleted", "navigationFailed"];
const EXIT_WAIT_MS = 8000;

/*
 * The player page on the application's origin: the table of contents, the buttons and the messages.
 * The SCORM runtime does not run here but in the launcher on the content origin (the frame), which
 * this page starts with the configuration and then talks to by postMessage only.
 */
export class PlayerPage {
  constructor(config, container, win) {
    this.config = config;
    this.config.scos = config.scos || [];
    this.win = win;
    this.texts = new Texts(config.texts);
    this.titles = {};
    this.config.scos.forEach((sco) => {
      this.titles[sco.identifier] = sco.title;
    });
    this.exiting = null;
    this.view = new PlayerView(container, this.config, this.texts, tocTree(this.config), {
      navigate: (kind, target) => this.navigate(kind, target),
      exit: () => this.exit(),
      newAttempt: () => this.startNewAttempt(),
    });
    this.frame = this.view.frame;
  }

  start() {
    this.stopListening = listen(
      this.win,
      this.config.contentOrigin,
      () => this.frame.contentWindow,
      (data) => this.onMessage(data),
    );
    this.frame.src = this.config.launcherUrl;
  }

  tell(type, fields) {
    send(this.frame.contentWindow, this.config.contentOrigin, type, fields);
  }

  /** What the launcher needs: the configuration without this page's own texts and secrets. */
  launcherConfig() {
    const origin = this.win.location.origin;
    const absolute = (url) => (url ? new URL(url, origin).href : url);
    const copy = Object.assign({}, this.config);
    delete copy.texts;
    delete copy.csrfToken;
    delete copy.newAttemptUrl;
    delete copy.exitUrl;
    copy.commitUrl = absolute(this.config.commitUrl);
    copy.sequencingStateUrl = absolute(this.config.sequencingStateUrl);
    return JSON.parse(JSON.stringify(copy));
  }

  onMessage(data) {
    const view = this.view;
    switch (data.type) {
      case "ready":
        this.tell("start", { config: this.launcherConfig() });
        break;
      case "current":
        view.showCurrent(String(data.sco));
        if (this.titles[data.sco]) {
          this.frame.title = this.titles[data.sco];
        }
        break;
      case "status":
        view.showStatus(String(data.sco), String(data.status));
        break;
      case "validity":
        view.showValidity(data.validity || {});
        break;
      case "announce":
        if (ANNOUNCEMENTS.indexOf(data.key) >= 0) {
          view.announce(this.texts.get(data.key, { title: this.titles[data.sco] || "" }));
        }
        if (data.key === "moduleCompleted") {
          view.showReflectionInvite();
        }
        break;
      case "alert":
        if (ALERTS.indexOf(data.key) >= 0) {
          view.showAlert(this.texts.get(data.key));
        }
        break;
      case "ended":
        view.showEnded();
        break;
      case "height":
        if (typeof data.px === "number") {
          view.showContentHeight(data.px);
        }
        break;
      case "exited":
        this.leave();
        break;
      default:
        break;
    }
  }

  navigate(kind, target) {
    this.tell("navigate", { kind, target: target || null });
  }

  // The launcher suspends or ends the visit by the package's rules, then says "exited"; if it
  // never answers, the page leaves anyway (the launcher's unload still sends what changed).
  exit() {
    if (this.exiting) {
      return;
    }
    this.exiting = this.win.setTimeout(() => this.leave(), EXIT_WAIT_MS);
    this.tell("exit", {});
  }

  leave() {
    this.win.location.assign(this.config.exitUrl || "/");
  }

  startNewAttempt() {
    const control = this.view.newAttempt;
    if (!control || !isEnabled(control)) {
      return Promise.resolve();
    }
    setEnabled(control, false);
    return this.win
      .fetch(this.config.newAttemptUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: {
          "Content-Type": "application/json",
          Accept: "application/json",
          "X-CSRF-Token": this.config.csrfToken || "",
        },
        body: "{}",
      })
      .then((response) => {
        if (response.status !== 201 && response.status !== 200) {
          throw new Error("HTTP " + response.status);
        }
        return response.json();
      })
      .then((answer) => {
        if (!answer || !answer.playerUrl) {
          throw new Error("no playerUrl in the answer");
        }
        this.win.location.assign(answer.playerUrl);
      })
      .catch((error) => {
        warn("new attempt: " + error.message);
        setEnabled(control, true);
        this.view.showAlert(this.texts.get("newAttemptFailed"));
      });
  }
}
