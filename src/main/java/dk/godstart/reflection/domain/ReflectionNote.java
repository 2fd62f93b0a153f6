package dk.godstart.reflection.domain;

import dk.godstart.catalog.domain.LearningModule;
import dk.godstart.enrollment.domain.Enrollment;
import dk.godstart.kernel.Conflict;
import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.people.domain.Account;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A hire's reflection note: about a completed attempt of a module, or a free logbook entry (no
 * module). The hire answers prompts while it is a draft; once submitted the text is fixed and the
 * thread carries what follows. One mentor at a time may take it, so the shared queue's work is not
 * done twice.
 */
@Entity
@Table(name = "reflection_note")
public class ReflectionNote {

  /** Longest answer to one prompt, in characters. */
  public static final int MAX_ANSWER = 10_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "enrollment_id")
  private Enrollment enrollment;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "author_id")
  private Account author;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "module_id")
  private LearningModule module;

  @Column(name = "attempt_id")
  private Long attemptId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private NoteState state = NoteState.DRAFT;

  @Version private long version;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "taken_by_id")
  private Account takenBy;

  @Column(name = "taken_at")
  private Instant takenAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "reviewed_by_id")
  private Account reviewedBy;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "discussed_in_id")
  private StatusMeeting discussedIn;

  // Answers change in place by position; only the tail is ever removed, so no position clashes.
  @OneToMany(mappedBy = "note", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<NoteAnswer> answers = new ArrayList<>();

  @OneToMany(mappedBy = "note", cascade = CascadeType.ALL)
  @OrderBy("createdAt, id")
  private List<NoteComment> comments = new ArrayList<>();

  @OneToMany(mappedBy = "note", cascade = CascadeType.ALL)
  @OrderBy("readAt, id")
  private List<NoteRead> reads = new ArrayList<>();

  protected ReflectionNote() {}

  /** A new draft; {@code module} and {@code attemptId} are null for a logbook entry. */
  public ReflectionNote(
      Enrollment enrollment,
      Account author,
      LearningModule module,
      Long attemptId,
      List<Answer> answers,
      Instant now) {
    this.enrollment = enrollment;
    this.author = author;
    this.module = module;
    this.attemptId = attemptId;
    this.createdAt = now;
    this.updatedAt = now;
    write(answers);
  }

  /** A prompt and the hire's text for it. */
  public record Answer(String prompt, String text) {}

  /** Rewrites the draft's answers; a stale version or a submitted note is a conflict. */
  public void edit(List<Answer> newAnswers, long expectedVersion, Instant now) {
    if (!state.isEditable()) {
      throw new Conflict("note.submitted");
    }
    if (expectedVersion != version) {
      throw new Conflict("note.stale");
    }
    write(newAnswers);
    this.updatedAt = now;
  }

  private void write(List<Answer> newAnswers) {
    checkAnswers(newAnswers);
    for (int i = 0; i < newAnswers.size(); i++) {
      Answer a = newAnswers.get(i);
      if (i < answers.size()) {
        answers.get(i).rewrite(a.prompt(), a.text());
      } else {
        answers.add(new NoteAnswer(this, i, a.prompt(), a.text()));
      }
    }
    while (answers.size() > newAnswers.size()) {
      answers.remove(answers.size() - 1);
    }
  }

  /** The rules a note's answers follow: one to ten, short prompts, no CPR numbers. */
  public static void checkAnswers(List<Answer> answers) {
    if (answers == null || answers.isEmpty() || answers.size() > 10) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("note.answers", "answers")));
    }
    List<Detail> details = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      Answer a = answers.get(i);
      if (a == null || a.prompt() == null || a.prompt().isBlank() || a.prompt().length() > 500) {
        details.add(Detail.of("note.prompt", "answers[" + i + "].prompt"));
      } else if (a.text() == null || a.text().length() > MAX_ANSWER) {
        details.add(Detail.of("note.text-length", "answers[" + i + "].text", MAX_ANSWER));
      } else if (CprNumbers.appearIn(a.text())) {
        details.add(Detail.of("note.cpr", "answers[" + i + "].text"));
      }
    }
    if (!details.isEmpty()) {
      throw new InvalidInput("invalid-input", details);
    }
  }

  public void submit(Instant now) {
    if (answers.stream().allMatch(a -> a.text().isBlank())) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("note.empty", "answers")));
    }
    this.state = state.submit();
    this.submittedAt = now;
    this.updatedAt = now;
  }

  /** A mentor takes the note; another mentor's hold is a conflict, one's own is kept. */
  public void take(Account mentor, Instant now) {
    if (!state.isShared()) {
      throw new Conflict("note.draft");
    }
    if (takenBy != null && !takenBy.id().equals(mentor.id())) {
      throw new Conflict("note.taken", takenBy.displayName());
    }
    if (takenBy == null) {
      this.takenBy = mentor;
      this.takenAt = now;
    }
  }

  /** Adds to the thread; a mentor's words answer the note (and take it if nobody had). */
  public NoteComment comment(Account writer, String text, boolean byMentor, Instant now) {
    if (!state.isShared()) {
      throw new Conflict("note.draft");
    }
    checkComment(text);
    NoteComment comment = new NoteComment(this, writer, text.strip(), now);
    comments.add(comment);
    if (byMentor) {
      if (takenBy == null) {
        take(writer, now);
      }
      this.state = state.answer();
      if (answeredAt == null) {
        this.answeredAt = now;
      }
    }
    this.updatedAt = now;
    return comment;
  }

  public static void checkComment(String text) {
    if (text == null || text.isBlank() || text.length() > MAX_ANSWER) {
      throw new InvalidInput(
          "invalid-input", List.of(Detail.of("note.text-length", "text", MAX_ANSWER)));
    }
    if (CprNumbers.appearIn(text)) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("note.cpr", "text")));
    }
  }

  public void review(NoteState.Outcome outcome, Account mentor, Instant now) {
    this.state = state.review(outcome);
    if (takenBy == null) {
      this.takenBy = mentor;
      this.takenAt = now;
    }
    if (state == NoteState.REVIEWED) {
      this.reviewedAt = now;
      this.reviewedBy = mentor;
    }
    this.updatedAt = now;
  }

  /** The note was talked over at this meeting, now summed up. */
  public void discussedAt(StatusMeeting meeting, Account mentor, Instant now) {
    this.state = state.discussed();
    this.discussedIn = meeting;
    this.reviewedAt = now;
    this.reviewedBy = mentor;
    this.updatedAt = now;
  }

  public void recordRead(Account reader, Instant now) {
    reads.add(new NoteRead(this, reader, now));
  }

  public boolean isLogbook() {
    return module == null;
  }

  public Long id() {
    return id;
  }

  public Enrollment enrollment() {
    return enrollment;
  }

  public Account author() {
    return author;
  }

  public LearningModule module() {
    return module;
  }

  public Long attemptId() {
    return attemptId;
  }

  public NoteState state() {
    return state;
  }

  public long version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Account takenBy() {
    return takenBy;
  }

  public Instant reviewedAt() {
    return reviewedAt;
  }

  public StatusMeeting discussedIn() {
    return discussedIn;
  }

  public List<NoteAnswer> answers() {
    return Collections.unmodifiableList(answers);
  }

  public List<NoteComment> comments() {
    return Collections.unmodifiableList(comments);
  }

  public List<NoteRead> reads() {
    return Collections.unmodifiableList(reads);
  }
}
