package dk.godstart.player.application;

import jakarta.json.JsonObject;

/**
 * One commit from the player: the SCO's CMI data as the runtime holds it, numbered so that the
 * server can refuse stale or out-of-order ones. {@code terminated} marks the commit of
 * Terminate/LMSFinish, which ends a session.
 */
public record Commit(
    String sco, long sequence, boolean terminated, JsonObject cmi, String navRequest) {}
