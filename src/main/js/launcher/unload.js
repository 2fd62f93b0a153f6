/*
 * Leaving the page. While the page is being dismissed (beforeunload, pagehide, unload of the
 * launcher and of the SCO's frame) the browser refuses synchronous requests, so the SCO's own
 * save-and-terminate on unload must go out as keep-alive requests. The launcher is a frame of the
 * player page: it gets these events when the tab closes or the player page navigates away, before
 * the SCO's frame inside it.
 */
export function listenForPageExit(win, launcher) {
  win.addEventListener("beforeunload", () => {
    launcher.leaving = true;
    launcher.saveOnExit(false);
    // beforeunload may be cancelled, or be followed by a download instead of a new page: once
    // all beforeunload handlers have run, synchronous requests work again until pagehide.
    win.setTimeout(() => {
      launcher.leaving = false;
    }, 0);
  });
  // pagehide is final (unless the page goes into the back/forward cache and comes back).
  win.addEventListener("pagehide", () => {
    launcher.leaving = true;
    launcher.saveOnExit(false);
  });
  win.addEventListener("pageshow", (event) => {
    if (event.persisted) {
      launcher.leaving = false;
    }
  });
}

/** Watches the SCO's window: after the SCO's own handlers, a session it left open ends. */
export function watchScoWindow(scoWindow, onPageHide) {
  // Added after the SCO's own handlers, so it runs after them when the page is closed.
  scoWindow.addEventListener("pagehide", onPageHide);
}
