package dk.godstart.reflection.domain;

import dk.godstart.kernel.Conflict;
import java.util.Locale;

/**
 * A note's life: the hire writes a {@code draft}, {@code submit}s it (its text is then fixed), a
 * mentor answers it ({@code answered}) and marks it {@code reviewed} or {@code discuss} (til
 * statusmøde); a note to discuss becomes reviewed when a status meeting that discussed it is summed
 * up. A transition that does not fit the state is refused as a conflict.
 */
public enum NoteState {
  DRAFT,
  SUBMITTED,
  ANSWERED,
  REVIEWED,
  DISCUSS;

  /** What a mentor decides after reading a note. */
  public enum Outcome {
    REVIEWED,
    DISCUSS;

    public static Outcome parse(String value) {
      for (Outcome o : values()) {
        if (o.name().toLowerCase(Locale.ROOT).equals(value)) {
          return o;
        }
      }
      return null;
    }
  }

  public NoteState submit() {
    if (this != DRAFT) {
      throw new Conflict("note.submitted");
    }
    return SUBMITTED;
  }

  /** A mentor answered in the thread; a note already further along keeps its state. */
  public NoteState answer() {
    return switch (this) {
      case DRAFT -> throw new Conflict("note.draft");
      case SUBMITTED -> ANSWERED;
      default -> this;
    };
  }

  public NoteState review(Outcome outcome) {
    return switch (this) {
      case DRAFT -> throw new Conflict("note.draft");
      case REVIEWED -> throw new Conflict("note.reviewed");
      case DISCUSS -> {
        if (outcome == Outcome.DISCUSS) {
          throw new Conflict("note.discuss");
        }
        yield REVIEWED;
      }
      case SUBMITTED, ANSWERED -> outcome == Outcome.DISCUSS ? DISCUSS : REVIEWED;
    };
  }

  /** A status meeting discussed the note and was summed up. */
  public NoteState discussed() {
    if (this != DISCUSS) {
      throw new Conflict("note.not-discuss");
    }
    return REVIEWED;
  }

  /** Only a draft's text may change; after submission the hire adds to it in the thread. */
  public boolean isEditable() {
    return this == DRAFT;
  }

  /** Whether someone other than the author may see the note (a draft is the hire's own work). */
  public boolean isShared() {
    return this != DRAFT;
  }

  /** Whether the note waits for a mentor in the review queue. */
  public boolean isWaiting() {
    return this == SUBMITTED || this == ANSWERED;
  }

  public boolean isReviewed() {
    return this == REVIEWED;
  }

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
