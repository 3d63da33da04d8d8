package org.psp.rules.internal.rulebase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.drools.ancompiler.CompiledNetwork;
import org.drools.ancompiler.NetworkHandler;
import org.drools.ancompiler.ObjectTypeNodeParser;
import org.drools.base.base.ClassObjectType;
import org.drools.base.common.NetworkNode;
import org.drools.base.rule.IndexableConstraint;
import org.drools.base.rule.accessor.ReadAccessor;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.KieBase;

/**
 * The default rules' alpha network compiled to Java at build time by Drools' alpha network compiler:
 * for each type of fact that rules match, one class that tests a new fact against every condition on
 * that type alone and hands it to the rules it meets, in straight code (a switch on the value most
 * conditions compare, such as a proposal's strategy), where Drools otherwise walks the network node by
 * node through interface calls. Same tests, same order, same matches: a site's advice is the same
 * either way; a site costs less.
 *
 * <p>The build makes the classes from the same executable model ({@code AlphaNetworkClasses} in
 * psp-rules' tests, run by psp-rules/pom.xml) and lists them in {@link #INDEX}, each with the type of
 * fact it was made for and the {@link #shape shape} of that type's network. A rule base whose network
 * for a type has another shape (a rule added, replaced or disabled) keeps Drools' own walk for it.
 * Drools' run-time path to compiled networks generates their Java source with a parser and compiles
 * it, seconds at start-up; here the compiled classes are only put in place, each node they reach found
 * by its id, with no parser and no compiler at run time.
 */
public final class CompiledAlphaNetworks {
  /** Lists, one a line, the type of fact, the compiled class and the hash of the network's shape. */
  static final String INDEX = "META-INF/psp-rules/alpha-networks.txt";

  /** The parser's calls that name a node a compiled class refers to, as Drools' own set-up reads them. */
  private static final Set<String> NODE_CALLS = Set.of("startNonHashedAlphaNode", "startHashedAlphaNode", "startBetaNode",
      "startLeftInputAdapterNode", "startWindowNode");

  private CompiledAlphaNetworks() {}

  /**
   * Puts in place, in {@code ruleBase}, the compiled class of each type of fact listed in {@link
   * #INDEX} whose network has the shape the class was made for; returns how many were put in place.
   * None when the index is missing (a build that skipped the tests' compilation).
   */
  static int attach(KieBase ruleBase) {
    Map<String, String[]> listed = index();
    int attached = 0;
    for (ObjectTypeNode node : ((InternalKnowledgeBase) ruleBase).getRete().getObjectTypeNodes()) {
      if (node.getObjectType() instanceof ClassObjectType type && !(node.getObjectSinkPropagator() instanceof CompiledNetwork)) {
        String[] entry = listed.get(type.getClassName());
        if (entry != null && entry[1].equals(shapeHash(node))) {
          attach(node, entry[0]);
          attached++;
        }
      }
    }
    return attached;
  }

  /** How many compiled networks the build listed. */
  static int listed() {
    return index().size();
  }

  /**
   * The nodes that the network of {@code node} reaches, in the order the alpha network compiler reads
   * them, each with its id: what a compiled class refers to by id.
   */
  static String shape(ObjectTypeNode node) {
    StringBuilder shape = new StringBuilder();
    walk(node, (call, args) -> {
      shape.append(call);
      for (Object arg : args) {
        shape.append(' ').append(arg instanceof NetworkNode n ? "#" + n.getId() + " " + n.getClass().getSimpleName()
            : arg == null || arg instanceof String || arg instanceof Number || arg instanceof Boolean || arg instanceof Enum<?>
            ? String.valueOf(arg) : arg.getClass().getSimpleName()); // a constraint's text names its lambdas by identity hash
      }
      shape.append('\n');
    });
    return shape.toString();
  }

  /** The hash of {@link #shape} as the index holds it. */
  static String shapeHash(ObjectTypeNode node) {
    return Integer.toHexString(shape(node).hashCode());
  }

  /** Makes the compiled class {@code className} the network of {@code node}, as Drools' own set-up would. */
  private static void attach(ObjectTypeNode node, String className) {
    try {
      ObjectTypeNodeParser parser = new ObjectTypeNodeParser(node);
      parser.accept(handler((call, args) -> { }));
      IndexableConstraint hashed = parser.getIndexableConstraint();
      CompiledNetwork network = (CompiledNetwork) Class.forName(className, true, CompiledAlphaNetworks.class.getClassLoader())
          .getDeclaredConstructor(ReadAccessor.class, Map.class)
          .newInstance(hashed == null ? null : hashed.getFieldExtractor(), Map.of());
      // CompiledNetwork.setObjectTypeNode does this with a walker whose class needs the source parser
      // (javaparser) on the class path: the same walk, with the same calls, by hand.
      Method setReference = network.getClass().getDeclaredMethod("setNetworkNodeReference", NetworkNode.class);
      setReference.setAccessible(true);
      Field typeNode = CompiledNetwork.class.getDeclaredField("objectTypeNode");
      typeNode.setAccessible(true);
      typeNode.set(network, node);
      walk(node, (call, args) -> {
        if (NODE_CALLS.contains(call)) {
          try {
            setReference.invoke(network, args[0]);
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
        }
      });
      network.setOriginalSinkPropagator(node.getObjectSinkPropagator());
      node.setObjectSinkPropagator(network);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("cannot put the compiled alpha network " + className + " in place; rebuild psp-rules", e);
    }
  }

  /** Walks the network of {@code node} as the alpha network compiler does, telling {@code calls} each call. */
  private static void walk(ObjectTypeNode node, BiConsumer<String, Object[]> calls) {
    new ObjectTypeNodeParser(node).accept(handler(calls));
  }

  private static NetworkHandler handler(BiConsumer<String, Object[]> calls) {
    return (NetworkHandler) Proxy.newProxyInstance(NetworkHandler.class.getClassLoader(), new Class<?>[] {NetworkHandler.class},
        (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return method.getName().equals("equals") ? proxy == args[0] : method.getName().equals("hashCode")
                ? System.identityHashCode(proxy) : "network walker";
          }
          calls.accept(method.getName(), args == null ? new Object[0] : args);
          return null;
        });
  }

  /** The index: for each type of fact, its compiled class and its network's shape hash; empty when absent. */
  private static Map<String, String[]> index() {
    Map<String, String[]> listed = new HashMap<>();
    try (InputStream in = CompiledAlphaNetworks.class.getClassLoader().getResourceAsStream(INDEX)) {
      if (in == null) {
        return listed;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] fields = line.strip().split(" ");
        if (fields.length == 3) {
          listed.put(fields[0], new String[] {fields[1], fields[2]});
        }
      }
      return listed;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + INDEX, e);
    }
  }
}
