package org.psp.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.psp.model.Agency;
import org.psp.model.Capability;
import org.psp.model.Condition;
import org.psp.model.Engagement;
import org.psp.model.ImmutableSite;
import org.psp.model.ImmutableYearlyStatistics;
import org.psp.model.Intervention;
import org.psp.model.InterventionStatus;
import org.psp.model.InvalidValueException;
import org.psp.model.Partner;
import org.psp.model.Site;
import org.psp.model.SiteField;
import org.psp.model.SiteKind;
import org.psp.model.Strategy;
import org.psp.model.Track;
import org.psp.model.YearlyStatistics;

/**
 * Reads site files ({@code {"sites": [SITE, ...]}}, the format of the project's CONTRACT §2).
 *
 * <p>Reading never stops at the first problem and never throws for bad content: it returns every
 * valid site beside every problem, each with its site id, JSON path and value. A syntax error names
 * its line and column. Unknown fields and enum values are problems (they are usually typos). The
 * reader is bounded: files over {@link #MAX_FILE_BYTES} and nesting deeper than {@link
 * #MAX_NESTING_DEPTH} are refused with a problem that says so. JSON is read as a plain tree: there is
 * no polymorphic type handling. Instances are immutable and thread-safe.
 */
public final class SiteFileReader {

  /** The largest file the reader accepts: 32 MiB, some 100,000 sites. */
  public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

  /** The deepest nesting of arrays and objects the reader accepts; a valid site file needs 5. */
  public static final int MAX_NESTING_DEPTH = 32;

  private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

  private static final ImmutableSet<String> ROOT_FIELDS = ImmutableSet.of("sites");
  static final ImmutableSet<String> SITE_FIELDS = ImmutableSet.of(
      "id", "name", "state", "kind", "population", "commitment", "engagements", "statistics", "partners",
      "capabilities", "conditions", "interventions");
  private static final ImmutableSet<String> ENGAGEMENT_FIELDS = ImmutableSet.of("cohort", "track", "start");
  private static final ImmutableSet<String> YEAR_FIELDS = ImmutableSet.of(
      "year", "murders", "rapes", "robberies", "aggravatedAssaults", "population", "firearmShare",
      "gangShare", "drugShare", "nonFatalShootings", "homicideClearanceRate");
  private static final ImmutableSet<String> PARTNER_FIELDS = ImmutableSet.of("agency", "name", "role");
  private static final ImmutableSet<String> INTERVENTION_FIELDS = ImmutableSet.of("strategy", "status", "since", "leads");

  private static final ObjectMapper MAPPER = JsonMapper.builder(
          JsonFactory.builder()
              .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
              .build())
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /** A reader. */
  public SiteFileReader() {}

  /**
   * Reads a site file.
   *
   * @throws IOException if the file cannot be opened or read (it does not exist, say)
   */
  public SiteFile read(Path file) throws IOException {
    long size = Files.size(file);
    if (size > MAX_FILE_BYTES) {
      return fileProblem(file.toString(), "", "the file is " + size + " bytes; a site file may have at most "
          + MAX_FILE_BYTES + " bytes (split it)");
    }
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * Reads a site file from a stream, which is read to its end but not closed.
   *
   * @param source the file's name, for messages
   * @throws IOException if the stream cannot be read
   */
  public SiteFile read(InputStream in, String source) throws IOException {
    byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
    if (bytes.length > MAX_FILE_BYTES) {
      return fileProblem(source, "", "the file has more than " + MAX_FILE_BYTES + " bytes, the most a site file may have");
    }
    return parse(new String(bytes, StandardCharsets.UTF_8), source);
  }

  /**
   * Reads a site file's text.
   *
   * @param source the file's name, for messages
   */
  public SiteFile parse(String json, String source) {
    if (json.length() > MAX_FILE_BYTES) {
      return fileProblem(source, "", "the text has more than " + MAX_FILE_BYTES + " characters, the most a site file may have");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      return fileProblem(source, "", syntaxMessage(e));
    }
    if (root == null || root.isMissingNode()) {
      return fileProblem(source, "", "the file is empty; expected {\"sites\": [...]}");
    }
    Problems rootProblems = new Problems();
    Optional<ObjectFields> fields = ObjectFields.of(root, "", rootProblems, ROOT_FIELDS);
    List<ObjectFields.Element> elements = fields.map(f -> f.array("sites", true)).orElse(List.of());

    List<Site> sites = new ArrayList<>();
    List<SiteProblem> problems = new ArrayList<>(rootProblems.toSiteProblems(""));
    Map<String, String> firstPathOfId = new HashMap<>();
    for (ObjectFields.Element element : elements) {
      SiteResult result = readSite(element.node());
      String label = result.label(element.path());
      if (result.site().isPresent()) {
        String earlier = firstPathOfId.putIfAbsent(result.site().get().id(), element.path());
        if (earlier != null) {
          problems.add(new SiteProblem(label, "id", "duplicate id \"" + label + "\": " + earlier + " has it already"));
          continue;
        }
        sites.add(result.site().get());
      }
      result.problems().forEach(p -> problems.add(p.site().isEmpty() ? new SiteProblem(label, p.path(), p.message()) : p));
    }
    return new SiteFile(source, sites, problems);
  }

  /**
   * Reads one site from a JSON tree, e.g. the {@code site} of a scenario file. Problem paths are
   * relative to {@code node}.
   */
  public SiteResult readSite(JsonNode node) {
    Problems problems = new Problems();
    Optional<ObjectFields> maybeFields = ObjectFields.of(node, "", problems, SITE_FIELDS);
    if (maybeFields.isEmpty()) {
      return new SiteResult(Optional.empty(), Optional.empty(), problems.toSiteProblems(""));
    }
    ObjectFields f = maybeFields.get();
    int before = problems.size();
    Optional<String> id = f.text("id", true);
    Optional<String> label = id.filter(i -> ID.matcher(i).matches());

    ImmutableSite.Builder site = Site.builder();
    id.ifPresent(site::id);
    f.text("name", true).ifPresent(site::name);
    f.text("state", true).ifPresent(site::state);
    f.integer("population", true).ifPresent(site::population);
    boolean requiredPresent = problems.size() == before;
    f.enumValue("kind", SiteKind.class, false).ifPresent(site::kind);
    f.bool("commitment").ifPresent(site::commitment);
    // An absent key means nobody recorded that part; JSON null is no way to say so, or anything else.
    for (SiteField field : SiteField.values()) {
      if (!f.has(field.jsonName())) {
        site.addNotRecorded(field);
      } else if (f.isNull(field.jsonName())) {
        problems.add(f.path(field.jsonName()), "must be " + (field == SiteField.COMMITMENT ? "true or false" : "an array")
            + " (or left out when not recorded) but was null");
      }
    }

    for (ObjectFields.Element e : f.array("engagements", false)) {
      readEngagement(e, problems).ifPresent(site::addEngagement);
    }
    List<ObjectFields.Element> years = f.array("statistics", true);
    int yearProblemsBefore = problems.size();
    for (ObjectFields.Element e : years) {
      readYear(e, problems).ifPresent(site::addStatistic);
    }
    boolean yearsValid = problems.size() == yearProblemsBefore;
    for (ObjectFields.Element e : f.array("partners", false)) {
      readPartner(e, problems).ifPresent(site::addPartner);
    }
    site.addAllCapabilities(f.enumArray("capabilities", Capability.class));
    site.addAllConditions(f.enumArray("conditions", Condition.class));
    for (ObjectFields.Element e : f.array("interventions", false)) {
      readIntervention(e, problems).ifPresent(site::addIntervention);
    }

    Optional<Site> built = Optional.empty();
    if (requiredPresent) {
      try {
        built = Optional.of(site.build());
      } catch (InvalidValueException e) {
        // With some years already reported, "statistics must give at least one year" says nothing new.
        e.violations().stream()
            .filter(v -> yearsValid || !v.field().startsWith("statistics"))
            .forEach(v -> problems.add(v.field(), v.message()));
      }
    }
    Optional<Site> valid = problems.isEmpty() ? built : Optional.empty();
    return new SiteResult(valid, label, problems.toSiteProblems(label.orElse("")));
  }

  private static Optional<Engagement> readEngagement(ObjectFields.Element e, Problems problems) {
    return ObjectFields.of(e.node(), e.path(), problems, ENGAGEMENT_FIELDS).flatMap(f -> {
      var b = Engagement.builder();
      int before = problems.size();
      OptionalInt cohort = f.integer("cohort", true);
      cohort.ifPresent(b::cohort);
      f.enumValue("track", Track.class, false).ifPresent(b::track);
      f.date("start").ifPresent(b::start);
      return problems.size() == before ? build(b::build, e.path(), problems) : Optional.empty();
    });
  }

  private static Optional<YearlyStatistics> readYear(ObjectFields.Element e, Problems problems) {
    return ObjectFields.of(e.node(), e.path(), problems, YEAR_FIELDS).flatMap(f -> {
      ImmutableYearlyStatistics.Builder b = YearlyStatistics.builder();
      int before = problems.size();
      f.integer("year", true).ifPresent(b::year);
      f.integer("murders", true).ifPresent(b::murders);
      f.integer("rapes", true).ifPresent(b::rapes);
      f.integer("robberies", true).ifPresent(b::robberies);
      f.integer("aggravatedAssaults", true).ifPresent(b::aggravatedAssaults);
      f.integer("population", false).ifPresent(b::population);
      f.number("firearmShare").ifPresent(b::firearmShare);
      f.number("gangShare").ifPresent(b::gangShare);
      f.number("drugShare").ifPresent(b::drugShare);
      f.integer("nonFatalShootings", false).ifPresent(b::nonFatalShootings);
      f.number("homicideClearanceRate").ifPresent(b::homicideClearanceRate);
      return problems.size() == before ? build(b::build, e.path(), problems) : Optional.empty();
    });
  }

  private static Optional<Partner> readPartner(ObjectFields.Element e, Problems problems) {
    return ObjectFields.of(e.node(), e.path(), problems, PARTNER_FIELDS).flatMap(f -> {
      var b = Partner.builder();
      int before = problems.size();
      f.enumValue("agency", Agency.class, true).ifPresent(b::agency);
      f.text("name", false).ifPresent(b::name);
      f.text("role", false).ifPresent(b::role);
      return problems.size() == before ? build(b::build, e.path(), problems) : Optional.empty();
    });
  }

  private static Optional<Intervention> readIntervention(ObjectFields.Element e, Problems problems) {
    return ObjectFields.of(e.node(), e.path(), problems, INTERVENTION_FIELDS).flatMap(f -> {
      var b = Intervention.builder();
      int before = problems.size();
      f.enumValue("strategy", Strategy.class, true).ifPresent(b::strategy);
      f.enumValue("status", InterventionStatus.class, true).ifPresent(b::status);
      f.integer("since", false).ifPresent(b::since);
      b.addAllLeads(f.enumArray("leads", Agency.class));
      return problems.size() == before ? build(b::build, e.path(), problems) : Optional.empty();
    });
  }

  private static <T> Optional<T> build(Supplier<T> builder, String path, Problems problems) {
    try {
      return Optional.of(builder.get());
    } catch (InvalidValueException e) {
      problems.addAll(path, e);
      return Optional.empty();
    }
  }

  private static SiteFile fileProblem(String source, String path, String message) {
    return new SiteFile(source, List.of(), List.of(new SiteProblem("", path, message)));
  }

  private static String syntaxMessage(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String message = e.getOriginalMessage();
    if (at == null) {
      return "malformed JSON: " + message;
    }
    return "malformed JSON at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + message;
  }

  /**
   * What reading one site gave.
   *
   * @param site the site, when it had no problem
   * @param id its id, when it had a valid one
   * @param problems its problems, with paths relative to the site
   */
  public record SiteResult(Optional<Site> site, Optional<String> id, List<SiteProblem> problems) {

    /** Makes an immutable copy of the problems. */
    public SiteResult {
      problems = List.copyOf(problems);
    }

    /** The site's id, or {@code fallback} (its position in the file) when it has no valid id. */
    String label(String fallback) {
      return id.orElse(fallback);
    }
  }
}
