package dk.godstart.catalog.domain.manifest;

import java.util.List;

/**
 * An {@code <item>}: an activity of the tree, launching a resource when {@code identifierref} is
 * set and grouping {@code items} otherwise.
 *
 * @param parameters the raw {@code parameters} attribute; {@link Manifest#scos()} appends it to the
 *     launch location
 * @param isvisible whether the table of contents shows the item (default true)
 * @param masteryScore SCORM 1.2 {@code adlcp:masteryscore} (0 to 100), else null
 * @param prerequisites SCORM 1.2 {@code adlcp:prerequisites}, else null
 * @param maxTimeAllowed SCORM 1.2 {@code adlcp:maxtimeallowed} (a timespan), else null
 * @param timeLimitAction {@code adlcp:timelimitaction} (1.2) or {@code adlcp:timeLimitAction}
 *     (2004), else null
 * @param dataFromLms {@code adlcp:datafromlms} (1.2) or {@code adlcp:dataFromLMS} (2004), else null
 * @param completionThreshold SCORM 2004 {@code adlcp:completionThreshold}, else null
 * @param sequencing the item's {@code imsss:sequencing} merged with the collection entry it refers
 *     to, defaults filled in; null when the item has none
 * @param presentation SCORM 2004 {@code adlnav:presentation}, else null
 * @param data SCORM 2004 4th edition {@code adlcp:data} maps
 */
public record Item(
    String identifier,
    String title,
    String identifierref,
    String parameters,
    boolean isvisible,
    List<Item> items,
    Double masteryScore,
    String prerequisites,
    String maxTimeAllowed,
    String timeLimitAction,
    String dataFromLms,
    CompletionThreshold completionThreshold,
    Sequencing sequencing,
    Presentation presentation,
    List<DataMap> data) {

  public Item {
    items = ImmutableLists.copy(items);
    data = ImmutableLists.copy(data);
  }

  /** A visible leaf or parent with only the structural attributes, the rest absent. */
  public static Item of(String identifier, String title, String identifierref, List<Item> items) {
    return new Item(
        identifier,
        title,
        identifierref,
        null,
        true,
        items,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of());
  }
}
