/**
 * The shared kernel: the few types every feature may use and none owns.
 *
 * <p>A failure that a caller must see is a {@link dk.godstart.kernel.Problem}: a value with a
 * stable code (the contract REST clients rely on), arguments for the message and optional details.
 * Features throw problems from their application layer; the web boundary of {@code platform} turns
 * them into the one error shape, {@link dk.godstart.kernel.ErrorBody}, with the message in Danish
 * or English ({@link dk.godstart.kernel.ErrorTexts}). This package exists because the features
 * stand on each other in one direction only ({@code people} at the bottom, {@code platform} on
 * top), so the error vocabulary cannot live in any of them. The same holds for the platform's one
 * time zone, {@link dk.godstart.kernel.DanishTime}.
 */
package dk.godstart.kernel;
