package org.psp.model.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.psp.model.Agency;
import org.psp.model.Capability;
import org.psp.model.Condition;
import org.psp.model.DataFlag;
import org.psp.model.DatedFact;
import org.psp.model.Engagement;
import org.psp.model.Figure;
import org.psp.model.FlagKind;
import org.psp.model.Intervention;
import org.psp.model.InterventionStatus;
import org.psp.model.InvalidValueException;
import org.psp.model.Partner;
import org.psp.model.Problem;
import org.psp.model.Site;
import org.psp.model.SiteField;
import org.psp.model.SiteKind;
import org.psp.model.Strategy;
import org.psp.model.Track;
import org.psp.model.UnreportedYear;
import org.psp.model.YearlyStatistics;
import org.psp.model.internal.JsonSyntax;
import org.psp.model.text.BoundedText;

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

  /**
   * The largest file the reader reads: 256 MiB, some 400,000 sites. It is read site by site, so the
   * limit bounds the time a read takes, not the memory; one site's strings are bounded too.
   */
  public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

  /**
   * The longest string of a site file (a name, an id): far more than any real one. A longer one is a
   * problem of its site, naming its field.
   */
  public static final int MAX_STRING_LENGTH = 64 * 1024;

  /**
   * The most digits a number of a site file may have, before its point or in all: a population has 9 or
   * 10. A number with more ends the reading of the file, with a problem naming its field.
   */
  public static final int MAX_NUMBER_DIGITS = 100;

  /**
   * The longest value the parser reads at all, a text or a number's digits: past it, the reading of
   * the file ends with a problem naming the field. Up to it, a value is read whole, so that a number is
   * told by its digits and a text by its length ({@link #MAX_STRING_LENGTH}).
   */
  private static final int MAX_VALUE_LENGTH = 1024 * 1024;

  /** The deepest nesting of arrays and objects the reader accepts; a valid site file needs 7 (a flag object of a year). */
  public static final int MAX_NESTING_DEPTH = 32;

  private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

  private static final ImmutableSet<String> ROOT_FIELDS = ImmutableSet.of("sites");
  static final ImmutableSet<String> SITE_FIELDS = ImmutableSet.of(
      "id", "name", "state", "kind", "population", "commitment", "engagements", "statistics", "notReported",
      "partners", "capabilities", "conditions", "interventions", "partial");
  private static final ImmutableSet<String> ENGAGEMENT_FIELDS = ImmutableSet.of("cohort", "track", "start");
  /** A year's fields: its year, each {@link Figure}, its flags and notes. */
  private static final ImmutableSet<String> YEAR_FIELDS = ImmutableSet.<String>builder()
      .add("year").addAll(Figure.all().stream().map(Figure::key).toList()).add("flags", "notes").build();
  private static final ImmutableSet<String> FLAG_FIELDS = ImmutableSet.of("kind", "note");
  private static final ImmutableSet<String> NOT_REPORTED_FIELDS = ImmutableSet.of("year", "reason", "flags", "notes");
  private static final ImmutableSet<String> FACT_FIELDS = ImmutableSet.of("value", "since", "until", "absent", "source");
  private static final ImmutableSet<String> PARTNER_FIELDS = ImmutableSet.of("agency", "name", "role", "since", "until",
      "source");
  private static final ImmutableSet<String> INTERVENTION_FIELDS = ImmutableSet.of("strategy", "status", "since", "until",
      "leads", "source");
  /** The sections {@code partial} may name. */
  private static final ImmutableSet<SiteField> SECTIONS = Sets.immutableEnumSet(SiteField.PARTNERS,
      SiteField.CAPABILITIES, SiteField.CONDITIONS, SiteField.INTERVENTIONS);

  private static final ObjectMapper MAPPER = JsonMapper.builder(
          JsonFactory.builder()
              .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH)
                  .maxDocumentLength(MAX_FILE_BYTES).maxStringLength(MAX_VALUE_LENGTH).maxNumberLength(MAX_NUMBER_DIGITS).build())
              .build())
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /** Reads one value of a file at a time: the rest of the file follows it, so what trails it is no error. */
  static final ObjectReader ELEMENTS = MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** A reader. */
  public SiteFileReader() {}

  /**
   * Reads a site file.
   *
   * @throws IOException if the file cannot be opened or read (it does not exist, say)
   */
  public SiteFile read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads a site file from a stream, which is read to its end but not closed.
   *
   * @param source the file's name, for messages
   * @throws IOException if the stream cannot be read
   */
  public SiteFile read(InputStream in, String source) throws IOException {
    List<Site> sites = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    stream(in, source, sites::add, problems::add);
    return new SiteFile(source, sites, problems);
  }

  /**
   * Reads a site file site by site, handing each valid site and each problem on as it comes, in file
   * order: the sites' trees are never all held at once. The text must be UTF-8 (a byte-order mark is
   * skipped) and at most {@link #MAX_FILE_BYTES} long; a device, a pipe or standard input is read up
   * to the limit, never to its end, and a byte that is not UTF-8 is a problem naming its offset.
   *
   * @param source the file's name, for messages
   * @throws IOException if the stream cannot be read
   */
  public void stream(InputStream in, String source, Consumer<Site> onSite, Consumer<Problem> onProblem)
      throws IOException {
    checkNotNull(onSite, "onSite");
    try (SiteStream sites = new SiteStream(this, MAPPER.createParser(in), source, onProblem)) {
      sites.forEach(onSite);
    } catch (JsonProcessingException e) {
      onProblem.accept(Problem.inSite("", syntaxMessage(e, source)));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Reads {@code file} site by site, as {@link #stream(InputStream, String, Consumer, Consumer)} does. */
  public void stream(Path file, Consumer<Site> onSite, Consumer<Problem> onProblem) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      stream(in, file.toString(), onSite, onProblem);
    }
  }

  /**
   * Opens {@code file} to be read as its sites are iterated (pull), as {@link #stream(Path, Consumer,
   * Consumer)} reads it (push): each problem goes to {@code onProblem} as the reading meets it. Close
   * the stream when done.
   *
   * @throws IOException if the file cannot be opened (it does not exist, say)
   */
  public SiteStream open(Path file, Consumer<Problem> onProblem) throws IOException {
    checkNotNull(onProblem, "onProblem");
    InputStream in = Files.newInputStream(file);
    try {
      return new SiteStream(this, MAPPER.createParser(in), file.toString(), onProblem);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Reads a site file's text.
   *
   * @param source the file's name, for messages
   */
  public SiteFile parse(String json, String source) {
    List<Site> sites = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try (SiteStream stream = new SiteStream(this, MAPPER.createParser(json), source, problems::add)) {
      stream.forEach(sites::add);
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string failed", e);
    }
    return new SiteFile(source, sites, problems);
  }

  /**
   * The problem that ends the reading at {@code e}: a number or a text too long to read, naming its
   * site (by its place: its id may not have been read), its field and where it is; any other syntax
   * error as {@link #syntaxMessage} says it.
   */
  static Problem readingEnded(JsonProcessingException e, JsonParser parser, String source) {
    Optional<String> tooLong = e instanceof StreamConstraintsException ? JsonSyntax.tooLong(e.getOriginalMessage())
        : Optional.empty();
    if (tooLong.isEmpty()) {
      return Problem.inSite("", syntaxMessage(e, source));
    }
    String path = JsonSyntax.pathOf(parser.getParsingContext());
    String message = tooLong.get() + at(parser.currentLocation()) + "; the file is read no further";
    Matcher site = SITE_PATH.matcher(path);
    return site.matches() ? Problem.atPath(site.group(2) == null ? "" : site.group(2), message).ofSite(site.group(1))
        : Problem.atPath(path, message);
  }

  /** " (line L, column C)" of {@code location}; "" when there is none. */
  private static String at(JsonLocation location) {
    return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /** A path in a site of the file: {@code sites[2]}, then the path within it. */
  private static final Pattern SITE_PATH = Pattern.compile("(sites\\[\\d+\\])(?:\\.(.*))?");

  /**
   * Reads one site from the JSON text of a site object, e.g. the {@code site} of a scenario file.
   * Problem paths are relative to the object; a text that is not JSON is one problem, with no path.
   *
   * @param json one site object, as in a site file's {@code sites} array
   */
  public SiteResult readSite(String json) {
    checkNotNull(json, "json");
    try (JsonParser parser = MAPPER.createParser(json)) {
      JsonNode tree;
      try {
        tree = MAPPER.readTree(parser);
      } catch (StreamConstraintsException e) {
        Optional<String> tooLong = JsonSyntax.tooLong(e.getOriginalMessage());
        if (tooLong.isEmpty()) {
          throw e;
        }
        return new SiteResult(Optional.empty(), Optional.empty(), List.of(Problem.atPath(
            JsonSyntax.pathOf(parser.getParsingContext()), tooLong.get() + at(parser.currentLocation()))));
      }
      return readSiteTree(tree);
    } catch (JsonProcessingException e) {
      return new SiteResult(Optional.empty(), Optional.empty(), List.of(Problem.inSite("", syntaxMessage(e, "the site"))));
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string failed", e);
    }
  }

  /** One site from a JSON tree; problem paths are relative to {@code node}. */
  SiteResult readSiteTree(JsonNode node) {
    Problems problems = new Problems();
    Optional<ObjectFields> maybeFields = ObjectFields.of(node, "", problems, SITE_FIELDS);
    if (maybeFields.isEmpty()) {
      return new SiteResult(Optional.empty(), Optional.empty(), problems.of(""));
    }
    ObjectFields f = maybeFields.get();
    int before = problems.size();
    Optional<String> id = f.text("id", true);
    Optional<String> label = id.filter(i -> ID.matcher(i).matches());

    Site.Builder site = Site.builder();
    id.ifPresent(site::id);
    f.text("name", true).ifPresent(site::name);
    f.text("state", true).ifPresent(site::state);
    f.integer("population", true).ifPresent(site::population);
    boolean requiredPresent = problems.size() == before;
    f.enumValue("kind", SiteKind.class, false).ifPresent(site::kind);
    f.bool("commitment").ifPresent(site::commitment);
    // An absent key means nobody recorded that part (the builder is not given it); JSON null is no
    // way to say so, or anything else.
    for (SiteField field : SiteField.values()) {
      if (f.isNull(field.jsonName())) {
        problems.add(f.path(field.jsonName()), "must be " + (field == SiteField.COMMITMENT ? "true or false" : "an array")
            + " (or left out when not recorded) but was null");
      }
    }
    for (String list : List.of("partial", "notReported")) {
      if (f.isNull(list)) {
        problems.add(f.path(list), "must be an array (or left out) but was null");
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
    for (ObjectFields.Element e : f.array("notReported", false)) {
      readNotReported(e, problems).ifPresent(site::addNotReported);
    }
    boolean yearsValid = problems.size() == yearProblemsBefore;
    if (f.has("partners")) {
      site.partners(List.of());
      for (ObjectFields.Element e : f.array("partners", false)) {
        readPartner(e, problems).ifPresent(site::addPartner);
      }
    }
    if (f.has("capabilities")) {
      site.capabilities(List.of());
      for (ObjectFields.Element e : f.array("capabilities", false)) {
        readFact(e, Capability.class, problems).ifPresent(site::addCapability);
      }
    }
    if (f.has("conditions")) {
      site.conditions(List.of());
      for (ObjectFields.Element e : f.array("conditions", false)) {
        readFact(e, Condition.class, problems).ifPresent(site::addCondition);
      }
    }
    if (f.has("interventions")) {
      site.interventions(List.of());
      for (ObjectFields.Element e : f.array("interventions", false)) {
        readIntervention(e, problems).ifPresent(site::addIntervention);
      }
    }
    readPartial(f, problems).forEach(site::addPartial);

    Optional<Site> built = Optional.empty();
    if (requiredPresent) {
      try {
        built = Optional.of(site.build());
      } catch (InvalidValueException e) {
        // With some years already reported, "statistics must give at least one year" says nothing new.
        e.problems().stream()
            .filter(p -> yearsValid || !p.path().startsWith("statistics"))
            .forEach(p -> problems.add(p.path(), p.message()));
      }
    }
    Optional<Site> valid = problems.isEmpty() ? built : Optional.empty();
    return new SiteResult(valid, label, problems.of(label.orElse("")));
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
      YearlyStatistics.Builder b = YearlyStatistics.builder();
      int before = problems.size();
      f.integer("year", true).ifPresent(b::year);
      for (Figure figure : Figure.all()) {
        if (figure.unit().isWhole()) {
          f.integer(figure.key(), figure.required()).ifPresent(v -> figure.set(b, v));
        } else {
          f.number(figure.key(), figure.required()).ifPresent(v -> figure.set(b, v));
        }
      }
      for (ObjectFields.Element flag : f.array("flags", false)) {
        readFlag(flag, problems).ifPresent(b::addFlag);
      }
      b.addAllNotes(f.textArray("notes"));
      return problems.size() == before ? build(b::build, e.path(), problems) : Optional.empty();
    });
  }

  /** A year's FBI flag: a kind ({@code "NOT_COMPARABLE"}) or {@code {"kind": ..., "note": ...}}. */
  private static Optional<DataFlag> readFlag(ObjectFields.Element e, Problems problems) {
    if (!e.node().isObject()) {
      return ObjectFields.enumOf(e.node(), e.path(), FlagKind.class, problems).map(DataFlag::of);
    }
    return ObjectFields.of(e.node(), e.path(), problems, FLAG_FIELDS).flatMap(f -> {
      var b = DataFlag.builder();
      int before = problems.size();
      f.enumValue("kind", FlagKind.class, true).ifPresent(b::kind);
      f.text("note", false).ifPresent(b::note);
      return problems.size() == before ? build(b::build, e.path(), problems) : Optional.empty();
    });
  }

  /** A year the FBI did not report: {@code {"year": 2017, "reason": "...", "flags": [...], "notes": [...]}}. */
  private static Optional<UnreportedYear> readNotReported(ObjectFields.Element e, Problems problems) {
    return ObjectFields.of(e.node(), e.path(), problems, NOT_REPORTED_FIELDS).flatMap(f -> {
      var b = UnreportedYear.builder();
      int before = problems.size();
      f.integer("year", true).ifPresent(b::year);
      f.text("reason", false).ifPresent(b::reason);
      for (ObjectFields.Element flag : f.array("flags", false)) {
        readFlag(flag, problems).ifPresent(b::addFlag);
      }
      b.addAllNotes(f.textArray("notes"));
      return problems.size() == before ? build(b::build, e.path(), problems) : Optional.empty();
    });
  }

  /**
   * An entry of capabilities or conditions: a constant, holding in every year, or {@code {"value": ...,
   * "since": ..., "until": ..., "absent": ..., "source": ...}}.
   */
  private static <V extends Enum<V>> Optional<DatedFact<V>> readFact(ObjectFields.Element e, Class<V> type,
      Problems problems) {
    if (!e.node().isObject()) {
      return ObjectFields.enumOf(e.node(), e.path(), type, problems).map(DatedFact::of);
    }
    return ObjectFields.of(e.node(), e.path(), problems, FACT_FIELDS).flatMap(f -> {
      DatedFact.Builder<V> b = DatedFact.builder();
      int before = problems.size();
      f.enumValue("value", type, true).ifPresent(b::value);
      f.integer("since", false).ifPresent(b::since);
      f.integer("until", false).ifPresent(b::until);
      f.bool("absent").ifPresent(b::absent);
      f.text("source", false).ifPresent(b::source);
      return problems.size() == before ? build(b::build, e.path(), problems) : Optional.empty();
    });
  }

  /** The sections {@code partial} names, each once; a name that is no section, or a repeat, is a problem. */
  private static List<SiteField> readPartial(ObjectFields f, Problems problems) {
    List<SiteField> sections = new ArrayList<>();
    for (ObjectFields.Element e : f.array("partial", false)) {
      Optional<SiteField> section = SECTIONS.stream()
          .filter(s -> e.node().isTextual() && s.jsonName().equals(e.node().textValue())).findFirst();
      if (section.isEmpty()) {
        problems.add(e.path(), "must be one of partners, capabilities, conditions, interventions but was "
            + ObjectFields.describe(e.node()));
      } else if (sections.contains(section.get())) {
        problems.add(e.path(), "must name each section once but repeats " + ObjectFields.describe(e.node()));
      } else {
        sections.add(section.get());
      }
    }
    return sections;
  }

  private static Optional<Partner> readPartner(ObjectFields.Element e, Problems problems) {
    return ObjectFields.of(e.node(), e.path(), problems, PARTNER_FIELDS).flatMap(f -> {
      var b = Partner.builder();
      int before = problems.size();
      f.enumValue("agency", Agency.class, true).ifPresent(b::agency);
      f.text("name", false).ifPresent(b::name);
      f.text("role", false).ifPresent(b::role);
      f.integer("since", false).ifPresent(b::since);
      f.integer("until", false).ifPresent(b::until);
      f.text("source", false).ifPresent(b::source);
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
      f.integer("until", false).ifPresent(b::until);
      b.addAllLeads(f.enumArray("leads", Agency.class));
      f.text("source", false).ifPresent(b::source);
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

  static String syntaxMessage(JsonProcessingException e, String source) {
    JsonLocation at = e.getLocation();
    String original = String.valueOf(e.getOriginalMessage());
    if (original.contains("Document length") || original.contains("document length")) {
      return BoundedText.tooLarge(source, new BoundedText.Limit("a site file", MAX_FILE_BYTES)) + "; split it";
    }
    if (original.contains("Invalid UTF-8") || original.contains("Invalid UTF8")) {
      return BoundedText.notUtf8(source, at == null ? -1 : at.getByteOffset());
    }
    return source + ": " + JsonSyntax.malformed(at, plainWords(e.getOriginalMessage()));
  }

  /** A JSON parser's message in the project's words, with the site file's own limits named. */
  static String plainWords(String message) {
    if (message == null) {
      return "the file is not valid JSON";
    }
    if (message.contains("nesting depth")) {
      return "arrays and objects nested deeper than " + MAX_NESTING_DEPTH + " levels; a site file needs 7";
    }
    return JsonSyntax.plainWords(message);
  }

  /**
   * What reading one site gave.
   *
   * @param site the site, when it had no problem
   * @param id its id, when it had a valid one
   * @param problems its problems, with paths relative to the site
   */
  public record SiteResult(Optional<Site> site, Optional<String> id, List<Problem> problems) {

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
