/**
 * Reflection: the hire's notes about completed modules and free logbook entries, the review queue
 * shared by the hire's current mentors, status meetings, and in-app notifications.
 *
 * <ul>
 *   <li>Stands on {@code enrollment} (who the hire's current mentors are) and never the other way:
 *       the path learns how far a note got through enrollment's {@code ReflectionFacts} port, which
 *       {@code NoteFacts} here implements.
 *   <li>Who may do what with a note or a meeting is decided in one place, {@code NoteAccess}: the
 *       author (the hire) and the hire's current mentors with the mentor role; leaders get counts
 *       only; buddies, authors and administrators nothing. Everything else fails closed.
 *   <li>A note's states and their transitions are {@code NoteState}; text that looks like a CPR
 *       number is refused by {@code CprNumbers} in every text a person writes here.
 *   <li>Reads by anyone other than the author are recorded and shown to the author.
 *   <li>Note text never leaves through logs or e-mail: a mail says that something waits and links
 *       to it.
 * </ul>
 */
package dk.godstart.reflection;
