/*
 * The conversation between the player page (application origin) and its launcher (content origin).
 * Both sides send with an exact target origin and accept only messages that come from the one
 * window they expect, on the one origin they expect: a package's own script, which runs on the
 * content origin beside the launcher, cannot talk to the player page in the launcher's name from
 * another window, and no other page can give the launcher orders.
 */
export const PROTOCOL = "godstart-player-1";

export function message(type, fields) {
  return Object.assign({ protocol: PROTOCOL, type }, fields || {});
}

/**
 * Listens on `win` for messages from `expectedSource()` on `expectedOrigin`; anything else is
 * ignored. Returns a function that stops listening.
 */
export function listen(win, expectedOrigin, expectedSource, handle) {
  const listener = (event) => {
    if (!isFrom(event, expectedOrigin, expectedSource())) {
      return;
    }
    handle(event.data);
  };
  win.addEventListener("message", listener);
  return () => win.removeEventListener("message", listener);
}

export function isFrom(event, expectedOrigin, expectedSource) {
  return (
    Boolean(expectedOrigin) &&
    event.origin === expectedOrigin &&
    Boolean(expectedSource) &&
    event.source === expectedSource &&
    Boolean(event.data) &&
    typeof event.data === "object" &&
    event.data.protocol === PROTOCOL &&
    typeof event.data.type === "string"
  );
}

export function send(target, targetOrigin, type, fields) {
  if (target && targetOrigin) {
    target.postMessage(message(type, fields), targetOrigin);
  }
}
