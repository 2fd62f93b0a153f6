package dk.godstart.player.application;

/** The answer to an accepted commit. */
public record CommitResult(long sequence, String scoStatus, boolean moduleCompleted) {}
