package dk.godstart.catalog.domain.manifest;

import java.util.List;

/**
 * An {@code imsss:primaryObjective} or {@code imsss:objective}.
 *
 * @param satisfiedByMeasure whether the measure alone decides satisfaction (default false)
 * @param minNormalizedMeasure the measure that satisfies it, -1 to 1 (default 1.0)
 * @param mapInfo how it reads and writes shared global objectives
 */
public record Objective(
    String objectiveId,
    boolean satisfiedByMeasure,
    double minNormalizedMeasure,
    List<MapInfo> mapInfo) {

  public Objective {
    mapInfo = ImmutableLists.copy(mapInfo);
  }
}
