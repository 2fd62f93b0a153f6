package dk.godstart.catalog.domain.manifest;

import java.util.List;

/**
 * An {@code adlseq:objective} of SCORM 2004 4th edition: more map info for the {@code imsss}
 * objective with the same {@code objectiveId}.
 */
public record AdlObjective(String objectiveId, List<AdlMapInfo> mapInfo) {

  public AdlObjective {
    mapInfo = ImmutableLists.copy(mapInfo);
  }
}
