package dk.godstart.catalog.infrastructure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A parsed element, looked up leniently: element and attribute names ignore case and namespace
 * prefix, because exported manifests spell {@code scormType}, {@code scormtype} and {@code
 * dataFromLMS} in every way. Only {@code adlseq} elements are told apart by namespace, since {@code
 * objectives}, {@code objective} and {@code mapInfo} exist both there and in {@code imsss}.
 */
final class XmlElement {

  private final String namespace;
  private final String name;
  private final int line;
  private final Map<String, String> attributes = new HashMap<>();
  private final List<XmlElement> children = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  XmlElement(String namespace, String name, int line) {
    this.namespace = namespace == null ? "" : namespace;
    this.name = name;
    this.line = line;
  }

  void putAttribute(String key, String value) {
    attributes.putIfAbsent(key.toLowerCase(Locale.ROOT), value);
  }

  void addChild(XmlElement child) {
    children.add(child);
  }

  void appendText(char[] characters, int start, int length) {
    text.append(characters, start, length);
  }

  String namespace() {
    return namespace;
  }

  String name() {
    return name;
  }

  int line() {
    return line;
  }

  boolean is(String localName) {
    return name.equalsIgnoreCase(localName);
  }

  boolean inAdlseq() {
    return namespace.toLowerCase(Locale.ROOT).contains("adlseq");
  }

  /** The stripped attribute value, or null; {@code xml:base} is asked for as "xml:base". */
  String attribute(String localName) {
    String value = attributes.get(localName.toLowerCase(Locale.ROOT));
    return value == null ? null : value.strip();
  }

  List<XmlElement> children() {
    return List.copyOf(children);
  }

  List<XmlElement> children(String localName) {
    return children.stream().filter(c -> c.is(localName)).toList();
  }

  XmlElement child(String localName) {
    return children.stream().filter(c -> c.is(localName)).findFirst().orElse(null);
  }

  /** The first child of that name in the {@code imsss} (not the {@code adlseq}) namespace. */
  XmlElement imsssChild(String localName) {
    return children.stream().filter(c -> c.is(localName) && !c.inAdlseq()).findFirst().orElse(null);
  }

  XmlElement adlseqChild(String localName) {
    return children.stream().filter(c -> c.is(localName) && c.inAdlseq()).findFirst().orElse(null);
  }

  String text() {
    return text.toString().strip();
  }

  /** The text of the first child of that name, or null when there is no such child. */
  String childText(String localName) {
    XmlElement child = child(localName);
    return child == null ? null : child.text();
  }

  /** The attribute as an XML Schema boolean (true, false, 1, 0; any case), else the default. */
  boolean bool(String localName, boolean otherwise) {
    String value = attribute(localName);
    if ("true".equalsIgnoreCase(value) || "1".equals(value)) {
      return true;
    }
    return "false".equalsIgnoreCase(value) || "0".equals(value) ? false : otherwise;
  }

  /** The attribute as a decimal, or the default when absent or not a number. */
  double decimal(String localName, double otherwise) {
    Double value = parseDecimal(attribute(localName));
    return value == null ? otherwise : value;
  }

  /** The attribute as a whole number, or the default when absent or not a number. */
  Integer integer(String localName, Integer otherwise) {
    String value = attribute(localName);
    try {
      return value == null ? otherwise : Integer.valueOf(value);
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  String string(String localName, String otherwise) {
    String value = attribute(localName);
    return value == null || value.isEmpty() ? otherwise : value;
  }

  /** A decimal as XML Schema writes it; null for anything else (including NaN and infinities). */
  static Double parseDecimal(String text) {
    if (text == null || !text.strip().matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
      return null;
    }
    return Double.valueOf(text.strip());
  }
}
