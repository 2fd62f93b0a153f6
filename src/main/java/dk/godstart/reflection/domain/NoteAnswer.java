package dk.godstart.reflection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The hire's answer to one prompt of a note; the prompt is kept as it was asked. */
@Entity
@Table(name = "reflection_answer")
public class NoteAnswer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "note_id")
  private ReflectionNote note;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 500)
  private String prompt;

  @Column(nullable = false)
  private String text;

  protected NoteAnswer() {}

  NoteAnswer(ReflectionNote note, int position, String prompt, String text) {
    this.note = note;
    this.position = position;
    this.prompt = prompt;
    this.text = text;
  }

  void rewrite(String prompt, String text) {
    this.prompt = prompt;
    this.text = text;
  }

  public int position() {
    return position;
  }

  public String prompt() {
    return prompt;
  }

  public String text() {
    return text;
  }
}
