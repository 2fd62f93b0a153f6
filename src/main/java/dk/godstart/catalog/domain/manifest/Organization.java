package dk.godstart.catalog.domain.manifest;

import java.util.List;

/**
 * An {@code <organization>}: one activity tree over the package's resources.
 *
 * @param sequencing the organization's own sequencing (the root activity), or null
 * @param objectivesGlobalToSystem SCORM 2004 {@code adlseq:objectivesGlobalToSystem} (default true)
 * @param sharedDataGlobalToSystem SCORM 2004 4th edition {@code adlcp:sharedDataGlobalToSystem}
 *     (default true)
 */
public record Organization(
    String identifier,
    String title,
    List<Item> items,
    Sequencing sequencing,
    boolean objectivesGlobalToSystem,
    boolean sharedDataGlobalToSystem) {

  public Organization {
    items = ImmutableLists.copy(items);
  }
}
