package dk.godstart.testsupport;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every REST endpoint of the application, found by reflection over the JAX-RS resource classes the
 * build compiled ({@code target/classes}), so that tables of endpoints in tests cannot silently
 * miss a new one.
 */
public final class RestEndpoints {

  private static final Set<Class<? extends Annotation>> PARAMETER_SOURCES =
      Set.of(
          PathParam.class,
          QueryParam.class,
          HeaderParam.class,
          CookieParam.class,
          MatrixParam.class,
          FormParam.class,
          BeanParam.class,
          Context.class);

  private RestEndpoints() {}

  /**
   * One endpoint: {@code "POST /enrollments/{id}/releases"} (the path below {@code /api/v1}), and
   * whether it reads a JSON body.
   */
  public record Endpoint(String method, String path, boolean jsonBody) {

    public String key() {
      return method + " " + path;
    }
  }

  public static List<Endpoint> all() {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Class<?> resource : resourceClasses()) {
      String base = resource.getAnnotation(Path.class).value();
      for (Method method : resource.getMethods()) {
        String http = httpMethod(method);
        if (http == null) {
          continue;
        }
        Path sub = method.getAnnotation(Path.class);
        String path = "/" + strip(base) + (sub == null ? "" : "/" + strip(sub.value()));
        endpoints.add(new Endpoint(http, path, readsJson(resource, method)));
      }
    }
    endpoints.sort(Comparator.comparing(Endpoint::key));
    return endpoints;
  }

  private static String strip(String path) {
    return path.replaceAll("^/+|/+$", "");
  }

  private static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  /** Whether the method takes an entity (a parameter from no other source) that is JSON. */
  private static boolean readsJson(Class<?> resource, Method method) {
    boolean entity =
        Arrays.stream(method.getParameters()).anyMatch(RestEndpoints::isEntityParameter);
    Consumes consumes =
        method.isAnnotationPresent(Consumes.class)
            ? method.getAnnotation(Consumes.class)
            : resource.getAnnotation(Consumes.class);
    boolean json =
        consumes == null
            || Arrays.stream(consumes.value())
                .anyMatch(t -> t.contains(MediaType.APPLICATION_JSON));
    return entity && json;
  }

  private static boolean isEntityParameter(Parameter parameter) {
    return Arrays.stream(parameter.getAnnotations())
        .noneMatch(a -> PARAMETER_SOURCES.contains(a.annotationType()));
  }

  private static List<Class<?>> resourceClasses() {
    java.nio.file.Path classes = java.nio.file.Path.of("target", "classes");
    try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
      List<Class<?>> resources = new ArrayList<>();
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString();
        if (name.contains("$") || name.endsWith("package-info.class")) {
          continue;
        }
        Class<?> type = load(name.replace('/', '.').replaceAll("\\.class$", ""));
        if (type != null && type.isAnnotationPresent(Path.class)) {
          resources.add(type);
        }
      }
      return resources;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, RestEndpoints.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }
}
