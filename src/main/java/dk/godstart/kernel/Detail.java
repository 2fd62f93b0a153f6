package dk.godstart.kernel;

import java.util.List;

/**
 * One specific thing that is wrong, with where it is (a field, a zip entry, a manifest element) and
 * the arguments of its message.
 */
public record Detail(String code, String location, List<Object> args) {

  public Detail {
    args = List.copyOf(args);
  }

  public static Detail of(String code, String location, Object... args) {
    return new Detail(code, location, List.of(args));
  }
}
