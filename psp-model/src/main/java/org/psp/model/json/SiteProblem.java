package org.psp.model.json;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One problem found in a site file.
 *
 * @param site the id of the site it belongs to; {@code sites[i]} when the site has no valid id; empty
 *     for a problem of the whole file (a syntax error, a missing {@code sites} array)
 * @param path the JSON path of the bad value, relative to the site (e.g. {@code statistics[0].robberies})
 *     or, for a problem of the whole file, to the file's root; empty for the site or the root itself
 * @param message what is wrong, naming the value, e.g. {@code robberies must be >= 0 but was -4}
 */
public record SiteProblem(String site, String path, String message) {

  /** Checks that every component is present. */
  public SiteProblem {
    checkNotNull(site, "site");
    checkNotNull(path, "path");
    checkNotNull(message, "message");
  }

  /** The problem in one line: {@code site: path: message}, leaving out what is empty. */
  @Override
  public String toString() {
    StringBuilder line = new StringBuilder();
    if (!site.isEmpty()) {
      line.append(site).append(": ");
    }
    if (!path.isEmpty()) {
      line.append(path).append(": ");
    }
    return line.append(message).toString();
  }
}
