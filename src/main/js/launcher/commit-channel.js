import { parseJson } from "../shared/versions.js";

/*
 * Posts commit bodies to the attempt's channel on the application. The address carries the
 * attempt token, the launcher's only credential: no cookie is sent (credentials "omit"), so the
 * learner's session never reaches package code. The body is JSON sent as text/plain, a request the
 * browser sends without a preflight, which matters for the keep-alive request while the page
 * closes.
 *
 * Every request carries the next number of the attempt's sequence (the server accepted
 * config.sequence last), so the server can refuse a stale or reordered commit with 409. A 409 means
 * another tab (or an older request of this one that arrived late) is newer: this tab then stops
 * committing for good, so two tabs never overwrite each other in a loop. A 409 `attempt.completed`
 * means the attempt is a record now (the server decided so): nothing more is stored, and the
 * learner is told why rather than warned about another tab.
 *
 * What the server decided from an accepted commit (the SCO's status and whether it is finished,
 * its next cmi.entry and total time, whether the module is completed) is in the answer, which goes
 * to handlers.accepted: the launcher decides none of it again.
 */
export class CommitChannel {
  constructor(config, handlers, transport) {
    this.url = config.commitUrl;
    this.sequence = Number(config.sequence) || 0;
    this.highestAccepted = this.sequence;
    // Only a normal launch is stored: a preview (browse) has no attempt, and a review shows an
    // attempt that is a record (the server refuses commits to it with 409 attempt.completed).
    this.enabled = config.mode === "normal" && Boolean(config.commitUrl);
    this.stopped = false;
    this.handlers = handlers;
    this.transport = transport || browserTransport(globalThis);
    this.inFlight = new Set(); // keep-alive requests whose answers have not come yet
  }

  usable() {
    return this.enabled && !this.stopped;
  }

  nextSequence() {
    this.sequence += 1;
    return this.sequence;
  }

  // Synchronous on purpose: SCORM wants Commit and Terminate to report the LMS's real answer.
  sendNow(body) {
    const answer = this.transport.postNow(this.url, JSON.stringify(body));
    return this.settle(answer.status, parseJson(answer.text), body);
  }

  // A keep-alive request outlives the page. Nobody may be left to read the answer, but if the page
  // is still there, it is handled.
  sendInBackground(body) {
    const sent = this.transport
      .postInBackground(this.url, JSON.stringify(body))
      .then((answer) => this.settle(answer.status, parseJson(answer.text), body));
    this.inFlight.add(sent);
    const forget = () => this.inFlight.delete(sent);
    sent.then(forget, forget);
    return sent;
  }

  /**
   * Resolves when every keep-alive request sent so far has been answered (or failed), or after
   * `timeoutMs`: what the server said about them is then known before the next SCO starts from it.
   */
  settled(timeoutMs, win) {
    if (!this.inFlight.size) {
      return Promise.resolve();
    }
    const all = Promise.all(Array.from(this.inFlight, (sent) => sent.catch(() => null)));
    if (!timeoutMs || !win) {
      return all.then(() => undefined);
    }
    return Promise.race([
      all.then(() => undefined),
      new Promise((resolve) => win.setTimeout(resolve, timeoutMs)),
    ]);
  }

  settle(status, answer, body) {
    if (status >= 200 && status < 300) {
      this.highestAccepted = Math.max(this.highestAccepted, body.sequence);
      this.handlers.accepted(body, answer || {});
      return { ok: true };
    }
    if (status === 409 && body.sequence <= this.highestAccepted) {
      // Our own newer commit overtook this one: nothing is lost, nobody else is involved.
      return { ok: false, status, code: "superseded" };
    }
    if (status === 409 && answer && answer.code === "attempt.completed") {
      this.stop("completed");
    } else if (status === 409 || status === 401 || status === 403) {
      this.stop(status === 409 ? "stale" : "forbidden");
    } else {
      this.handlers.failed(status, answer);
    }
    return { ok: false, status, code: answer && answer.code };
  }

  stop(reason) {
    if (!this.stopped) {
      this.stopped = true;
      this.handlers.stopped(reason);
    }
  }
}

const TEXT = "text/plain;charset=UTF-8";

/** The browser's requests: a synchronous XHR and a keep-alive fetch, both without cookies. */
export function browserTransport(win) {
  return {
    postNow(url, text) {
      const xhr = new win.XMLHttpRequest();
      try {
        xhr.open("POST", url, false);
        xhr.withCredentials = false;
        xhr.setRequestHeader("Content-Type", TEXT);
        xhr.send(text);
      } catch {
        // The browser refuses synchronous requests while a page is being dismissed, and a network
        // failure throws here too.
        return { status: 0, text: null };
      }
      return { status: xhr.status, text: xhr.responseText };
    },
    // Browsers refuse keep-alive bodies above 64 KiB; a larger one goes as a plain request.
    postInBackground(url, text) {
      try {
        return win
          .fetch(url, {
            method: "POST",
            keepalive: text.length < 60000,
            credentials: "omit",
            mode: "cors",
            referrerPolicy: "no-referrer",
            headers: { "Content-Type": TEXT },
            body: text,
          })
          .then(
            (response) => response.text().then((body) => ({ status: response.status, text: body })),
            () => ({ status: 0, text: null }),
          );
      } catch {
        return Promise.resolve({ status: 0, text: null });
      }
    },
  };
}
