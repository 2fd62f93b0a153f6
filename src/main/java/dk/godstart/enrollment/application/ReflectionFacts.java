package dk.godstart.enrollment.application;

import java.util.Map;

/**
 * The path's question to the reflection feature, which stands above enrollment: how far did the
 * hire's note about each module get? Reflection implements it, so enrollment never imports it.
 */
public interface ReflectionFacts {

  /** The hire's latest note about a module: its id and its state as the REST API spells it. */
  record NoteOnPath(long noteId, String state, boolean submitted, boolean reviewed) {}

  /** The latest note per module id of the enrolment's hire. */
  Map<Long, NoteOnPath> notesByModule(long enrollmentId);
}
