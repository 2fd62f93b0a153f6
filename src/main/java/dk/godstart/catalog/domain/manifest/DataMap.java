package dk.godstart.catalog.domain.manifest;

/**
 * An {@code adlcp:map} of SCORM 2004 4th edition: shared data buckets the item may read or write.
 */
public record DataMap(String targetId, boolean readSharedData, boolean writeSharedData) {}
