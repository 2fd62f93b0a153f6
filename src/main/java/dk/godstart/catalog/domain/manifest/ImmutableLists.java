package dk.godstart.catalog.domain.manifest;

import java.util.List;

/**
 * Copies record list components. JSON-B hands a missing array to a record's constructor as null;
 * the model answers an empty list instead, so that no caller needs a null check.
 */
final class ImmutableLists {

  private ImmutableLists() {}

  static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
