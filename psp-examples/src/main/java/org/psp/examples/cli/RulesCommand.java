package org.psp.examples.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.psp.model.Strategy;
import org.psp.model.internal.VisibleText;
import org.psp.rules.StrategyAdvisor;
import org.psp.rules.catalog.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code psp rules}: every rule in force, from the engine's catalog. */
@Command(mixinStandardHelpOptions = true,
    description = "Lists every rule in force: name, file, line, stage, the strategies it can propose, the settings it "
        + "reads, and whether it is a default rule or an added one.")
final class RulesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin RuleOptions ruleOptions;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  AdviseCommand.Format format = AdviseCommand.Format.text;

  @Override
  public Integer call() {
    Optional<StrategyAdvisor> advisor = ruleOptions.advisor(spec);
    if (advisor.isEmpty()) {
      return CommandLine.ExitCode.SOFTWARE;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == AdviseCommand.Format.json) {
      out.print(json(advisor.get()));
    } else {
      for (RuleInfo rule : advisor.get().rules()) {
        out.println(Terminal.safe(rule.name()));
        out.println("  " + Terminal.safe(rule.file()) + ":" + rule.line() + ", stage " + rule.stage() + ", "
            + rule.origin().name().toLowerCase(Locale.ROOT)
            + (rule.strategies().isEmpty() ? "" : "; proposes " + String.join(", ", rule.strategies().stream().map(Strategy::name).toList()))
            + (rule.settings().isEmpty() ? "" : "; reads " + String.join(", ", rule.settings())));
      }
      out.println(advisor.get().rules().size() + " rules");
    }
    out.flush();
    return CommandLine.ExitCode.OK;
  }

  /** The contract's {@code {"rules": [{"name", "file", "line", "stage", "strategies", "settings", "origin"}]}}. */
  private static String json(StrategyAdvisor advisor) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ArrayNode rules = root.putArray("rules");
    for (RuleInfo rule : advisor.rules()) {
      ObjectNode node = rules.addObject().put("name", rule.name()).put("file", rule.file()).put("line", rule.line())
          .put("stage", rule.stage().groupName());
      ArrayNode strategies = node.putArray("strategies");
      rule.strategies().forEach(s -> strategies.add(s.name()));
      ArrayNode settings = node.putArray("settings");
      rule.settings().forEach(settings::add);
      node.put("origin", rule.origin().name().toLowerCase(Locale.ROOT));
    }
    root.putArray("errors"); // none when the rules are listed: JsonFallback lists them otherwise
    return VisibleText.json(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build(), root)
        + System.lineSeparator();
  }
}
