package org.psp.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * The yardstick of the command line's start-up (BENCHMARKS.md, "Cold start"): the smallest useful
 * Drools program, one rule compiled at run time and fired on one fact, as a user would first write
 * it. Run cold, in a JVM of its own, beside {@code psp advise}:
 *
 * <pre>java -cp psp-benchmarks/target/benchmarks.jar org.psp.benchmarks.OneRuleProgram</pre>
 */
public final class OneRuleProgram {

  private static final String RULE = """
      package org.psp.benchmarks.onerule;
      global java.util.List out;
      rule "Above the line"
      when
        $n : Integer( this > 1000 )
      then
        out.add("rate " + $n + " is above the line");
      end
      """;

  private OneRuleProgram() {}

  /** Compiles the rule, fires it on one number and prints what it said. */
  public static void main(String[] args) {
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
    builder.add(ResourceFactory.newByteArrayResource(RULE.getBytes(StandardCharsets.UTF_8))
        .setSourcePath("one-rule.drl"), ResourceType.DRL);
    if (builder.hasErrors()) {
      throw new IllegalStateException(builder.getErrors().toString());
    }
    InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
    base.addPackages(builder.getKnowledgePackages());
    KieSession session = base.newKieSession();
    List<String> out = new ArrayList<>();
    session.setGlobal("out", out);
    session.insert(1_500);
    session.fireAllRules();
    session.dispose();
    out.forEach(System.out::println);
  }
}
