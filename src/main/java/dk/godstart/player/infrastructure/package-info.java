/**
 * The player's keys on disk and its content origin's HTTP listener: the parts that talk to the
 * outside rather than to the database.
 */
package dk.godstart.player.infrastructure;
