/*
 * godstart-sco.js: the small runtime shared by Godstart's demo SCORM modules.
 *
 * A SCO page declares the SCORM version it expects on <body data-scorm="2004"> or
 * <body data-scorm="1.2"> and holds its content as <section class="page"> elements inside
 * <main>. This script shows one page at a time, adds the navigation ("Forrige", "Næste",
 * "Afslut") and the progress text, checks quiz answers, and talks to the learning
 * platform through one facade over both SCORM versions.
 *
 * Optional attributes on <body>:
 *   data-passing-score="0.8"         scaled passing score (2004), used when the platform gives none
 *   data-mastery-score="80"          mastery score 0-100 (1.2), used when the platform gives none
 *   data-completion-threshold="0.8"  share of pages to see before completion (default: all)
 *   data-nav="continue"              2004 multi-SCO: ask the platform to continue after "Afslut"
 *
 * No dependencies and no network: everything goes through the platform's SCORM API.
 */
(function (window, document) {
  "use strict";

  var MAX_PARENT_DEPTH = 10;

  /* ------------------------------------------------------------------ API search */

  // Walks up the parent frames looking for the API object, as the SCORM run-time spec
  // describes. A frame from another origin throws on access: that ends this walk.
  function searchFrames(win, name) {
    for (var depth = 0; win && depth <= MAX_PARENT_DEPTH; depth++) {
      try {
        if (win[name]) {
          return win[name];
        }
        if (!win.parent || win.parent === win) {
          return null;
        }
        win = win.parent;
      } catch (e) {
        return null;
      }
    }
    return null;
  }

  function findApi(version) {
    var name = version === "1.2" ? "API" : "API_1484_11";
    var api = searchFrames(window, name);
    var openers = [];
    try {
      openers = [window.opener, window.top && window.top.opener];
    } catch (e) {
      openers = [window.opener];
    }
    for (var i = 0; !api && i < openers.length; i++) {
      if (openers[i]) {
        api = searchFrames(openers[i], name);
      }
    }
    return api;
  }

  /* ------------------------------------------------------------------ facade */

  // The few data model elements the modules use, by logical name, for each version.
  var ELEMENTS = {
    "2004": {
      location: "cmi.location",
      suspendData: "cmi.suspend_data",
      entry: "cmi.entry",
      exit: "cmi.exit",
      completion: "cmi.completion_status",
      success: "cmi.success_status",
      scoreScaled: "cmi.score.scaled",
      scoreRaw: "cmi.score.raw",
      scoreMin: "cmi.score.min",
      scoreMax: "cmi.score.max",
      progress: "cmi.progress_measure",
      sessionTime: "cmi.session_time",
      passingScore: "cmi.scaled_passing_score",
      completionThreshold: "cmi.completion_threshold",
      interactionCount: "cmi.interactions._count"
    },
    "1.2": {
      location: "cmi.core.lesson_location",
      suspendData: "cmi.suspend_data",
      entry: "cmi.core.entry",
      exit: "cmi.core.exit",
      completion: "cmi.core.lesson_status",
      success: "cmi.core.lesson_status",
      scoreRaw: "cmi.core.score.raw",
      scoreMin: "cmi.core.score.min",
      scoreMax: "cmi.core.score.max",
      sessionTime: "cmi.core.session_time",
      masteryScore: "cmi.student_data.mastery_score",
      interactionCount: "cmi.interactions._count"
    }
  };

  var METHODS = {
    "2004": {
      initialize: "Initialize", get: "GetValue", set: "SetValue", commit: "Commit",
      terminate: "Terminate", lastError: "GetLastError", errorString: "GetErrorString"
    },
    "1.2": {
      initialize: "LMSInitialize", get: "LMSGetValue", set: "LMSSetValue", commit: "LMSCommit",
      terminate: "LMSFinish", lastError: "LMSGetLastError", errorString: "LMSGetErrorString"
    }
  };

  function isTrue(result) {
    return result === true || String(result) === "true";
  }

  function Scorm(version, api) {
    this.version = version;
    this.api = api;
    this.methods = METHODS[version];
    this.elements = ELEMENTS[version];
  }

  Scorm.prototype.call = function (method, args) {
    var fn = this.api[this.methods[method]];
    if (typeof fn !== "function") {
      return "";
    }
    try {
      return fn.apply(this.api, args);
    } catch (e) {
      warn(this.methods[method] + " failed: " + e);
      return "";
    }
  };

  Scorm.prototype.reportError = function (what) {
    var code = this.call("lastError", []);
    if (code && String(code) !== "0") {
      warn(what + ": error " + code + " " + this.call("errorString", [code]));
    }
  };

  Scorm.prototype.initialize = function () {
    var ok = isTrue(this.call("initialize", [""]));
    if (!ok) {
      this.reportError("Initialize");
    }
    return ok;
  };

  // Reads a logical element (see ELEMENTS) or, with a "cmi."/"adl." prefix, a raw element.
  Scorm.prototype.get = function (name) {
    var element = this.elements[name] || name;
    if (!/^(cmi|adl)\./.test(element)) {
      return "";
    }
    var value = this.call("get", [element]);
    return value === null || value === undefined ? "" : String(value);
  };

  Scorm.prototype.set = function (name, value) {
    var element = this.elements[name] || name;
    if (!/^(cmi|adl)\./.test(element)) {
      return false;
    }
    var ok = isTrue(this.call("set", [element, String(value)]));
    if (!ok) {
      this.reportError("SetValue " + element);
    }
    return ok;
  };

  Scorm.prototype.commit = function () {
    return isTrue(this.call("commit", [""]));
  };

  Scorm.prototype.terminate = function () {
    return isTrue(this.call("terminate", [""]));
  };

  Scorm.prototype.has = function (name) {
    return Boolean(this.elements[name]);
  };

  Scorm.prototype.formatDuration = function (ms) {
    var centis = Math.max(0, Math.round(ms / 10));
    var hours = Math.floor(centis / 360000);
    var minutes = Math.floor((centis % 360000) / 6000);
    var seconds = (centis % 6000) / 100;
    if (this.version === "2004") {
      return "PT" + hours + "H" + minutes + "M" + seconds.toFixed(2) + "S";
    }
    // SCORM 1.2 CMITimespan: HHHH:MM:SS.SS with at least two digits for the hours.
    return pad(Math.min(hours, 9999), 2) + ":" + pad(minutes, 2) + ":" +
      (seconds < 10 ? "0" : "") + seconds.toFixed(2);
  };

  function pad(number, width) {
    var text = String(number);
    while (text.length < width) {
      text = "0" + text;
    }
    return text;
  }

  function warn(message) {
    if (window.console && window.console.warn) {
      window.console.warn("godstart-sco: " + message);
    }
  }

  /* ------------------------------------------------------------------ the module */

  var TEXT = {
    prev: "Forrige",
    next: "Næste",
    finish: "Afslut",
    progress: function (page, pages) { return "Side " + page + " af " + pages; },
    noApi: "Modulet kunne ikke finde læringsplatformen. Du kan godt læse siderne, " +
      "men din fremgang og dine svar bliver ikke gemt. Åbn modulet fra Godstart for at få det registreret.",
    initFailed: "Modulet fandt læringsplatformen, men kunne ikke starte forbindelsen. " +
      "Du kan læse siderne, men din fremgang bliver måske ikke gemt.",
    resumed: function (page) { return "Velkommen tilbage. Du fortsætter på side " + page + "."; },
    choose: "Vælg mindst ét svar, før du tjekker.",
    correct: "Rigtigt. ",
    wrong: "Ikke helt. ",
    finished: "Du har afsluttet modulet, og dit resultat er gemt. Du kan lukke modulet eller gå videre i Godstart.",
    finishedOffline: "Du har læst modulet til ende. Resultatet er ikke gemt, fordi læringsplatformen ikke blev fundet.",
    score: function (correct, total) {
      return "Du svarede rigtigt på " + correct + " af " + total + " spørgsmål.";
    },
    passed: "Du har bestået.",
    failed: "Du har ikke bestået. Åbn modulet igen fra Godstart for at prøve igen.",
    notYet: function (correct, total) {
      return "Du har " + correct + " af " + total + " rigtige, og det er ikke nok til at bestå. " +
        "Gå tilbage og ret dine svar, før du trykker på „Afslut“.";
    }
  };

  var status = {
    version: null,
    apiFound: false,
    initialized: false,
    entry: "",
    resumed: false,
    page: 0,
    pages: 0,
    completed: false,
    score: null,
    passed: null,
    finished: false,
    terminated: false
  };
  window.godstartSco = status;

  var body, pages, questions, ui = {};
  var scorm = null;
  var startedAt = Date.now();
  var state = { page: 0, max: 0, answers: {}, results: {}, ix: {} };

  function start() {
    body = document.body;
    status.version = body.getAttribute("data-scorm") === "1.2" ? "1.2" : "2004";
    pages = Array.prototype.slice.call(document.querySelectorAll("section.page"));
    questions = Array.prototype.slice.call(document.querySelectorAll("fieldset.question"));
    status.pages = pages.length;
    if (!pages.length) {
      return;
    }
    buildChrome();
    connect();
    bindQuestions();
    restoreAnswers();
    showPage(state.page, false);
    window.addEventListener("pagehide", leave);
    window.addEventListener("beforeunload", leave);
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") {
        save();
      }
    });
  }

  function connect() {
    var api = findApi(status.version);
    if (!api) {
      notice(TEXT.noApi, "gs-notice gs-notice--warning");
      return;
    }
    status.apiFound = true;
    scorm = new Scorm(status.version, api);
    status.initialized = scorm.initialize();
    if (!status.initialized) {
      notice(TEXT.initFailed, "gs-notice gs-notice--warning");
      return;
    }
    status.entry = scorm.get("entry");
    if (status.entry === "resume") {
      restoreState();
    }
    var lessonStatus = scorm.get("completion");
    if (lessonStatus === "" || lessonStatus === "not attempted" || lessonStatus === "unknown") {
      scorm.set("completion", "incomplete");
    }
    // Until "Afslut" is pressed, leaving means "come back here later".
    scorm.set("exit", "suspend");
    scorm.commit();
  }

  function restoreState() {
    var saved = null;
    try {
      saved = JSON.parse(scorm.get("suspendData") || "null");
    } catch (e) {
      warn("suspend data is not JSON; starting from the first page");
    }
    if (saved && typeof saved === "object") {
      state.max = toPageIndex(saved.m);
      state.answers = saved.a || {};
      state.results = saved.r || {};
      state.ix = saved.i || {};
    }
    var location = parseInt(scorm.get("location"), 10);
    state.page = isNaN(location) ? toPageIndex(saved && saved.p) : toPageIndex(location - 1);
    state.max = Math.max(state.max, state.page);
    status.resumed = true;
    ui.resumed = notice(TEXT.resumed(state.page + 1), "gs-notice");
  }

  function toPageIndex(value) {
    var index = parseInt(value, 10);
    if (isNaN(index) || index < 0) {
      return 0;
    }
    return Math.min(index, pages.length - 1);
  }

  /* ------------------------------------------------------------------ page chrome */

  function buildChrome() {
    var main = document.querySelector("main");
    ui.notice = document.createElement("div");
    ui.notice.className = "gs-notices";
    ui.notice.setAttribute("role", "status");
    main.parentNode.insertBefore(ui.notice, main);

    var nav = document.createElement("nav");
    nav.className = "gs-nav";
    nav.setAttribute("aria-label", "Sidenavigation");
    ui.progress = document.createElement("p");
    ui.progress.id = "progress";
    ui.progress.className = "gs-progress";
    ui.prev = button("prev", TEXT.prev, "gs-button gs-button--secondary");
    ui.next = button("next", TEXT.next, "gs-button");
    ui.finish = button("finish", TEXT.finish, "gs-button");
    nav.appendChild(ui.progress);
    nav.appendChild(ui.prev);
    nav.appendChild(ui.next);
    nav.appendChild(ui.finish);
    main.parentNode.insertBefore(nav, main.nextSibling);

    ui.prev.addEventListener("click", function () { go(state.page - 1); });
    ui.next.addEventListener("click", function () { go(state.page + 1); });
    ui.finish.addEventListener("click", finish);

    pages.forEach(function (page) {
      var heading = page.querySelector("h1, h2, h3");
      if (heading && !heading.hasAttribute("tabindex")) {
        heading.setAttribute("tabindex", "-1");
      }
    });
  }

  function button(id, label, className) {
    var element = document.createElement("button");
    element.type = "button";
    if (id) {
      element.id = id;
    }
    element.className = className;
    element.textContent = label;
    return element;
  }

  function notice(text, className) {
    var p = document.createElement("p");
    p.className = className;
    p.textContent = text;
    ui.notice.appendChild(p);
    return p;
  }

  /* ------------------------------------------------------------------ navigation */

  function go(index) {
    if (index < 0 || index >= pages.length || index === state.page) {
      return;
    }
    // "You continue on page N" is only true until the learner moves on.
    if (ui.resumed) {
      ui.resumed.remove();
      ui.resumed = null;
    }
    showPage(index, true);
  }

  function showPage(index, moveFocus) {
    state.page = index;
    state.max = Math.max(state.max, index);
    status.page = index + 1;
    pages.forEach(function (page, i) {
      page.hidden = i !== index;
    });
    var last = index === pages.length - 1;
    ui.progress.textContent = TEXT.progress(index + 1, pages.length);
    ui.prev.disabled = index === 0;
    ui.next.hidden = last;
    ui.finish.hidden = !last;
    if (moveFocus) {
      var heading = pages[index].querySelector("[tabindex='-1']");
      if (heading) {
        heading.focus();
      }
      window.scrollTo(0, 0);
    }
    if (last) {
      evaluate();
      showResultHint();
    } else {
      resultNotice("");
    }
    save();
  }

  /* ------------------------------------------------------------------ quiz */

  function questionId(fieldset) {
    if (fieldset.id) {
      return fieldset.id;
    }
    var input = fieldset.querySelector("input");
    return input ? input.name : "";
  }

  function inputsOf(fieldset) {
    return Array.prototype.slice.call(
      fieldset.querySelectorAll("input[type='radio'], input[type='checkbox']"));
  }

  function selectedValues(fieldset) {
    return inputsOf(fieldset).filter(function (input) { return input.checked; })
      .map(function (input) { return input.value; });
  }

  // Right when exactly the options marked data-correct="true" are chosen.
  function isCorrect(fieldset) {
    return inputsOf(fieldset).every(function (input) {
      return input.checked === (input.getAttribute("data-correct") === "true");
    });
  }

  function bindQuestions() {
    questions.forEach(function (fieldset) {
      var id = questionId(fieldset);
      fieldset.addEventListener("change", function () {
        state.answers[id] = selectedValues(fieldset);
      });
      var check = fieldset.querySelector("button.check");
      if (!check) {
        check = button(null, "Tjek svar", "check");
        fieldset.appendChild(check);
      }
      if (!fieldset.querySelector(".feedback")) {
        var feedback = document.createElement("p");
        feedback.className = "feedback";
        feedback.setAttribute("aria-live", "polite");
        fieldset.appendChild(feedback);
      }
      check.addEventListener("click", function () { checkAnswer(fieldset); });
    });
  }

  function restoreAnswers() {
    questions.forEach(function (fieldset) {
      var values = state.answers[questionId(fieldset)];
      if (!values) {
        return;
      }
      inputsOf(fieldset).forEach(function (input) {
        input.checked = values.indexOf(input.value) !== -1;
      });
    });
  }

  function checkAnswer(fieldset) {
    var id = questionId(fieldset);
    var feedback = fieldset.querySelector(".feedback");
    var values = selectedValues(fieldset);
    fieldset.classList.remove("is-correct", "is-wrong");
    if (!values.length) {
      feedback.textContent = TEXT.choose;
      return;
    }
    var correct = isCorrect(fieldset);
    var explanation = fieldset.querySelector(".explanation");
    state.answers[id] = values;
    state.results[id] = correct ? 1 : 0;
    fieldset.classList.add(correct ? "is-correct" : "is-wrong");
    feedback.textContent = (correct ? TEXT.correct : TEXT.wrong) +
      (explanation ? explanation.textContent.replace(/\s+/g, " ").trim() : "");
    recordInteraction(id, values, correct);
    save();
  }

  function recordInteraction(id, values, correct) {
    if (!connected()) {
      return;
    }
    var index = state.ix[id];
    if (index === undefined) {
      index = parseInt(scorm.get("interactionCount"), 10) || 0;
      state.ix[id] = index;
    }
    var prefix = "cmi.interactions." + index + ".";
    scorm.set(prefix + "id", id);
    scorm.set(prefix + "type", "choice");
    if (status.version === "2004") {
      scorm.set(prefix + "learner_response", values.join("[,]"));
      scorm.set(prefix + "result", correct ? "correct" : "incorrect");
    } else {
      scorm.set(prefix + "student_response", values.join(","));
      scorm.set(prefix + "result", correct ? "correct" : "wrong");
    }
  }

  /* ------------------------------------------------------------------ tracking */

  function connected() {
    return scorm !== null && status.initialized && !status.terminated;
  }

  function numberFrom(text) {
    var value = parseFloat(text);
    return isNaN(value) ? null : value;
  }

  function completionThreshold() {
    var fromPlatform = connected() && scorm.has("completionThreshold") ?
      numberFrom(scorm.get("completionThreshold")) : null;
    var threshold = fromPlatform !== null ? fromPlatform :
      numberFrom(body.getAttribute("data-completion-threshold"));
    return threshold === null ? 1 : threshold;
  }

  function progressMeasure() {
    return Math.round(((state.max + 1) / pages.length) * 10000) / 10000;
  }

  function save() {
    if (!connected()) {
      return;
    }
    scorm.set("location", String(state.page + 1));
    scorm.set("suspendData", JSON.stringify({
      p: state.page, m: state.max, a: state.answers, r: state.results, i: state.ix
    }));
    if (scorm.has("progress")) {
      scorm.set("progress", String(progressMeasure()));
    }
    if (!status.completed && progressMeasure() >= completionThreshold()) {
      markCompleted();
    }
    scorm.commit();
  }

  function markCompleted() {
    status.completed = true;
    if (status.version === "2004") {
      scorm.set("completion", "completed");
    } else {
      var current = scorm.get("completion");
      if (current !== "passed" && current !== "failed") {
        scorm.set("completion", "completed");
      }
    }
  }

  // Scores the quiz from the current answers and sets score, success and (1.2) lesson status.
  function evaluate() {
    if (!questions.length) {
      return;
    }
    var correct = questions.filter(isCorrect).length;
    var scaled = Math.round((correct / questions.length) * 10000) / 10000;
    var raw = Math.round(scaled * 100);
    status.score = scaled;
    status.passed = passedWith(scaled, raw);
    if (!connected()) {
      return;
    }
    scorm.set("scoreMin", "0");
    scorm.set("scoreMax", "100");
    scorm.set("scoreRaw", String(raw));
    if (scorm.has("scoreScaled")) {
      scorm.set("scoreScaled", String(scaled));
    }
    if (status.passed === null) {
      if (status.version === "1.2") {
        markCompleted();
      }
      return;
    }
    if (status.version === "1.2") {
      // In 1.2 passed/failed is the lesson status and also means the SCO was completed.
      status.completed = true;
    }
    scorm.set("success", status.passed ? "passed" : "failed");
  }

  // True or false against the passing score; null when the module has none.
  function passedWith(scaled, raw) {
    if (status.version === "2004") {
      var passing = connected() ? numberFrom(scorm.get("passingScore")) : null;
      if (passing === null) {
        passing = numberFrom(body.getAttribute("data-passing-score"));
      }
      return passing === null ? null : scaled >= passing;
    }
    var mastery = connected() ? numberFrom(scorm.get("masteryScore")) : null;
    if (mastery === null) {
      mastery = numberFrom(body.getAttribute("data-mastery-score"));
    }
    return mastery === null ? null : raw >= mastery;
  }

  function correctCount() {
    return Math.round(status.score * questions.length);
  }

  // On the last page, before "Afslut": say so when the answers are not yet enough to pass.
  function showResultHint() {
    if (!questions.length || status.finished) {
      return;
    }
    resultNotice(status.passed === false ? TEXT.notYet(correctCount(), questions.length) : "");
  }

  function resultNotice(text) {
    if (!ui.result && !text) {
      return;
    }
    if (!ui.result) {
      ui.result = document.createElement("p");
      ui.result.className = "gs-notice gs-notice--warning";
      ui.notice.appendChild(ui.result);
    }
    ui.result.textContent = text;
    ui.result.hidden = !text;
  }

  function finish() {
    if (status.finished) {
      return;
    }
    evaluate();
    var wasConnected = connected();
    if (wasConnected) {
      save();
      scorm.set("exit", status.version === "2004" ? "normal" : "");
      if (status.version === "2004" && body.getAttribute("data-nav") === "continue" &&
          scorm.get("adl.nav.request_valid.continue") === "true") {
        scorm.set("adl.nav.request", "continue");
      }
      terminate();
    }
    status.finished = true;
    ui.finish.disabled = true;
    resultNotice("");
    notice(wasConnected ? TEXT.finished : TEXT.finishedOffline, "gs-notice");
    if (questions.length) {
      var verdict = status.passed === true ? " " + TEXT.passed :
        status.passed === false ? " " + TEXT.failed : "";
      notice(TEXT.score(correctCount(), questions.length) + verdict,
        status.passed === false ? "gs-notice gs-notice--warning" : "gs-notice");
    }
    if (ui.notice.scrollIntoView) {
      ui.notice.scrollIntoView();
    }
  }

  function terminate() {
    if (!connected()) {
      return;
    }
    scorm.set("sessionTime", scorm.formatDuration(Date.now() - startedAt));
    scorm.commit();
    status.terminated = true;
    scorm.terminate();
  }

  // Leaving before "Afslut": keep the place and the answers, then close the session once.
  function leave() {
    if (!connected()) {
      return;
    }
    save();
    terminate();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})(window, document);
