package dk.godstart.catalog.domain;

/** The practice competence (praksiskompetence) a module builds, after KL and DS. */
public enum Competence {
  FAGLIG,
  ORGANISATORISK,
  SOCIAL,
  PRAKTISK
}
