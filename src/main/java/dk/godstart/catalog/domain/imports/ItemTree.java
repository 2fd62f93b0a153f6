package dk.godstart.catalog.domain.imports;

import dk.godstart.catalog.domain.manifest.Item;
import dk.godstart.catalog.domain.manifest.Manifest;
import dk.godstart.catalog.domain.manifest.Organization;
import java.util.ArrayList;
import java.util.List;

/** Walks every item of every organization, parents before children, in document order. */
final class ItemTree {

  private ItemTree() {}

  static List<Item> items(Manifest manifest) {
    List<Item> all = new ArrayList<>();
    for (Organization organization : manifest.organizations()) {
      addAll(organization.items(), all);
    }
    return all;
  }

  private static void addAll(List<Item> items, List<Item> all) {
    for (Item item : items) {
      all.add(item);
      addAll(item.items(), all);
    }
  }
}
