package dk.godstart.catalog.domain.manifest;

/**
 * An {@code adlseq:mapInfo}: shares score, completion and progress with a global objective. By
 * default it reads all of them and writes none.
 */
public record AdlMapInfo(
    String targetObjectiveId,
    boolean readRawScore,
    boolean readMinScore,
    boolean readMaxScore,
    boolean readCompletionStatus,
    boolean readProgressMeasure,
    boolean writeRawScore,
    boolean writeMinScore,
    boolean writeMaxScore,
    boolean writeCompletionStatus,
    boolean writeProgressMeasure) {}
