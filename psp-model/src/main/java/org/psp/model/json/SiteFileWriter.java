package org.psp.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;
import org.psp.model.DataFlag;
import org.psp.model.Dated;
import org.psp.model.DatedFact;
import org.psp.model.Engagement;
import org.psp.model.Figure;
import org.psp.model.Intervention;
import org.psp.model.Partner;
import org.psp.model.Site;
import org.psp.model.SiteField;
import org.psp.model.SiteKind;
import org.psp.model.UnreportedYear;
import org.psp.model.YearlyStatistics;

/**
 * Writes sites in the site file format that {@link SiteFileReader} reads, leaving out what is absent
 * and what has its default value. Instances are immutable and thread-safe.
 */
public final class SiteFileWriter {

  private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A writer. */
  public SiteFileWriter() {}

  /** The site file of {@code sites}, as indented JSON text. */
  public String toJson(Collection<Site> sites) {
    ObjectNode root = NODES.objectNode();
    ArrayNode array = root.putArray("sites");
    sites.forEach(site -> array.add(toTree(site)));
    try {
      return MAPPER.writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a JSON tree of plain values failed to serialize", e);
    }
  }

  /** Writes the site file of {@code sites} to {@code file} in UTF-8. */
  public void write(Collection<Site> sites, Path file) throws IOException {
    Files.writeString(file, toJson(sites), StandardCharsets.UTF_8);
  }

  /** One site as a JSON object of the site file format. */
  public ObjectNode toTree(Site site) {
    ObjectNode node = NODES.objectNode();
    node.put("id", site.id()).put("name", site.name()).put("state", site.state());
    if (site.kind() != SiteKind.CITY) {
      node.put("kind", site.kind().name());
    }
    node.put("population", site.population());
    if (site.isRecorded(SiteField.COMMITMENT)) {
      node.put("commitment", site.commitment());
    }
    if (!site.engagements().isEmpty()) {
      ArrayNode engagements = node.putArray("engagements");
      site.engagements().forEach(e -> engagements.add(engagement(e)));
    }
    ArrayNode years = node.putArray("statistics");
    site.statistics().forEach(s -> years.add(year(s)));
    if (!site.notReported().isEmpty()) {
      ArrayNode notReported = node.putArray("notReported");
      site.notReported().forEach(u -> notReported.add(notReported(u)));
    }
    // A part nobody recorded has no key; a recorded one has its array, empty or not.
    if (site.isRecorded(SiteField.PARTNERS)) {
      ArrayNode partners = node.putArray("partners");
      site.partners().forEach(p -> partners.add(partner(p)));
    }
    if (site.isRecorded(SiteField.CAPABILITIES)) {
      ArrayNode capabilities = node.putArray("capabilities");
      site.capabilities().forEach(c -> capabilities.add(fact(c)));
    }
    if (site.isRecorded(SiteField.CONDITIONS)) {
      ArrayNode conditions = node.putArray("conditions");
      site.conditions().forEach(c -> conditions.add(fact(c)));
    }
    if (site.isRecorded(SiteField.INTERVENTIONS)) {
      ArrayNode interventions = node.putArray("interventions");
      site.interventions().forEach(i -> interventions.add(intervention(i)));
    }
    if (!site.partial().isEmpty()) {
      ArrayNode partial = node.putArray("partial");
      site.partial().forEach(f -> partial.add(f.jsonName()));
    }
    return node;
  }

  /** A capability or condition: the constant when it holds in every year with no source, else the object. */
  private static JsonNode fact(DatedFact<?> fact) {
    if (fact.isConstant()) {
      return NODES.textNode(fact.value().name());
    }
    ObjectNode node = NODES.objectNode().put("value", fact.value().name());
    dated(node, fact);
    if (fact.absent()) {
      node.put("absent", true);
    }
    fact.source().ifPresent(s -> node.put("source", s));
    return node;
  }

  /** The since and until of a dated entry, those it has. */
  private static void dated(ObjectNode node, Dated dated) {
    dated.since().ifPresent(y -> node.put("since", y));
    dated.until().ifPresent(y -> node.put("until", y));
  }

  /** A flag: the kind alone when it has no note. */
  private static JsonNode flag(DataFlag flag) {
    return flag.note().isEmpty() ? NODES.textNode(flag.kind().name())
        : NODES.objectNode().put("kind", flag.kind().name()).put("note", flag.note().get());
  }

  /** A year's other FBI footnotes, {@code "notes": [...]}, when it has any. */
  private static void notes(ObjectNode node, List<String> notes) {
    if (!notes.isEmpty()) {
      ArrayNode array = node.putArray("notes");
      notes.forEach(array::add);
    }
  }

  private static ObjectNode notReported(UnreportedYear year) {
    ObjectNode node = NODES.objectNode().put("year", year.year());
    year.reason().ifPresent(r -> node.put("reason", r));
    if (!year.flags().isEmpty()) {
      ArrayNode flags = node.putArray("flags");
      year.flags().forEach(f -> flags.add(flag(f)));
    }
    notes(node, year.notes());
    return node;
  }

  private static ObjectNode engagement(Engagement e) {
    ObjectNode node = NODES.objectNode().put("cohort", e.cohort());
    e.track().ifPresent(t -> node.put("track", t.name()));
    e.start().ifPresent(s -> node.put("start", s.toString()));
    return node;
  }

  private static ObjectNode year(YearlyStatistics s) {
    ObjectNode node = NODES.objectNode().put("year", s.year());
    for (Figure figure : Figure.all()) {
      OptionalDouble value = figure.of(s);
      if (value.isPresent() && figure.unit().isWhole()) {
        node.put(figure.key(), (int) value.getAsDouble());
      } else if (value.isPresent()) {
        node.put(figure.key(), value.getAsDouble());
      }
    }
    if (!s.flags().isEmpty()) {
      ArrayNode flags = node.putArray("flags");
      s.flags().forEach(f -> flags.add(flag(f)));
    }
    notes(node, s.notes());
    return node;
  }

  private static ObjectNode partner(Partner p) {
    ObjectNode node = NODES.objectNode().put("agency", p.agency().name());
    p.name().ifPresent(n -> node.put("name", n));
    p.role().ifPresent(r -> node.put("role", r));
    dated(node, p);
    p.source().ifPresent(s -> node.put("source", s));
    return node;
  }

  private static ObjectNode intervention(Intervention i) {
    ObjectNode node = NODES.objectNode().put("strategy", i.strategy().name()).put("status", i.status().name());
    dated(node, i);
    if (!i.leads().isEmpty()) {
      ArrayNode leads = node.putArray("leads");
      i.leads().forEach(a -> leads.add(a.name()));
    }
    i.source().ifPresent(s -> node.put("source", s));
    return node;
  }
}
