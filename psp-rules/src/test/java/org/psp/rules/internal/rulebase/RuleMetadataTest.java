package org.psp.rules.internal.rulebase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.psp.model.Strategy;
import org.psp.rules.catalog.RuleInfo;
import org.psp.rules.catalog.Stage;

/**
 * What a rule proposes and reads is its metadata, {@code @proposes(...)} and {@code @reads(...)}, read
 * from the compiled rule base: the default rules' executable model, made by kie-maven-plugin at build
 * time, keeps it as the classic compiler of rule authors' files does.
 */
class RuleMetadataTest {

  @Test
  void theExecutableModelKeepsEveryDefaultRulesMetadataAsTheClassicCompilerDoes() {
    Map<String, RuleMetadata> classic = metadata(classicDefaults());
    Map<String, RuleMetadata> executable = metadata(RuleBases.defaults());

    assertThat(executable).isEqualTo(classic);
    assertThat(executable.get("Technology: technology deficit, or high violence with no real-time crime center on record"))
        .isEqualTo(new RuleMetadata(Optional.of(Set.of(Strategy.TECHNOLOGY)), false, Optional.of(Set.of("technologyRatio")),
            List.of()));
    assertThat(executable.get("Enforcement task force: gang or drug violence at an eligible site").reads())
        .contains(Set.of("taskForceGangShare", "taskForceDrugShare"));
    assertThat(executable.get("Active intervention: an eligible site keeps what it carries out"))
        .satisfies(m -> assertThat(m.proposesAny()).isTrue())
        .satisfies(m -> assertThat(m.proposes()).contains(EnumSet.allOf(Strategy.class)));
  }

  @Test
  void everyDefaultRuleThatProposesOrReadsSaysSoInItsMetadata() {
    KieBase defaults = RuleBases.defaults();
    int proposing = 0;
    for (KiePackage pkg : defaults.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        RuleInfo listed = RuleCatalog.defaults().rule(rule.getName()).orElseThrow();
        RuleMetadata metadata = RuleMetadata.of(rule);
        assertThat(metadata.proposes().orElse(Set.of())).as("@proposes of %s", listed).isEqualTo(listed.strategies());
        assertThat(metadata.reads().orElse(Set.of())).as("@reads of %s", listed).isEqualTo(listed.settings());
        assertThat(metadata.unknownStrategies()).as(listed.name()).isEmpty();
        proposing += listed.strategies().isEmpty() ? 0 : 1;
      }
    }
    assertThat(proposing).as("default rules that propose a strategy").isGreaterThan(20);
  }

  /** The catalog lists what the compiled rule's metadata says, whatever its text's outline would infer. */
  @Test
  void theCatalogTakesStrategiesAndSettingsFromTheCompiledMetadata() {
    String name = "Hot spots policing: violent crime well above the national rate";
    RuleInfo outlineWithoutFacts = new RuleInfo(name, "my-rules/hot-spots.drl", 3, Stage.STRATEGIES,
        EnumSet.noneOf(Strategy.class), Set.of(), RuleInfo.Origin.ADDED);

    RuleInfo listed = RuleCatalog.of(RuleBases.defaults(), List.of(outlineWithoutFacts)).rule(name).orElseThrow();

    assertThat(listed.strategies()).containsExactly(Strategy.HOT_SPOTS_POLICING);
    assertThat(listed.settings()).containsExactly("hotSpotsRatio");
    assertThat(listed.file()).isEqualTo("my-rules/hot-spots.drl");
    assertThat(listed.origin()).isEqualTo(RuleInfo.Origin.ADDED);
  }

  @Test
  void aValueIsReadAsNamesSeparatedByCommas() {
    assertThat(RuleMetadata.names("TECHNOLOGY")).containsExactly("TECHNOLOGY");
    assertThat(RuleMetadata.names("hotSpotsRatio, technologyRatio")).containsExactly("hotSpotsRatio", "technologyRatio");
    assertThat(RuleMetadata.names("{ \"A\", 'B' }")).containsExactly("A", "B");
    assertThat(RuleMetadata.names(new String[] {"A", "B, C"})).containsExactly("A", "B", "C");
    assertThat(RuleMetadata.names(Map.of("value", "A"))).containsExactly("A");
    assertThat(RuleMetadata.names(null)).isEmpty();
  }

  @Test
  void aNameThatIsNoStrategyIsKeptApart() {
    RuleMetadata metadata = RuleMetadata.of(Map.of(RuleMetadata.PROPOSES, "TECHNOLOGY, TECHNOLGY"));

    assertThat(metadata.proposes()).contains(Set.of(Strategy.TECHNOLOGY));
    assertThat(metadata.unknownStrategies()).containsExactly("TECHNOLGY");
    assertThat(metadata.reads()).isEmpty();
  }

  /** The default policy's files compiled with the classic compiler, as a rule author's are. */
  private static KieBase classicDefaults() {
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
    List<String> texts = RuleCatalog.defaultTexts();
    for (int i = 0; i < texts.size(); i++) {
      builder.add(ResourceFactory.newByteArrayResource(texts.get(i).getBytes(StandardCharsets.UTF_8))
          .setSourcePath("default-" + i + ".drl"), ResourceType.DRL);
    }
    assertThat(builder.getErrors()).isEmpty();
    KieBase base = builder.newKieBase();
    return base;
  }

  private static Map<String, RuleMetadata> metadata(KieBase base) {
    Map<String, RuleMetadata> byName = new HashMap<>();
    base.getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule -> byName.put(rule.getName(), RuleMetadata.of(rule))));
    return byName;
  }
}
