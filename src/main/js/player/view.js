import { STATUS_KEYS } from "./texts.js";

/*
 * What the learner sees and operates on the player page: the banner of review and browse mode,
 * the toolbar, the table of contents, the live status line, alerts and the launcher's frame. It
 * decides nothing: it shows what the launcher reports and hands clicks to the controller.
 */

// aria-disabled rather than disabled: the control keeps its place in the tab order and a
// screen reader still reads it; activating it explains why nothing happens.
export function setEnabled(control, enabled) {
  if (enabled) {
    control.removeAttribute("aria-disabled");
  } else {
    control.setAttribute("aria-disabled", "true");
  }
}

export function isEnabled(control) {
  return control.getAttribute("aria-disabled") !== "true";
}

// The launcher's frame may run scripts on its own (content) origin, open pop-ups and show
// dialogs, but never navigate this page.
export const FRAME_SANDBOX =
  "allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox " +
  "allow-modals allow-downloads";

export class PlayerView {
  constructor(container, config, texts, tree, actions) {
    this.doc = container.ownerDocument;
    this.win = this.doc.defaultView;
    this.container = container;
    this.config = config;
    this.texts = texts;
    this.tree = tree;
    this.actions = actions;
    this.tocButtons = {};
    this.build();
  }

  element(tag, className, text) {
    const node = this.doc.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== null && text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  button(className, text) {
    const node = this.element("button", className, text);
    node.type = "button";
    return node;
  }

  build() {
    const texts = this.texts;
    const multi = (this.config.scos || []).length > 1;
    this.container.classList.add("gs-player");
    this.container.classList.toggle("gs-player--multi", multi);
    this.container.textContent = "";

    this.alert = this.element("div", "gs-player__alert");
    this.alert.setAttribute("role", "alert");
    this.status = this.element("div", "gs-player__status");
    this.status.setAttribute("role", "status");
    this.status.setAttribute("aria-live", "polite");
    this.container.appendChild(this.alert);
    this.buildBanner();

    const toolbar = this.element("div", "gs-player__toolbar");
    if (multi) {
      this.tocToggle = this.button("gs-player__toc-toggle", texts.get("toc"));
      this.tocToggle.setAttribute("aria-expanded", "false");
      this.tocToggle.setAttribute("aria-controls", "gs-player-toc");
      this.previous = this.button("gs-player__previous", texts.get("previous"));
      this.next = this.button("gs-player__next", texts.get("next"));
      toolbar.appendChild(this.tocToggle);
      toolbar.appendChild(this.previous);
      toolbar.appendChild(this.next);
    }
    this.exit = this.button("gs-player__exit", texts.get("exit"));
    toolbar.appendChild(this.exit);
    this.container.appendChild(toolbar);
    this.container.appendChild(this.status);

    const body = this.element("div", "gs-player__body");
    if (multi) {
      body.appendChild(this.buildToc());
    }
    const stage = this.element("div", "gs-player__stage");
    this.frame = this.element("iframe", "gs-player__frame");
    this.frame.id = "content-frame";
    this.frame.title = this.config.title || "";
    this.frame.setAttribute("sandbox", FRAME_SANDBOX);
    this.frame.setAttribute("allow", "fullscreen; autoplay");
    this.frame.setAttribute("referrerpolicy", "no-referrer");
    this.ended = this.element("p", "gs-player__ended", texts.get("sessionEnded"));
    this.ended.hidden = true;
    stage.appendChild(this.ended);
    stage.appendChild(this.frame);
    body.appendChild(stage);
    this.container.appendChild(body);
    this.bindControls();
  }

  buildBanner() {
    const mode = this.config.mode;
    if (mode !== "review" && mode !== "browse") {
      return;
    }
    const banner = this.element("div", "gs-player__banner gs-player__banner--" + mode);
    banner.appendChild(
      this.element("p", null, this.texts.get(mode === "review" ? "reviewBanner" : "browseBanner")),
    );
    if (mode === "review" && this.config.newAttemptUrl) {
      this.newAttempt = this.button("gs-player__new-attempt", this.texts.get("newAttempt"));
      banner.appendChild(this.newAttempt);
    }
    this.container.appendChild(banner);
  }

  buildToc() {
    const nav = this.element("nav", "gs-player__toc");
    nav.id = "gs-player-toc";
    nav.setAttribute("aria-labelledby", "gs-player-toc-heading");
    const heading = this.element("h2", "gs-player__toc-heading", this.texts.get("toc"));
    heading.id = "gs-player-toc-heading";
    nav.appendChild(heading);
    nav.appendChild(this.buildTocList(this.tree));
    return nav;
  }

  buildTocList(entries) {
    const list = this.element("ol", "gs-toc");
    entries.forEach((entry) => {
      if (entry.hidden) {
        // An invisible item is left out; its children (if any) take its place.
        Array.from(this.buildTocList(entry.items).children).forEach((child) => {
          list.appendChild(child);
        });
        return;
      }
      const item = this.element("li", "gs-toc__entry");
      if (entry.launchable) {
        item.appendChild(this.buildTocButton(entry));
      } else {
        item.appendChild(this.element("span", "gs-toc__group", entry.title));
      }
      if (entry.items.length) {
        item.appendChild(this.buildTocList(entry.items));
      }
      list.appendChild(item);
    });
    return list;
  }

  buildTocButton(entry) {
    const control = this.button("gs-toc__item");
    control.setAttribute("data-sco", entry.identifier);
    control.appendChild(this.element("span", "gs-toc__title", entry.title));
    const status = this.element("span", "gs-toc__status");
    control.appendChild(status);
    this.tocButtons[entry.identifier] = { control, status };
    const sco = (this.config.scos || []).find((s) => s.identifier === entry.identifier);
    this.showStatus(entry.identifier, sco ? sco.status : null);
    return control;
  }

  bindControls() {
    const actions = this.actions;
    this.exit.addEventListener("click", () => actions.exit());
    if (this.newAttempt) {
      this.newAttempt.addEventListener("click", () => actions.newAttempt());
    }
    if (!this.next) {
      return;
    }
    this.previous.addEventListener("click", () => actions.navigate("previous"));
    this.next.addEventListener("click", () => actions.navigate("continue"));
    this.tocToggle.addEventListener("click", () => {
      this.setTocOpen(this.tocToggle.getAttribute("aria-expanded") !== "true");
    });
    Object.keys(this.tocButtons).forEach((identifier) => {
      this.tocButtons[identifier].control.addEventListener("click", () => {
        if (this.win.matchMedia && this.win.matchMedia("(max-width: 768px)").matches) {
          this.setTocOpen(false);
          this.tocToggle.focus();
        }
        actions.navigate("choice", identifier);
      });
    });
  }

  setTocOpen(open) {
    this.tocToggle.setAttribute("aria-expanded", open ? "true" : "false");
    this.container.classList.toggle("gs-player--toc-open", open);
  }

  showStatus(identifier, status) {
    const entry = this.tocButtons[identifier];
    if (!entry) {
      return;
    }
    const key = STATUS_KEYS[status] || STATUS_KEYS["not attempted"];
    entry.status.textContent = this.texts.get(key);
    entry.control.setAttribute("data-status", STATUS_KEYS[status] ? status : "not attempted");
  }

  showCurrent(identifier) {
    Object.keys(this.tocButtons).forEach((id) => {
      if (id === identifier) {
        this.tocButtons[id].control.setAttribute("aria-current", "step");
      } else {
        this.tocButtons[id].control.removeAttribute("aria-current");
      }
    });
    if (identifier !== null) {
      this.ended.hidden = true;
      this.frame.hidden = false;
    }
  }

  showEnded() {
    this.ended.hidden = false;
    this.frame.hidden = true;
    this.showCurrent(null);
    this.announce(this.texts.get("sessionEnded"));
  }

  showValidity(validity) {
    if (!this.next) {
      return;
    }
    setEnabled(this.previous, validity.previous === true);
    setEnabled(this.next, validity.continue === true);
    const choice = validity.choice || {};
    Object.keys(this.tocButtons).forEach((id) => {
      setEnabled(this.tocButtons[id].control, choice[id] === true);
    });
  }

  // The content's height as the launcher measured it: the frame grows with long content (the page
  // scrolls), and never shrinks below its usual height.
  showContentHeight(px) {
    const height = Math.min(Math.max(0, Math.round(px)), 20000);
    this.frame.style.minHeight = height ? height + "px" : "";
  }

  // The page's invitation to write a reflection note (rendered for hires only), shown once the
  // server said that the module is completed.
  showReflectionInvite() {
    const invite = this.doc.getElementById("reflection-invite");
    if (invite) {
      invite.hidden = false;
    }
  }

  announce(text) {
    const status = this.status;
    // Emptied first so that the same message twice in a row is read again.
    status.textContent = "";
    this.win.setTimeout(() => {
      status.textContent = text;
    }, 50);
  }

  showAlert(text) {
    this.alert.textContent = "";
    this.alert.appendChild(this.element("p", null, text));
    this.alert.classList.add("gs-player__alert--shown");
  }
}
