package dk.godstart.catalog.infrastructure;

import dk.godstart.kernel.Detail;

/**
 * Ends reading a package at the first problem that makes going on pointless (a hostile entry, XML
 * that cannot be parsed). Only used inside this package: the public methods turn it into a value.
 */
final class Refused extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Detail detail;

  Refused(String code, String location, Object... args) {
    super(code, null, false, false);
    this.detail = Detail.of(code, location, args);
  }

  Detail detail() {
    return detail;
  }
}
