/**
 * Catalog: learning modules, their package versions, the manifest model, the import of SCORM
 * packages (zip and manifest) and the content store.
 *
 * <p>Design decisions of the import:
 *
 * <ul>
 *   <li>One pass over the upload. {@link dk.godstart.catalog.infrastructure.PackageUnpacker}
 *       streams the zip once with Commons Compress ({@code ZipArchiveInputStream}) in 64 KiB steps,
 *       never holding a whole zip or entry in memory, and writes each entry as it comes. Limits
 *       (entries, unpacked bytes, compression ratio beyond a threshold) are enforced from what
 *       actually inflates, not from the sizes the headers claim, so a zip bomb is stopped while it
 *       inflates.
 *   <li>The central directory from the tail. A streaming reader never sees the central directory,
 *       yet only it marks symbolic links, and an entry listed in only one of local headers and
 *       central directory is a way to hide content from one kind of zip tool. The raw upload is
 *       teed into a bounded ring buffer (8 MiB); after the last entry the end record (and zip64
 *       record) and the file headers are parsed from it. A larger central directory is refused
 *       rather than read twice.
 *   <li>Nothing outside the target, nothing left on failure. Entry names are checked as written (no
 *       "..", absolute paths, drive letters, backslashes, bad encodings), made canonical, resolved
 *       and proven inside the target; files are only created new, so two spellings of one name
 *       collide instead of overwriting. Any refusal removes the target directory whole.
 *   <li>Errors are values. Every problem is a kernel {@link dk.godstart.kernel.Detail} with a
 *       stable code from {@link dk.godstart.catalog.domain.imports.ProblemCodes}, a location (zip
 *       entry or manifest element) and message arguments; texts live in the kernel's error bundle
 *       in Danish and English. Results are values too ({@code UnpackOutcome}, {@code
 *       ManifestReading}), not exceptions with strings.
 *   <li>Rules are classes. What a valid package must satisfy is a list of small, pure {@link
 *       dk.godstart.catalog.domain.imports.PackageRule}s, each tested on its own; all run, so the
 *       author sees every problem at once.
 *   <li>The manifest model is immutable records stored as JSON, with the SCORM 2004 defaults filled
 *       in and sequencing collections already merged, so the player can hand the runtime its
 *       activity tree without the XML. The reader is lenient about spelling (case, prefixes,
 *       exporters' schemaversion texts) and strict about safety (no DTD, no entities).
 * </ul>
 */
package dk.godstart.catalog;
