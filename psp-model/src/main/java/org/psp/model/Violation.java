package org.psp.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One invalid value found while building a model object.
 *
 * @param field the field's path relative to the object being built, e.g. {@code robberies} or
 *     {@code statistics[2].year}
 * @param value the rejected value as text ({@code null} when the value was absent)
 * @param message what the rule is, in plain words, e.g. {@code robberies must be >= 0 but was -4}
 */
public record Violation(String field, String value, String message) {

  /** Checks that field and message are present. */
  public Violation {
    checkNotNull(field, "field");
    checkNotNull(message, "message");
  }

  /**
   * The message without the field's name it starts with, for a reader that names the field already
   * ({@code statistics[0].robberies: must be >= 0 but was -4}); the whole message when it does not
   * start with it.
   */
  public String withoutField() {
    return message.startsWith(field + " ") ? message.substring(field.length() + 1) : message;
  }

  @Override
  public String toString() {
    return message;
  }
}
