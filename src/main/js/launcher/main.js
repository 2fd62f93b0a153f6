import { Launcher } from "./launcher.js";
import { listen, send } from "../shared/messages.js";
import { warn } from "../shared/versions.js";

/*
 * The launcher page's entry: it knows the application's origin from its own page (written by the
 * content origin from configuration, not from anything the URL says), asks the player page for the
 * configuration and then runs the SCOs. Orders are taken only from the parent window on that origin.
 */
function main(win, doc) {
  const meta = doc.querySelector('meta[name="godstart-app-origin"]');
  const appOrigin = meta ? meta.getAttribute("content") : null;
  const frame = doc.getElementById("sco-frame");
  if (!appOrigin || !frame || win.parent === win) {
    warn("the launcher runs only inside the player page");
    return;
  }
  const tell = (type, fields) => send(win.parent, appOrigin, type, fields);
  let launcher = null;
  listen(
    win,
    appOrigin,
    () => win.parent,
    (data) => {
      if (data.type === "start" && !launcher && data.config) {
        launcher = new Launcher(data.config, win, frame, tell);
        launcher.start();
      } else if (data.type === "navigate" && launcher) {
        launcher.navigate(String(data.kind), data.target ? String(data.target) : undefined);
      } else if (data.type === "exit" && launcher) {
        launcher.exit();
      }
    },
  );
  tell("ready", {});
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", () => main(window, document));
} else {
  main(window, document);
}
