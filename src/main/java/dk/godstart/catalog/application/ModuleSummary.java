package dk.godstart.catalog.application;

import dk.godstart.catalog.domain.Competence;
import dk.godstart.catalog.domain.ModuleKind;
import dk.godstart.catalog.domain.manifest.ScormEdition;
import java.time.Instant;

/** A line of the module list: the module with its current version. */
public record ModuleSummary(
    long id,
    String title,
    ModuleKind kind,
    Competence competence,
    ScormEdition edition,
    int version,
    long versionId,
    long sizeBytes,
    String uploadedBy,
    Instant uploadedAt,
    int scoCount) {}
