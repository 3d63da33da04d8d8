package org.psp.model.fbi.internal;

import java.nio.file.Path;

/**
 * A sheet that cannot be read: not a readable workbook or CSV text, or larger than a city table can
 * be. The city table reader reports it as its own exception, with the same file and words.
 */
public final class SheetException extends Exception {

  private static final long serialVersionUID = 1L;

  /** The file. */
  private final transient Path file;

  /** The problem, without the file's name. */
  private final String problem;

  /**
   * A problem with {@code file}.
   *
   * @param file the file
   * @param problem what is wrong with it, without the file's name, which the message starts with
   */
  public SheetException(Path file, String problem) {
    this(file, problem, null);
  }

  /**
   * A problem with {@code file} that a library reported.
   *
   * @param file the file
   * @param problem what is wrong with it, without the file's name
   * @param cause what the library threw
   */
  public SheetException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
    this.problem = problem;
  }

  /** The file that could not be read. */
  public Path file() {
    return file;
  }

  /** What is wrong with it, without the file's name. */
  public String problem() {
    return problem;
  }
}
