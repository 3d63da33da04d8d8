package org.psp.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One problem the library reports to the person who gave it something: a value of a site file or one
 * built in Java, a line of a rule author's .drl file or settings file, a cell of a national
 * rates table, a row of an FBI table that was not read or screened, or a site that could not be
 * advised. It says where the problem is, as much of it as is known, and what is wrong, in plain words.
 * The exceptions that stop on problems carry them: {@link InvalidValueException}, {@link
 * AdviceException} and psp-rules' {@code InvalidRulesException}.
 *
 * <p>Where: a file with its line and column (a rule file's problem: {@code rules/extra.drl:12:5}), a
 * site with the JSON path of a value in it (a site file's problem: {@code baltimore-md:
 * statistics[0].robberies}), or both; each part is empty (0 for a line or column) when it does not
 * apply. {@link #toString()} writes them in that order, ahead of the message. A value built in Java
 * has a path alone ({@code robberies}): {@link InvalidValueException} carries such problems.
 *
 * <p>A problem in a file of lines (a rule file, a settings file, a table; a spreadsheet's row is its
 * line) is placed by its line and column; its path, when it has one (the setting or the column the line
 * is about), is there for programs, and its message names it in words: {@code
 * settings.properties:2: eligibilityRatio is set again (first on line 1)}.
 *
 * @param file the file as the person named it; empty when the problem is not in a file of theirs or
 *     the file goes without saying (the site file being read)
 * @param line the line in {@code file}, from 1; 0 when the problem concerns the whole file or there is no file
 * @param column the column in that line, from 1; 0 when none is known
 * @param site the id of the site it belongs to ({@code sites[i]} for a site without a valid id); empty
 *     when it concerns no one site (a rule file, a site file's syntax)
 * @param path the JSON path of the bad value relative to the site (e.g. {@code statistics[0].robberies}),
 *     to the file's root for a problem of the whole file, or to the value being built ({@code robberies});
 *     in a file of lines, the name of the setting or column the line is about; empty for the site, the
 *     root or the whole line itself
 * @param message what is wrong, naming the value, e.g. {@code must be >= 0 but was -4}, said after the
 *     path (a problem with a file: after the line and column, naming what it is about); at most
 *     {@value #MAX_MESSAGE} characters and a note of how many more
 * @param severity an error, which stops what it is in from being used, or a warning, which does not
 */
public record Problem(String file, int line, int column, String site, String path, String message, Severity severity) {

  /** A site's id ({@code baltimore-md}) or, for a site without a valid one, its place in the file ({@code sites[3]}). */
  private static final Pattern SITE = Pattern.compile(Site.ID.pattern() + "|sites\\[\\d+\\]");

  /** The longest message kept whole: a longer one (a compiler quoting a whole expression) is cut, saying how much. */
  public static final int MAX_MESSAGE = 1_000;

  /** How bad a problem is. */
  public enum Severity {
    /** What it is in cannot be used until it is mended: the rules are refused, the site is not advised. */
    ERROR,
    /** It can be used, but probably not as its author meant (a misspelt name, a share compared with 40). */
    WARNING
  }

  /**
   * Checks that every part is present, that a line and column are not negative and that the site is a
   * site's id or empty (so that a message given in its place is refused); cuts a long message.
   */
  public Problem {
    checkNotNull(file, "file");
    checkNotNull(site, "site");
    checkArgument(site.isEmpty() || SITE.matcher(site).matches(),
        "site of a problem must be a site's id ([a-z0-9-]+), sites[i] or empty but was \"%s\" (a message in its place?)", site);
    checkNotNull(path, "path");
    checkNotNull(message, "message");
    checkNotNull(severity, "severity");
    checkArgument(line >= 0 && column >= 0, "line and column must be >= 0 but were %s and %s", line, column);
    if (message.length() > MAX_MESSAGE) {
      // A compiler's message can quote a whole expression of a file: its start says where and what.
      message = message.substring(0, MAX_MESSAGE) + "... (" + String.format(Locale.ROOT, "%,d", message.length() - MAX_MESSAGE)
          + " more characters)";
    }
  }

  /** An error at a place in a file: {@code line} and {@code column} from 1, 0 when not known. */
  public static Problem inFile(String file, int line, int column, String message) {
    return new Problem(file, line, column, "", "", message, Severity.ERROR);
  }

  /** A warning at a place in a file: {@code line} and {@code column} from 1, 0 when not known. */
  public static Problem warningInFile(String file, int line, int column, String message) {
    return new Problem(file, line, column, "", "", message, Severity.WARNING);
  }

  /**
   * This problem about the setting or column {@code path} that its line is about (the message names
   * it in words): {@code Problem.inFile("settings.properties", 2, 0, "eligibilityRatio is set
   * again").about("eligibilityRatio")}; or, for a problem of a site ({@link #inSite}), about the value at
   * the JSON path {@code path} in it. The path is given on its own so that it cannot be taken for
   * the message, as a fifth String argument of {@code inFile} could.
   *
   * @param path the name of the setting or column, or the JSON path in the site; not blank
   * @return a copy of this problem with {@code path} as its path
   */
  public Problem about(String path) {
    checkNotNull(path, "path");
    checkArgument(!path.isBlank(), "path of a problem must not be blank but was \"%s\"", path);
    return new Problem(file, line, column, site, path, message, severity);
  }

  /**
   * An error in the value at the JSON path {@code path} of a value being built, before any site or
   * file is known: {@code robberies}, {@code must be >= 0 but was -4}.
   */
  public static Problem atPath(String path, String message) {
    return new Problem("", 0, 0, "", path, message, Severity.ERROR);
  }

  /**
   * An error of the whole site {@code site}: {@code Problem.inSite("baltimore-md", "no statistics for
   * 2018")}; of a value in it with {@link #about}: {@code Problem.inSite("baltimore-md", "must be >= 0
   * but was -4").about("statistics[0].robberies")}. The path is given on its own, so that it cannot be
   * taken for the message; a message given in place of the site is refused, as no site's id.
   *
   * @param site the site's id ({@code sites[i]} for a site without a valid id); empty for a problem of
   *     a file before any site
   * @throws IllegalArgumentException if {@code site} is neither a site's id, {@code sites[i]} nor empty
   */
  public static Problem inSite(String site, String message) {
    return new Problem("", 0, 0, site, "", message, Severity.ERROR);
  }

  /**
   * This problem in the site {@code site}: for a problem found in a value before the site it belongs to
   * was known ({@link #atPath}), its path and message kept.
   *
   * @param site the site's id ({@code sites[i]} for a site without a valid id); empty when not known
   * @return a copy of this problem with {@code site} as its site
   * @throws IllegalArgumentException if {@code site} is neither a site's id, {@code sites[i]} nor empty
   */
  public Problem ofSite(String site) {
    return new Problem(file, line, column, site, path, message, severity);
  }

  /** Whether it is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * The problem in one line, its place first, leaving out what is empty: {@code FILE:LINE:COLUMN:
   * message} for a file, as compilers and editors write it ({@code FILE:LINE: message} when no
   * column is known; {@code FILE:0:0: message} for the whole file), {@code site: path: message} for a
   * site, {@code path: message} for a value, with {@code warning: } ahead of a warning's message. A
   * file's problem leaves its path out: the line and column place it, the message names it.
   */
  @Override
  public String toString() {
    StringBuilder line = new StringBuilder();
    if (!file.isEmpty()) {
      line.append(file).append(':').append(this.line);
      if (column > 0 || this.line == 0) {
        line.append(':').append(column);
      }
      line.append(": ");
    }
    if (!site.isEmpty()) {
      line.append(site).append(": ");
    }
    if (!path.isEmpty() && file.isEmpty()) {
      line.append(path).append(": ");
    }
    if (!isError()) {
      line.append("warning: ");
    }
    return line.append(message).toString();
  }
}
