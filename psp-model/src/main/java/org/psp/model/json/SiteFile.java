package org.psp.model.json;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.psp.model.Problem;
import org.psp.model.Site;

/**
 * What reading a site file gave: every valid site, in file order, and every problem found. A site with
 * any problem is left out of {@link #sites()} and reported in {@link #problems()}: nothing is dropped
 * silently.
 *
 * @param source the file's name as given to the reader
 * @param sites the valid sites
 * @param problems the problems, in file order
 */
public record SiteFile(String source, List<Site> sites, List<Problem> problems) {

  /** Makes immutable copies of the lists. */
  public SiteFile {
    sites = ImmutableList.copyOf(sites);
    problems = ImmutableList.copyOf(problems);
  }

  /** Whether the file had no problem at all. */
  public boolean isValid() {
    return problems.isEmpty();
  }
}
