package org.psp.rules.internal.rulebase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.ancompiler.CompiledNetworkSources;
import org.drools.ancompiler.ObjectTypeNodeCompiler;
import org.drools.base.base.ClassObjectType;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.memorycompiler.KieMemoryCompiler;

/**
 * Compiles the default rules' alpha network at build time (psp-rules/pom.xml runs it after the tests
 * are compiled, before they run): Drools' alpha network compiler writes a Java class for each type of
 * fact that rules match, from {@link RuleBases#interpreted()}; they are compiled into the classes of
 * psp-rules and listed in {@link CompiledAlphaNetworks#INDEX}, which {@link RuleBases#defaults()}
 * reads. The sources are kept for reading beside the other generated sources.
 *
 * <p>Arguments: the classes folder, the folder for the sources.
 */
public final class AlphaNetworkClasses {
  /** The package of the compiled networks: the rule base's room, not Drools' package. */
  private static final String PACKAGE = AlphaNetworkClasses.class.getPackageName();

  private AlphaNetworkClasses() {}

  /** Writes the compiled networks and their index; see the class's description. */
  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    Path sources = Path.of(args[1]);
    InternalKnowledgeBase base = (InternalKnowledgeBase) RuleBases.interpreted();
    Map<String, String> sourceByClass = new TreeMap<>();
    List<String> index = new ArrayList<>();
    for (ObjectTypeNode node : ObjectTypeNodeCompiler.objectTypeNodes(base.getRete())) {
      CompiledNetworkSources generated = new ObjectTypeNodeCompiler(node).generateSource();
      String source = generated.getSource();
      if (source.contains("rangeIndexDeclarationMap.get(")) {
        continue; // its range indexes are made at run time by Drools' own path; left to Drools' walk
      }
      String type = ((ClassObjectType) node.getObjectType()).getClassName();
      String simpleName = "Compiled" + type.substring(type.lastIndexOf('.') + 1).replace('$', '_') + "Network";
      String drools = generated.getName().substring(generated.getName().lastIndexOf('.') + 1);
      source = oneLineComments(source).replace("package " + ObjectTypeNodeCompiler.PACKAGE_NAME + ";", "package " + PACKAGE + ";")
          .replace(drools, simpleName);
      sourceByClass.put(PACKAGE + "." + simpleName, source);
      index.add(type + " " + PACKAGE + "." + simpleName + " " + CompiledAlphaNetworks.shapeHash(node));
    }
    Map<String, byte[]> compiled = KieMemoryCompiler.compileNoLoad(sourceByClass, AlphaNetworkClasses.class.getClassLoader());
    for (Map.Entry<String, byte[]> entry : compiled.entrySet()) {
      Path file = classes.resolve(entry.getKey().replace('.', '/') + ".class");
      Files.createDirectories(file.getParent());
      Files.write(file, entry.getValue());
    }
    for (Map.Entry<String, String> entry : sourceByClass.entrySet()) {
      Path file = sources.resolve(entry.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, entry.getValue(), StandardCharsets.UTF_8);
    }
    Path indexFile = classes.resolve(CompiledAlphaNetworks.INDEX);
    Files.createDirectories(indexFile.getParent());
    Files.write(indexFile, index, StandardCharsets.UTF_8);
    System.out.println("Compiled the default rules' alpha network: " + index.size() + " types of fact");
  }

  /**
   * {@code source} with each comment that names a node on one line: the compiler writes a node's
   * condition as its .drl file does, over several lines for a long one, after a line comment.
   */
  static String oneLineComments(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int open = 0;
    for (String line : source.split("\n", -1)) {
      if (open > 0) {
        out.append(' ').append(line.strip());
      } else {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(line);
      }
      int comment = line.indexOf("// [");
      String counted = open > 0 ? line : comment >= 0 ? line.substring(comment) : "";
      for (char c : counted.toCharArray()) {
        open += c == '[' ? 1 : c == ']' ? -1 : 0;
      }
      open = Math.max(open, 0);
    }
    return out.toString();
  }
}
