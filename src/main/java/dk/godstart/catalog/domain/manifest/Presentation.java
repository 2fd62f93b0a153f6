package dk.godstart.catalog.domain.manifest;

import java.util.List;

/**
 * {@code adlnav:presentation}: the navigation controls the player must hide while the item runs,
 * because the content offers its own ({@code previous}, {@code continue}, {@code exit}, {@code
 * exitAll}, {@code abandon}, {@code abandonAll}, {@code suspendAll}).
 */
public record Presentation(List<String> hideLmsUi) {

  public Presentation {
    hideLmsUi = ImmutableLists.copy(hideLmsUi);
  }
}
