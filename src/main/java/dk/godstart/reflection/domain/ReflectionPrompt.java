package dk.godstart.reflection.domain;

import dk.godstart.catalog.domain.LearningModule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One of a module's one to three reflection prompts, set by an author. */
@Entity
@Table(name = "reflection_prompt")
public class ReflectionPrompt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "module_id")
  private LearningModule module;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 500)
  private String text;

  protected ReflectionPrompt() {}

  public ReflectionPrompt(LearningModule module, int position, String text) {
    this.module = module;
    this.position = position;
    this.text = text;
  }

  public int position() {
    return position;
  }

  public String text() {
    return text;
  }
}
