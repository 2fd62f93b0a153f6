package dk.godstart.catalog.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dk.godstart.catalog.ScormPackageBuilder;
import dk.godstart.kernel.Detail;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A sandbox for unpacking: {@code root/store/versions/v1} is the target, and the tests can prove
 * that nothing but the target's parents exists under {@code root} afterwards.
 */
final class Unpacking {

  final Path root;
  final Path parent;
  final Path target;

  Unpacking(Path root) {
    this.root = root;
    this.parent = root.resolve("store/versions");
    this.target = parent.resolve("v1");
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  UnpackOutcome unpack(ScormPackageBuilder builder) {
    return unpack(new PackageUnpacker(ImportLimits.defaults()), builder.build());
  }

  UnpackOutcome unpack(PackageUnpacker unpacker, byte[] zip) {
    return unpacker.unpack(new ByteArrayInputStream(zip), target);
  }

  UnpackOutcome.Unpacked accepted(UnpackOutcome outcome) {
    return assertInstanceOf(UnpackOutcome.Unpacked.class, outcome, outcome::toString);
  }

  /** Asserts one problem with that code, no target, and nothing else written under the root. */
  Detail rejected(UnpackOutcome outcome, String code) {
    UnpackOutcome.Rejected rejected =
        assertInstanceOf(UnpackOutcome.Rejected.class, outcome, outcome::toString);
    assertEquals(code, rejected.problems().get(0).code(), rejected::toString);
    assertFalse(Files.exists(target), "the target directory must be gone");
    assertEquals(List.of(root, root.resolve("store"), parent), everythingUnderRoot());
    return rejected.problems().get(0);
  }

  List<Path> everythingUnderRoot() {
    try (Stream<Path> all = Files.walk(root)) {
      return all.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
