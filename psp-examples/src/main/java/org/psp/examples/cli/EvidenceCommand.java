package org.psp.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.psp.model.Evidence;
import org.psp.model.EvidenceTable;
import org.psp.model.Strategy;
import org.psp.model.words.Phrases;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code psp evidence}: the evidence behind each strategy, row by row, with its sources. */
@Command(mixinStandardHelpOptions = true,
    description = "Lists the evidence behind each strategy (or the ones named): its summary, then each row with who rated "
        + "it, the rating, the level, the outcome it is about, the finding and the source.",
    footer = {"", "Ratings are the raters' words; a program's rating is about one program, not the whole practice; "
        + "many ratings are about crime overall, not shootings. data/evidence/README.md lists every caveat."})
final class EvidenceCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "STRATEGY", description = "A strategy, e.g. HOT_SPOTS_POLICING. Default: every one.")
  List<Strategy> strategies;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  AdviseCommand.Format format = AdviseCommand.Format.text;

  @Override
  public Integer call() {
    List<Strategy> shown = strategies == null || strategies.isEmpty() ? List.of(Strategy.values()) : strategies;
    EvidenceTable table = EvidenceTable.bundled();
    PrintWriter out = spec.commandLine().getOut();
    if (format == AdviseCommand.Format.json) {
      ObjectNode root = JsonNodeFactory.instance.objectNode();
      ArrayNode results = root.putArray("strategies");
      for (Strategy strategy : shown) {
        ObjectNode node = results.addObject().put("strategy", strategy.name()).put("summary", Phrases.evidence(table.summary(strategy)));
        ArrayNode rows = node.putArray("rows");
        for (Evidence e : table.rows(strategy)) {
          rows.addObject().put("rater", e.rater().label()).put("rating", e.rating()).put("level", e.level().label())
              .put("outcome", e.outcome()).put("finding", e.finding()).put("sourceTitle", e.sourceTitle())
              .put("sourceUrl", e.sourceUrl());
        }
      }
      try {
        out.print(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(root)
            + System.lineSeparator());
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException("a JSON tree of plain values failed to serialize", e);
      }
    } else {
      for (Strategy strategy : shown) {
        out.println(strategy + ": " + Phrases.evidence(table.summary(strategy)));
        for (Evidence e : table.rows(strategy)) {
          out.println("  - " + e.rater().label() + ": " + e.rating() + " (" + e.level().label() + "); outcome: " + e.outcome());
          out.println("    " + e.finding());
          out.println("    source: " + e.sourceTitle() + " <" + e.sourceUrl() + ">");
        }
      }
    }
    out.flush();
    return CommandLine.ExitCode.OK;
  }
}
