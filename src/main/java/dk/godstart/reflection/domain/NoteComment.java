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

/** A message in a note's thread: a mentor's answer or the hire's addition. */
@Entity
@Table(name = "reflection_comment")
public class NoteComment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "note_id")
  private ReflectionNote note;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "author_id")
  private Account author;

  @Column(nullable = false)
  private String text;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected NoteComment() {}

  NoteComment(ReflectionNote note, Account author, String text, Instant createdAt) {
    this.note = note;
    this.author = author;
    this.text = text;
    this.createdAt = createdAt;
  }

  public Account author() {
    return author;
  }

  public String text() {
    return text;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
