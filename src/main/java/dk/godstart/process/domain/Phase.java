package dk.godstart.process.domain;

/** The four phases of an introduction programme (KL and DS). */
public enum Phase {
  /** Before the start date: preboarding. */
  FORBEREDELSE,
  /** Start-up: agreeing expectations. */
  OPSTART,
  /** Learning, about three months. */
  LAERING,
  /** The closing talk and the next steps. */
  AFSLUTNING
}
