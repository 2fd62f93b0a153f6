package dk.godstart.reflection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.kernel.Conflict;
import dk.godstart.reflection.domain.NoteState.Outcome;
import org.junit.jupiter.api.Test;

class NoteStateTest {

  @Test
  void shouldGoFromDraftToSubmittedToAnsweredToReviewed() {
    assertEquals(NoteState.REVIEWED, NoteState.DRAFT.submit().answer().review(Outcome.REVIEWED));
  }

  @Test
  void shouldGoToDiscussAndBecomeReviewedWhenDiscussed() {
    NoteState discuss = NoteState.SUBMITTED.answer().review(Outcome.DISCUSS);

    assertEquals(NoteState.DISCUSS, discuss);
    assertEquals(NoteState.REVIEWED, discuss.discussed());
  }

  @Test
  void shouldLetAMentorReviewWithoutAnswering() {
    assertEquals(NoteState.REVIEWED, NoteState.SUBMITTED.review(Outcome.REVIEWED));
  }

  @Test
  void shouldRefuseToSubmitTwice() {
    Conflict refused = assertThrows(Conflict.class, () -> NoteState.SUBMITTED.submit());
    assertEquals("note.submitted", refused.code());
  }

  @Test
  void shouldRefuseToAnswerOrReviewADraft() {
    assertThrows(Conflict.class, () -> NoteState.DRAFT.answer());
    assertThrows(Conflict.class, () -> NoteState.DRAFT.review(Outcome.REVIEWED));
  }

  @Test
  void shouldRefuseToReviewAReviewedNoteAgain() {
    assertThrows(Conflict.class, () -> NoteState.REVIEWED.review(Outcome.DISCUSS));
  }

  @Test
  void shouldRefuseToMarkANoteToDiscussTwice() {
    assertThrows(Conflict.class, () -> NoteState.DISCUSS.review(Outcome.DISCUSS));
  }

  @Test
  void shouldOnlyLetANoteToDiscussBeDiscussed() {
    assertThrows(Conflict.class, () -> NoteState.ANSWERED.discussed());
    assertThrows(Conflict.class, () -> NoteState.DRAFT.discussed());
  }

  @Test
  void shouldKeepAnsweredStatesWhenAMentorAnswersAgain() {
    assertEquals(NoteState.ANSWERED, NoteState.ANSWERED.answer());
    assertEquals(NoteState.DISCUSS, NoteState.DISCUSS.answer());
  }

  @Test
  void shouldOnlyLetDraftsBeEditedAndKeepThemPrivate() {
    assertTrue(NoteState.DRAFT.isEditable());
    assertFalse(NoteState.DRAFT.isShared());
    assertFalse(NoteState.SUBMITTED.isEditable());
    assertTrue(NoteState.SUBMITTED.isShared());
  }

  @Test
  void shouldParseOnlyTheTwoOutcomes() {
    assertEquals(Outcome.DISCUSS, Outcome.parse("discuss"));
    assertEquals(Outcome.REVIEWED, Outcome.parse("reviewed"));
    assertNull(Outcome.parse("answered"));
    assertNull(Outcome.parse(null));
  }
}
