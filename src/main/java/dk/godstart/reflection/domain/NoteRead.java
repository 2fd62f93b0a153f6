package dk.godstart.reflection.domain;

import dk.godstart.people.domain.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone other than the author read the note: the hire sees who and when. */
@Entity
@Table(name = "reflection_read")
public class NoteRead {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "note_id")
  private ReflectionNote note;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "reader_id")
  private Account reader;

  @Column(name = "read_at", nullable = false)
  private Instant readAt;

  protected NoteRead() {}

  NoteRead(ReflectionNote note, Account reader, Instant readAt) {
    this.note = note;
    this.reader = reader;
    this.readAt = readAt;
  }

  public Account reader() {
    return reader;
  }

  public Instant readAt() {
    return readAt;
  }
}
