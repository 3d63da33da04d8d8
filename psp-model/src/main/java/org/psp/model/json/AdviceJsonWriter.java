package org.psp.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import org.psp.model.Advice;
import org.psp.model.DataGap;
import org.psp.model.DataNote;
import org.psp.model.EvidenceTable;
import org.psp.model.InterventionReview;
import org.psp.model.Outcome;
import org.psp.model.Problem;
import org.psp.model.Reason;
import org.psp.model.Recommendation;
import org.psp.model.Site;
import org.psp.model.internal.VisibleText;
import org.psp.model.words.AdviceText;
import org.psp.model.words.Phrases;
import org.psp.model.words.RecommendationText;

/**
 * Writes advice as JSON: {@code {"results": [ADVICE...], "errors": [{"site", "path", "message"}...]}}.
 * Each advice has its murder ratio (null when the national table has no murder rate for the year),
 * its assumptions (a sentence for each part of the site nobody recorded), cautions on the advice as a
 * whole (a year whose national rates are an estimate), the FBI flags of every year it used ({@code
 * "dataNotes": [{"year", "kind", "note"?}]}), the FBI's other footnotes on those years, which are no flag
 * ({@code "yearNotes": [{"year", "note"}]}: arson, property crime, population), its data gaps ({@code {"strategy", "missing", "rules"}}),
 * its outcome (with {@code interim} and {@code flags}, each "YEAR KIND") and intervention reviews.
 * Each advice has its {@code focus}: the strategies of its first recommendations by rank, where to
 * start. Each recommendation, in rank order, has its {@code rank}, the list of the rules that proposed
 * it ({@code rules}), its rationale as one text, the FBI flags on the figures the rationale quotes ({@code
 * flags}, each "YEAR KIND", as the outcome's; the words carry them too), why it has its rank ({@code rankReasons}: one line per
 * reason) and why it has its mode ({@code modeReasons}: each {@code {"rule", "text"}}), every reason in
 * the words of {@link Phrases}.
 * The violent crime rate has one decimal and the ratios two, as in the contract's example, or more where two
 * would round a ratio onto or across one of the advice's thresholds (1.995 rather than 2.00, as the text says).
 * Instances are immutable and thread-safe.
 */
public final class AdviceJsonWriter {

  private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A writer. */
  public AdviceJsonWriter() {}

  /** The report of {@code results} and {@code errors} as indented JSON text. */
  public String toJson(Collection<Advice> results, Collection<Problem> errors) {
    StringWriter text = new StringWriter();
    try (Report report = open(text)) {
      results.forEach(report::write);
      report.finish(errors);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter failed", e);
    }
    return text.toString();
  }

  /**
   * Starts a report on {@code out}, to which each advice is written as it comes: any number of
   * sites in bounded memory. Close it after {@link Report#finish}.
   */
  public Report open(Writer out) throws IOException {
    return new Report(out);
  }

  /** A report being written: <code>{"results": [</code> now, each advice as it comes, then the errors and the end. */
  public final class Report implements Closeable {
    private final JsonGenerator json;

    private Report(Writer out) throws IOException {
      // The caller's writer stays open, and a report cut short is not completed for it.
      // Every text as VisibleText writes it: a bidi override or a lone surrogate in a name is shown, not obeyed or lost.
      json = VisibleText.json(MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter()
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT));
      json.writeStartObject();
      json.writeArrayFieldStart("results");
    }

    /** Writes one advice. */
    public void write(Advice advice) {
      try {
        MAPPER.writeTree(json, toTree(advice));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the advice on " + advice.site().id(), e);
      }
    }

    /** Ends the results, writes {@code errors} and ends the report. */
    public void finish(Collection<Problem> errors) throws IOException {
      json.writeEndArray();
      json.writeArrayFieldStart("errors");
      for (Problem e : errors) {
        json.writeStartObject();
        json.writeStringField("site", e.site());
        json.writeStringField("path", e.path());
        json.writeStringField("message", e.message());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw(System.lineSeparator());
      json.flush();
    }

    /** Flushes what was written; a report not finished stays unterminated, so that no reader takes it for whole. */
    @Override
    public void close() throws IOException {
      json.close();
    }
  }

  /** One advice as a JSON object. */
  public ObjectNode toTree(Advice advice) {
    ObjectNode node = NODES.objectNode()
        .put("site", advice.site().id())
        .put("year", advice.year())
        .put("violentCrimeRate", rounded(advice.violentCrimeRate(), 1))
        .put("nationalRate", advice.nationalRate())
        .put("nationalRatio", ratio(advice.nationalRatio(), advice));
    if (advice.murderRatio().isPresent()) {
      node.put("murderRatio", ratio(advice.murderRatio().getAsDouble(), advice));
    } else {
      node.putNull("murderRatio");
    }
    node.put("eligible", advice.eligible());
    ArrayNode reasons = node.putArray("eligibilityReasons");
    Phrases.eligibilityReasons(advice.eligibilityReasons()).forEach(reasons::add);
    ArrayNode assumptions = node.putArray("assumptions");
    AdviceText.assumptions(advice).forEach(assumptions::add);
    ArrayNode adviceCautions = node.putArray("cautions");
    AdviceText.cautions(advice).forEach(adviceCautions::add);
    ArrayNode focus = node.putArray("focus");
    advice.focus().forEach(s -> focus.add(s.name()));
    ArrayNode recommendations = node.putArray("recommendations");
    advice.recommendations().forEach(r -> recommendations.add(recommendation(r, advice.site())));
    ArrayNode notes = node.putArray("dataNotes");
    for (DataNote note : advice.dataNotes()) {
      ObjectNode n = notes.addObject().put("year", note.year()).put("kind", note.kind().name());
      note.note().ifPresent(text -> n.put("note", text));
    }
    ArrayNode yearNotes = node.putArray("yearNotes");
    advice.yearNotes().forEach(n -> yearNotes.addObject().put("year", n.year()).put("note", n.note()));
    ArrayNode gaps = node.putArray("dataGaps");
    for (DataGap gap : advice.dataGaps()) {
      ObjectNode g = gaps.addObject().put("strategy", gap.strategy().name());
      ArrayNode missing = g.putArray("missing");
      gap.missing().forEach(missing::add);
      ArrayNode by = g.putArray("rules");
      gap.rules().forEach(by::add);
    }
    if (advice.outcome().isEmpty()) {
      node.putNull("outcome");
    } else {
      Outcome o = advice.outcome().get();
      ObjectNode outcome = node.putObject("outcome").put("cohort", o.cohort())
          .put("engagementYear", o.engagementYear()).put("completed", o.completed()).put("interim", o.interim());
      optional(outcome, "baselineYear", o.baselineYear().isPresent() ? (Number) o.baselineYear().getAsInt() : null);
      optional(outcome, "change", o.change().isPresent() ? change(o.change().getAsDouble()) : null);
      optional(outcome, "nationalChange", o.nationalChange().isPresent() ? change(o.nationalChange().getAsDouble()) : null);
      outcome.put("verdict", o.verdict().name());
      flags(outcome, o.flags());
    }
    ArrayNode reviews = node.putArray("interventionReviews");
    for (InterventionReview r : advice.interventionReviews()) {
      ObjectNode review = reviews.addObject().put("strategy", r.intervention().strategy().name())
          .put("since", r.intervention().since().getAsInt());
      optional(review, "fromYear", r.fromYear().isPresent() ? (Number) r.fromYear().getAsInt() : null);
      optional(review, "change", r.change().isPresent() ? change(r.change().getAsDouble()) : null);
      optional(review, "nationalChange", r.nationalChange().isPresent() ? change(r.nationalChange().getAsDouble()) : null);
      flags(review, r.flags());
    }
    ArrayNode rules = node.putArray("firedRules");
    advice.firedRules().forEach(rules::add);
    return node;
  }

  private static ObjectNode recommendation(Recommendation r, Site site) {
    ObjectNode node = NODES.objectNode()
        .put("strategy", r.strategy().name())
        .put("coreArea", r.coreArea().name())
        .put("rank", r.rank())
        .put("priority", r.priority())
        .put("mode", r.mode().name());
    ArrayNode leads = node.putArray("leadPartners");
    r.leadPartners().forEach(a -> leads.add(a.name()));
    ArrayNode working = node.putArray("workingLeads");
    r.workingLeads().forEach(a -> working.add(a.name()));
    ArrayNode rules = node.putArray("rules");
    r.rules().forEach(rules::add);
    node.put("rationale", RecommendationText.rationale(r, site));
    flags(node, r.flags());
    ArrayNode rankReasons = node.putArray("rankReasons");
    Phrases.rankReasons(r).forEach(rankReasons::add);
    reasons(node.putArray("modeReasons"), r.modeReasons());
    ArrayNode cautions = node.putArray("cautions");
    Phrases.cautions(r).forEach(cautions::add);
    node.put("evidence", Phrases.evidence(EvidenceTable.bundled().summary(r.strategy())));
    return node;
  }

  /** The flags as {@code "flags": ["2017 NOT_COMPARABLE", ...]}, as the contract's outcome lists them (a recommendation's too). */
  private static void flags(ObjectNode node, List<DataNote> flags) {
    ArrayNode array = node.putArray("flags");
    flags.forEach(f -> array.add(f.toString()));
  }

  /** Each reason as {@code {"rule": NAME, "text": WORDS}}. */
  private static void reasons(ArrayNode array, List<Reason> reasons) {
    reasons.forEach(reason -> array.addObject().put("rule", reason.rule()).put("text", Phrases.grounds(reason.grounds())));
  }

  /** {@code value} under {@code name}, or JSON null: an absent figure is shown as absent, never as 0. */
  private static void optional(ObjectNode node, String name, Number value) {
    if (value == null) {
      node.putNull(name);
    } else if (value instanceof BigDecimal d) {
      node.put(name, d);
    } else {
      node.put(name, value.intValue());
    }
  }

  /** A ratio with the decimals the text gives it: two, more where two would round it onto or across a threshold. */
  private static BigDecimal ratio(double value, Advice advice) {
    return rounded(value, Phrases.places(value, 2, advice.thresholds()));
  }

  /** A change with three decimals, or more where three would round a change that is not 0 to 0 (as the text says it). */
  private static BigDecimal change(double value) {
    return rounded(value, Phrases.places(value, 3, List.of(0.0)));
  }

  private static BigDecimal rounded(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
  }
}
