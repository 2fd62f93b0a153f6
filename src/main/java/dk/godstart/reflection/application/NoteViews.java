package dk.godstart.reflection.application;

import dk.godstart.people.domain.Account;
import dk.godstart.reflection.domain.NoteState;
import dk.godstart.reflection.domain.ReflectionNote;
import java.time.Instant;
import java.util.List;

/** What pages and REST show of notes: records, never the entities. */
public final class NoteViews {

  private NoteViews() {}

  /** A person by user name and name. */
  public record Person(String username, String name) {
    static Person of(Account a) {
      return a == null ? null : new Person(a.username(), a.displayName());
    }
  }

  /** A note in a list: no text. */
  public record NoteSummary(
      long id,
      Long moduleId,
      String moduleTitle,
      NoteState state,
      long version,
      Instant updatedAt,
      Instant submittedAt,
      int comments,
      int reads) {

    static NoteSummary of(ReflectionNote n) {
      return new NoteSummary(
          n.id(),
          n.module() == null ? null : n.module().id(),
          n.module() == null ? null : n.module().title(),
          n.state(),
          n.version(),
          n.updatedAt(),
          n.submittedAt(),
          n.comments().size(),
          n.reads().size());
    }

    public boolean isLogbook() {
      return moduleId == null;
    }
  }

  public record AnswerView(String prompt, String text) {}

  public record CommentView(Person author, String text, Instant at, boolean byHire) {}

  public record ReadView(Person by, Instant at) {}

  /** One note with its text, thread and reads, for its author and the hire's mentors. */
  public record NoteView(
      long id,
      long enrollmentId,
      Person employee,
      Long moduleId,
      String moduleTitle,
      NoteState state,
      long version,
      List<AnswerView> answers,
      List<CommentView> comments,
      List<ReadView> reads,
      Person takenBy,
      Instant createdAt,
      Instant submittedAt,
      boolean mine,
      boolean mentor) {

    static NoteView of(ReflectionNote n, boolean mine, boolean mentor) {
      long hireId = n.author().id();
      return new NoteView(
          n.id(),
          n.enrollment().id(),
          Person.of(n.author()),
          n.module() == null ? null : n.module().id(),
          n.module() == null ? null : n.module().title(),
          n.state(),
          n.version(),
          n.answers().stream().map(a -> new AnswerView(a.prompt(), a.text())).toList(),
          n.comments().stream()
              .map(
                  c ->
                      new CommentView(
                          Person.of(c.author()),
                          c.text(),
                          c.createdAt(),
                          c.author().id() == hireId))
              .toList(),
          n.reads().stream().map(r -> new ReadView(Person.of(r.reader()), r.readAt())).toList(),
          Person.of(n.takenBy()),
          n.createdAt(),
          n.submittedAt(),
          mine,
          mentor);
    }

    public boolean isEditable() {
      return mine && state.isEditable();
    }

    /** A mentor may still take it, answer or decide. */
    public boolean isOpenForMentor() {
      return mentor && state.isShared() && !state.isReviewed();
    }

    public boolean isLogbook() {
      return moduleId == null;
    }
  }

  /** A note waiting in the review queue. */
  public record QueueItem(
      long noteId,
      Person employee,
      String moduleTitle,
      NoteState state,
      Instant submittedAt,
      Person takenBy) {}
}
