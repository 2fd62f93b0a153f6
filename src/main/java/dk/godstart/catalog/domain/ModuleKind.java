package dk.godstart.catalog.domain;

/** What a module teaches: the law (lovgivning) or a way of working (drejebog). */
public enum ModuleKind {
  LOVGIVNING,
  DREJEBOG
}
