package dk.godstart.enrollment.domain;

import java.util.Locale;

/**
 * Where a module stands on a hire's path, the one vocabulary of pages, REST and dashboards: {@code
 * locked → unlocked → in-progress → completed → reflected → reviewed}. Reflected: a note about the
 * module was submitted; reviewed: a mentor marked that note reviewed or it was discussed at a
 * status meeting. Each step forward is a transition that refuses to skip a state, so a state can
 * only be reached the way the hire reaches it; {@link #of} replays the facts through them.
 */
public enum PathState {
  LOCKED,
  UNLOCKED,
  IN_PROGRESS,
  COMPLETED,
  REFLECTED,
  REVIEWED;

  /** What is known about one module of one hire, from the features that record it. */
  public record Facts(boolean unlocked, boolean started, boolean completed, Reflection note) {}

  /** How far the hire's note about a module got: submitted (reflected) and reviewed. */
  public record Reflection(boolean submitted, boolean reviewed) {}

  /**
   * The state the facts lead to. A completion or a note on a module that is not (or no longer)
   * unlocked still counts: what the hire did stays done.
   */
  public static PathState of(Facts facts) {
    PathState state = LOCKED;
    if (facts.unlocked() || facts.started() || facts.completed()) {
      state = state.unlock();
    }
    if (facts.started() || facts.completed()) {
      state = state.start();
    }
    if (facts.completed()) {
      state = state.complete();
      Reflection note = facts.note();
      if (note != null && note.submitted()) {
        state = state.reflect();
        if (note.reviewed()) {
          state = state.review();
        }
      }
    }
    return state;
  }

  public PathState unlock() {
    return step(LOCKED, UNLOCKED);
  }

  /** The hire opens the module for the first time. */
  public PathState start() {
    return step(UNLOCKED, IN_PROGRESS);
  }

  public PathState complete() {
    return step(IN_PROGRESS, COMPLETED);
  }

  /** The hire submitted a note about the module. */
  public PathState reflect() {
    return step(COMPLETED, REFLECTED);
  }

  /** A mentor reviewed the note, or it was discussed at a status meeting. */
  public PathState review() {
    return step(REFLECTED, REVIEWED);
  }

  private PathState step(PathState from, PathState to) {
    if (this != from) {
      throw new IllegalStateException("A module " + value() + " cannot become " + to.value());
    }
    return to;
  }

  public boolean isLocked() {
    return this == LOCKED;
  }

  /** Whether the hire may open the module in the player. */
  public boolean mayOpen() {
    return this != LOCKED;
  }

  /** Whether the hire may write (or go on writing) a note about the module now. */
  public boolean mayWriteNote() {
    return this == COMPLETED;
  }

  /** Whether the hire finished the module (a note or a review does not undo that). */
  public boolean isCompleted() {
    return ordinal() >= COMPLETED.ordinal();
  }

  public boolean isStarted() {
    return ordinal() >= IN_PROGRESS.ordinal();
  }

  /** The name in REST and in the pages' CSS: {@code in-progress}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String toString() {
    return value();
  }
}
