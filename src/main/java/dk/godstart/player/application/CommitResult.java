package dk.godstart.player.application;

/**
 * The answer to an accepted commit, with what the server decided from it so that the page need not
 * decide it again: the SCO's status and whether it is finished ({@code ScoResult#isFinished}), the
 * {@code cmi.entry} its next session starts with ({@code ScoProgress#nextEntry}), its total time
 * over ended sessions in the edition's format, and whether the module is completed now.
 */
public record CommitResult(
    long sequence,
    String scoStatus,
    boolean scoFinished,
    String nextEntry,
    String totalTime,
    boolean moduleCompleted) {}
