// Saves the hire's draft note on the server as she types: a few seconds after the last keystroke,
// and when the page is left (a keep-alive request outlives the tab). The server decides every
// rule (CPR numbers, lengths, state); this file only carries the text there.
(function () {
  "use strict";
  var DELAY_MS = 2500;
  var form = document.querySelector("form[data-note]");
  if (!form) {
    return;
  }
  var status = document.getElementById("draft-status");
  var token = document.querySelector('meta[name="csrf-token"]');
  var timer = null;
  var dirty = false;

  function answers() {
    return Array.prototype.map.call(form.querySelectorAll("textarea.note-answer"), function (t) {
      return { prompt: t.getAttribute("data-prompt"), text: t.value };
    });
  }

  function save() {
    if (!dirty) {
      return;
    }
    dirty = false;
    var body = JSON.stringify({
      answers: answers(),
      version: Number(form.getAttribute("data-version"))
    });
    // Keep-alive lets the request finish after the tab is closed; browsers cap its body at 64 KB.
    var request = window.fetch(form.getAttribute("data-url"), {
      method: "PUT",
      keepalive: body.length < 60000,
      credentials: "same-origin",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json",
        "X-CSRF-Token": token ? token.getAttribute("content") : ""
      },
      body: body
    });
    request
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (json) {
        form.setAttribute("data-version", String(json.version));
        status.textContent = status.getAttribute("data-saved");
      })
      .catch(function () {
        dirty = true;
        status.textContent = status.getAttribute("data-failed");
      });
  }

  form.addEventListener("input", function () {
    dirty = true;
    window.clearTimeout(timer);
    timer = window.setTimeout(save, DELAY_MS);
  });
  // The form's own buttons send the text themselves.
  form.addEventListener("submit", function () {
    window.clearTimeout(timer);
    dirty = false;
  });
  window.addEventListener("pagehide", save);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") {
      save();
    }
  });
})();
