package dk.godstart.catalog.domain.manifest;

/**
 * An {@code imsss:mapInfo}: a link between a local objective and a global one. By default the local
 * objective reads the global status and measure and writes neither.
 */
public record MapInfo(
    String targetObjectiveId,
    boolean readSatisfiedStatus,
    boolean readNormalizedMeasure,
    boolean writeSatisfiedStatus,
    boolean writeNormalizedMeasure) {}
