import { PlayerPage } from "./player-page.js";
import { warn } from "../shared/versions.js";

/*
 * The player page's entry. The Faces page renders
 *   <script type="application/json" id="player-config">{ ... }</script>
 *   <div id="player"></div>
 * and this bundle builds the player inside #player, with the launcher's frame.
 */
function start() {
  const configElement = document.getElementById("player-config");
  const container = document.getElementById("player");
  if (!configElement || !container) {
    warn("no #player-config or #player on this page");
    return;
  }
  new PlayerPage(JSON.parse(configElement.textContent), container, window).start();
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", start);
} else {
  start();
}
