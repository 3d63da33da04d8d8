package org.psp.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Typed, checked access to the fields of one JSON object. Every wrong type, missing required field
 * and unknown field becomes a problem at its path; the accessors then return empty, so reading goes on.
 */
final class ObjectFields {
  private final JsonNode node;
  private final String path;
  private final Problems problems;

  private ObjectFields(JsonNode node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  /**
   * The fields of {@code node}, which must be an object with no field outside {@code known};
   * empty (with a problem) if it is not an object.
   */
  static Optional<ObjectFields> of(JsonNode node, String path, Problems problems, ImmutableSet<String> known) {
    if (!node.isObject()) {
      problems.add(path, "must be an object but was " + describe(node));
      return Optional.empty();
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        problems.add(child(path, name), "unknown field \"" + name + "\"; known fields: " + String.join(", ", known));
      }
    }
    return Optional.of(new ObjectFields(node, path, problems));
  }

  static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  static String element(String path, int index) {
    return path + "[" + index + "]";
  }

  String path(String name) {
    return child(path, name);
  }

  /** Whether the object has the field, JSON null or not. */
  boolean has(String name) {
    return node.has(name);
  }

  /** Whether the field is there as JSON null. */
  boolean isNull(String name) {
    JsonNode value = node.get(name);
    return value != null && value.isNull();
  }

  /** The field's node, absent when missing or JSON null. */
  Optional<JsonNode> optional(String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  /** The field's node; a problem when missing. */
  Optional<JsonNode> required(String name) {
    Optional<JsonNode> value = optional(name);
    if (value.isEmpty()) {
      problems.add(path(name), "is required but missing");
    }
    return value;
  }

  Optional<String> text(String name, boolean required) {
    return node(name, required).flatMap(v -> {
      if (!v.isTextual()) {
        problems.add(path(name), "must be a string but was " + describe(v));
        return Optional.empty();
      }
      if (v.textValue().length() > SiteFileReader.MAX_STRING_LENGTH) {
        problems.add(path(name), String.format(Locale.US, "must be at most %,d characters (far more than a name or an id "
            + "needs) but was a text of %,d", SiteFileReader.MAX_STRING_LENGTH, v.textValue().length()));
        return Optional.empty();
      }
      return Optional.of(v.textValue());
    });
  }

  OptionalInt integer(String name, boolean required) {
    Optional<JsonNode> value = node(name, required);
    if (value.isEmpty()) {
      return OptionalInt.empty();
    }
    JsonNode v = value.get();
    // A whole number written with an exponent or a point (1e5, 100000.0) is the number it says.
    if (v.isFloatingPointNumber() && v.doubleValue() == Math.rint(v.doubleValue())
        && Math.abs(v.doubleValue()) <= Integer.MAX_VALUE) {
      return OptionalInt.of((int) v.doubleValue());
    }
    if (!v.isIntegralNumber()) {
      problems.add(path(name), "must be a whole number but was " + describe(v));
      return OptionalInt.empty();
    }
    if (!v.canConvertToInt()) {
      problems.add(path(name), "must be a whole number of at most " + Integer.MAX_VALUE + " but was " + describe(v));
      return OptionalInt.empty();
    }
    return OptionalInt.of(v.intValue());
  }

  OptionalDouble number(String name, boolean required) {
    Optional<JsonNode> value = node(name, required);
    if (value.isEmpty()) {
      return OptionalDouble.empty();
    }
    JsonNode v = value.get();
    if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
      problems.add(path(name), "must be a number but was " + describe(v));
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(v.doubleValue());
  }

  Optional<Boolean> bool(String name) {
    return optional(name).flatMap(v -> {
      if (!v.isBoolean()) {
        problems.add(path(name), "must be true or false but was " + describe(v));
        return Optional.empty();
      }
      return Optional.of(v.booleanValue());
    });
  }

  <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type, boolean required) {
    return node(name, required).flatMap(v -> enumOf(v, path(name), type, problems));
  }

  Optional<LocalDate> date(String name) {
    return text(name, false).flatMap(text -> {
      try {
        return Optional.of(LocalDate.parse(text));
      } catch (DateTimeParseException e) {
        problems.add(path(name), "must be a date such as 2019-06-03 but was \"" + text + "\"");
        return Optional.empty();
      }
    });
  }

  /** The elements of an array field with their paths; empty when absent or not an array. */
  List<Element> array(String name, boolean required) {
    Optional<JsonNode> value = node(name, required);
    if (value.isEmpty()) {
      return List.of();
    }
    if (!value.get().isArray()) {
      problems.add(path(name), "must be an array but was " + describe(value.get()));
      return List.of();
    }
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < value.get().size(); i++) {
      elements.add(new Element(value.get().get(i), element(path(name), i)));
    }
    return elements;
  }

  /** An array of strings; an element that is no string is a problem and left out. */
  List<String> textArray(String name) {
    List<String> values = new ArrayList<>();
    for (Element e : array(name, false)) {
      if (e.node().isTextual()) {
        values.add(e.node().textValue());
      } else {
        problems.add(e.path(), "must be a string but was " + describe(e.node()));
      }
    }
    return values;
  }

  /** An array of enum constants; bad elements are problems and left out. */
  <E extends Enum<E>> List<E> enumArray(String name, Class<E> type) {
    List<E> values = new ArrayList<>();
    for (Element e : array(name, false)) {
      enumOf(e.node(), e.path(), type, problems).ifPresent(values::add);
    }
    return values;
  }

  private Optional<JsonNode> node(String name, boolean required) {
    return required ? required(name) : optional(name);
  }

  static <E extends Enum<E>> Optional<E> enumOf(JsonNode v, String path, Class<E> type, Problems problems) {
    String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    if (v.isTextual()) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(v.textValue())) {
          return Optional.of(constant);
        }
      }
    }
    problems.add(path, "must be one of " + allowed + " but was " + describe(v));
    return Optional.empty();
  }

  /** A value as it stood in the file, shortened if long. */
  static String describe(JsonNode v) {
    String text = v.toString();
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }

  /** An array element and its path. */
  record Element(JsonNode node, String path) {}
}
