package dk.godstart.catalog.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TailRecordingStreamTest {

  private static byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    for (int i = 0; i < count; i++) {
      bytes[i] = (byte) (i * 7);
    }
    return bytes;
  }

  @Test
  void theTailIsTheLastBytesInOrderWhateverTheReadSizes() throws IOException {
    byte[] upload = bytes(1000);
    TailRecordingStream stream = new TailRecordingStream(new ByteArrayInputStream(upload), 64);
    stream.read();
    stream.read(new byte[13], 0, 13);
    stream.skip(101);
    stream.read(new byte[500], 0, 500);
    stream.drain();
    assertEquals(1000, stream.total());
    assertArrayEquals(Arrays.copyOfRange(upload, 936, 1000), stream.tail());
  }

  @Test
  void aShortUploadIsKeptWhole() throws IOException {
    byte[] upload = bytes(10);
    TailRecordingStream stream = new TailRecordingStream(new ByteArrayInputStream(upload), 64);
    stream.drain();
    assertArrayEquals(upload, stream.tail());
  }

  @Test
  void aLimitStopsReadingUntilLifted() throws IOException {
    TailRecordingStream stream = new TailRecordingStream(new ByteArrayInputStream(bytes(100)), 64);
    stream.limitTo(10);
    assertEquals(10, stream.read(new byte[50], 0, 50));
    assertThrows(TailRecordingStream.LimitReached.class, stream::read);
    stream.unlimited();
    assertEquals(50, stream.read(new byte[50], 0, 50));
  }

  @Test
  void closingLeavesTheUploadToItsOwner() {
    boolean[] closed = {false};
    ByteArrayInputStream upload =
        new ByteArrayInputStream(bytes(10)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    new TailRecordingStream(upload, 4).close();
    assertFalse(closed[0]);
  }
}
