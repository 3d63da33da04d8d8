package org.psp.model.fbi;

import java.nio.file.Path;

/**
 * A file that cannot be read as an FBI city table: missing or unreadable, not an Excel 97 workbook
 * nor a CSV, too large, or without the table's headers. The message names the file and says what is
 * wrong with it, in words for the person who gave it.
 */
public final class CityTableException extends Exception {

  private static final long serialVersionUID = 1L;

  /** The file. */
  private final transient Path file;

  /**
   * A problem with {@code file}.
   *
   * @param file the file
   * @param problem what is wrong with it, without the file's name, which the message starts with
   */
  public CityTableException(Path file, String problem) {
    super(file + ": " + problem);
    this.file = file;
  }

  /**
   * A problem with {@code file} that a library reported.
   *
   * @param file the file
   * @param problem what is wrong with it, without the file's name
   * @param cause what the library threw
   */
  public CityTableException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
  }

  /** The file that could not be read. */
  public Path file() {
    return file;
  }
}
