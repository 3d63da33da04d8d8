package org.psp.examples.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.psp.model.AdviceException;
import org.psp.model.DataNote;
import org.psp.model.Evidence;
import org.psp.model.EvidenceTable;
import org.psp.model.Problem;
import org.psp.model.RankReason;
import org.psp.model.Recommendation;
import org.psp.model.Site;
import org.psp.model.Strategy;
import org.psp.model.internal.VisibleText;
import org.psp.model.json.SiteFile;
import org.psp.model.words.Phrases;
import org.psp.rules.StrategyAdvisor;
import org.psp.rules.catalog.Explanation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code psp explain}: why each named strategy is or is not recommended, rule by rule, condition by condition. */
@Command(mixinStandardHelpOptions = true,
    description = "Explains why each named strategy is or is not recommended for each site: every rule that can "
        + "propose it, each of its conditions as written in the .drl file, the site's values, and whether it held, "
        + "failed or could not be decided for a missing figure.")
final class ExplainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "STRATEGY", description = "A strategy, e.g. FEDERAL_PROSECUTION.")
  List<Strategy> strategies;

  @Option(names = "--site", paramLabel = "ID", description = "Only the site with this id.")
  String site;

  @Mixin SiteOptions siteOptions;

  @Mixin RuleOptions ruleOptions;

  @Mixin YearOption year;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  AdviseCommand.Format format = AdviseCommand.Format.text;

  /** How many ids "no site with id" lists at most: a site file may hold any number. */
  static final int LISTED_IDS = 30;

  /**
   * Why no site is {@code id}, and what the user may have meant: the ids that contain it, ignoring
   * case (three at most, and how many there are); or else every id, when there are {@link
   * #LISTED_IDS} at most; or else how many sites there are.
   */
  static String noSuchSite(String id, List<Site> sites) {
    String part = id.strip().toLowerCase(Locale.ROOT);
    List<String> containing = part.isEmpty() ? List.of()
        : sites.stream().map(Site::id).filter(s -> s.contains(part)).toList();
    String message = "no site with id \"" + id + "\"";
    if (!containing.isEmpty()) {
      return message + "; did you mean " + String.join(" or ", containing.stream().limit(3).map(s -> "\"" + s + "\"")
          .toList()) + "?" + (containing.size() > 3 ? " (" + containing.size() + " ids contain \"" + part + "\")" : "");
    }
    if (sites.size() <= LISTED_IDS) {
      return message + "; the sites are " + String.join(", ", sites.stream().map(Site::id).toList());
    }
    return message + " among the file's " + sites.size() + " sites, nor one whose id contains it";
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<SiteFile> siteFile = siteOptions.read(spec);
    if (siteFile.isEmpty()) {
      return CommandLine.ExitCode.SOFTWARE;
    }
    List<Site> sites = siteFile.get().sites();
    if (site != null) {
      sites = sites.stream().filter(s -> s.id().equals(site)).toList();
      if (sites.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--site: " + Terminal.safe(noSuchSite(site, siteFile.get().sites())));
      }
    }
    Optional<StrategyAdvisor> advisor = ruleOptions.advisor(spec);
    if (advisor.isEmpty()) {
      return CommandLine.ExitCode.SOFTWARE;
    }
    List<Explanation> explanations = new ArrayList<>();
    List<Problem> errors = new ArrayList<>(siteFile.get().problems());
    for (Site s : sites) {
      try {
        explanations.addAll(advisor.get().explain(s, year.adviceYear(), strategies));
      } catch (AdviceException e) {
        errors.add(e.problem());
      }
    }
    if (format == AdviseCommand.Format.json) {
      out.print(json(explanations, errors));
    } else {
      explanations.forEach(e -> out.print(text(e)));
    }
    out.flush();
    ErrorLines.print(errors, err);
    err.flush();
    return errors.isEmpty() ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
  }

  /** One explanation for people. */
  static String text(Explanation e) {
    StringBuilder text = new StringBuilder();
    String nl = System.lineSeparator();
    text.append(Terminal.safe(e.site())).append(" in ").append(e.year()).append(": ").append(e.strategy())
        .append(e.recommended() ? " is recommended" : " is not recommended").append(nl);
    for (DataNote note : e.dataNotes()) {
      text.append("  FBI data note: ").append(note).append(note.note().map(n -> ": " + Terminal.safe(n)).orElse("")).append(nl);
    }
    text.append("  evidence: ").append(Phrases.evidence(EvidenceTable.bundled().summary(e.strategy()))).append(nl);
    for (Evidence source : EvidenceTable.bundled().rows(e.strategy())) {
      text.append("    source: ").append(source.sourceUrl()).append(nl);
    }
    e.standing().ifPresent(standing -> standing(standing, text, nl));
    if (e.rules().isEmpty()) {
      text.append("  no rule in force can propose it").append(nl);
    }
    for (Explanation.RuleCheck rule : e.rules()) {
      text.append("  rule \"").append(Terminal.safe(rule.rule().name())).append("\" (").append(Terminal.safe(rule.rule().file()))
          .append(':').append(rule.rule().line()).append(rule.fired() ? "): fired" : "): did not fire").append(nl);
      for (Explanation.ConditionCheck c : rule.conditions()) {
        String held = c.held() == null ? "undecided" : c.held() ? "held" : "failed";
        text.append(String.format(Locale.ROOT, "    %-10s line %d: %s", "[" + held + "]", c.line(), Terminal.safe(c.text())));
        if (!c.values().isEmpty()) {
          List<String> values = new ArrayList<>();
          c.values().forEach((name, value) -> values.add(name + " = " + shown(value)));
          text.append("   (").append(Terminal.safe(String.join(", ", values))).append(')');
        }
        text.append(nl);
      }
    }
    return text.toString();
  }

  /** Why it has its rank, and what would move it up. */
  private static void standing(Explanation.Standing s, StringBuilder text, String nl) {
    Recommendation r = s.recommendation();
    text.append(String.format(Locale.ROOT, "  rank %d of %d (score %.2f, priority %d)%s%n", r.rank(), s.of(), r.score(),
        r.priority(), s.inFocus() ? ", in the focus" : ""));
    Phrases.rankReasons(r).forEach(reason -> text.append("    ").append(Terminal.safe(reason)).append(nl));
    if (s.above().isEmpty()) {
      text.append("  to move up: it is first").append(nl);
      return;
    }
    Recommendation above = s.above().get();
    if (s.abovePlaced()) {
      text.append("  to move up: ").append(above.strategy()).append(" (rank ").append(above.rank())
          .append(") is placed there by a rule whatever the scores: ")
          .append(Terminal.safe(String.join("; ", above.rankReasons().stream().filter(RankReason::isPlacement)
              .map(reason -> Phrases.rankGrounds(reason.grounds())).toList()))).append(nl);
      return;
    }
    text.append(String.format(Locale.ROOT, "  to move up: %.2f more points than %s (rank %d, score %.2f)%s%n", s.shortBy(),
        above.strategy(), above.rank(), above.score(),
        s.shortBy() == 0 ? " (equal scores go by the catalog order of the strategies)" : ""));
    if (s.gains().isEmpty()) {
      text.append("    none of need and capacity can gain more; evidence is the table's, the same at every site").append(nl);
    }
    for (Explanation.Gain gain : s.gains()) {
      text.append(String.format(Locale.ROOT, "    %s: up to +%.2f, %s%n", gain.factor(), gain.points(), gain.how()));
    }
  }

  /** A condition's value for people: "missing" for a missing figure, a number to three decimals at most. */
  static String shown(Object value) {
    if (value == null) {
      return "missing";
    }
    if (value instanceof Double d) {
      return BigDecimal.valueOf(d).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
    return String.valueOf(value);
  }

  /** The contract's {@code {"results": [{"site", "year", "strategy", "recommended", "rules": [...]}], "errors": [...]}}. */
  static String json(List<Explanation> explanations, List<Problem> errors) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    ArrayNode results = root.putArray("results");
    for (Explanation e : explanations) {
      ObjectNode result = results.addObject().put("site", e.site()).put("year", e.year()).put("strategy", e.strategy().name())
          .put("recommended", e.recommended());
      ArrayNode notes = result.putArray("dataNotes");
      e.dataNotes().forEach(n -> {
        ObjectNode note = notes.addObject().put("year", n.year()).put("kind", n.kind().name());
        n.note().ifPresent(text -> note.put("note", text));
      });
      ObjectNode evidence = result.putObject("evidence").put("summary", Phrases.evidence(EvidenceTable.bundled().summary(e.strategy())));
      ArrayNode sources = evidence.putArray("sources");
      EvidenceTable.bundled().rows(e.strategy()).forEach(s -> sources.addObject().put("title", s.sourceTitle()).put("url", s.sourceUrl()));
      e.standing().ifPresent(standing -> {
        Recommendation r = standing.recommendation();
        ObjectNode rank = result.putObject("rank").put("rank", r.rank()).put("of", standing.of())
            .put("score", BigDecimal.valueOf(r.score()).setScale(3, java.math.RoundingMode.HALF_UP))
            .put("priority", r.priority()).put("inFocus", standing.inFocus());
        ArrayNode reasons = rank.putArray("rankReasons");
        Phrases.rankReasons(r).forEach(reasons::add);
        ObjectNode up = rank.putObject("toMoveUp");
        standing.above().ifPresentOrElse(a -> up.put("above", a.strategy().name()).put("placed", standing.abovePlaced())
            .put("shortBy", BigDecimal.valueOf(standing.shortBy()).setScale(3, java.math.RoundingMode.HALF_UP)),
            () -> up.putNull("above"));
        ArrayNode gains = up.putArray("gains");
        standing.gains().forEach(g -> gains.addObject().put("factor", g.factor())
            .put("points", BigDecimal.valueOf(g.points()).setScale(3, java.math.RoundingMode.HALF_UP)).put("how", g.how()));
      });
      ArrayNode rules = result.putArray("rules");
      for (Explanation.RuleCheck rule : e.rules()) {
        ObjectNode r = rules.addObject().put("rule", rule.rule().name()).put("file", rule.rule().file())
            .put("line", rule.rule().line()).put("fired", rule.fired());
        ArrayNode conditions = r.putArray("conditions");
        for (Explanation.ConditionCheck c : rule.conditions()) {
          ObjectNode condition = conditions.addObject().put("text", c.text()).put("line", c.line());
          ObjectNode values = condition.putObject("values");
          for (Map.Entry<String, Object> v : c.values().entrySet()) {
            values.set(v.getKey(), JsonMapper.builder().build().valueToTree(v.getValue()));
          }
          if (c.held() == null) {
            condition.putNull("held");
          } else {
            condition.put("held", c.held());
          }
        }
      }
    }
    ArrayNode errorNodes = root.putArray("errors");
    errors.forEach(e -> errorNodes.addObject().put("site", e.site()).put("path", e.path()).put("message", e.message()));
    return VisibleText.json(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build(), root)
        + System.lineSeparator();
  }
}
