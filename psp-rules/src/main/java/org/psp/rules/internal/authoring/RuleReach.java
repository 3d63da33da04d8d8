package org.psp.rules.internal.authoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.psp.model.Problem;

/**
 * Rules are policy, not programs: what a .drl file's code (its conditions, consequences, functions,
 * globals and imports) may reach is the rule facts and plain values, nothing of the program around
 * them. Refused, each at its line and column:
 * <ul>
 *   <li>{@code System}, {@code Runtime}, {@code Thread} and the other {@code java.lang} classes that
 *       reach the process, its threads, its output or its classes (a rule's {@code System.exit} ended
 *       psp; its {@code System.out.println} cut psp's JSON);
 *   <li>a name qualified with a package outside the rule facts ({@code java.io.File}, {@code
 *       java.net.Socket}, {@code java.lang.reflect.Method}), and an import of one: files, network,
 *       processes, reflection, class loading;
 *   <li>reflection and class loading by method ({@code getClass()}, {@code forName}, {@code
 *       getDeclaredMethod}, {@code invoke}, {@code .class}...) and the engine behind the session
 *       ({@code drools.getKieRuntime()}, {@code kcontext});
 *   <li>a package of the JDK, of Drools or of this library's non-fact classes as the file's own
 *       package (its classes would see theirs without an import).
 * </ul>
 * What may be imported: the model ({@code org.psp.model}), the facts ({@code org.psp.rules.facts}),
 * {@code org.psp.rules.settings.PolicySettings}, and the value and collection types of {@code java.util},
 * {@code java.util.function}, {@code java.util.stream}, {@code java.math} and {@code java.time}.
 *
 * <p>This is a check of the text, made for rule authors, not a sandbox: it keeps a policy file from
 * doing by mistake or by a reviewer's oversight what a policy has no business doing. Rules from a
 * trusted source that need more (a rule set that logs, say) are compiled with {@code
 * StrategyAdvisor.Builder.trustedRules(true)} ({@code --trusted-rules} on the command line).
 */
final class RuleReach {
  /** The {@code java.lang} classes that reach outside the rule facts, without an import. */
  private static final Set<String> OUTSIDE = Set.of("System", "Runtime", "Thread", "ThreadGroup", "ThreadLocal",
      "InheritableThreadLocal", "Process", "ProcessBuilder", "ProcessHandle", "ClassLoader", "Class", "Module",
      "ModuleLayer", "Package", "StackWalker", "SecurityManager", "Compiler", "ScopedValue", "ClassValue");
  /** Methods of reflection, class loading, processes and the engine, whatever object they are called on. */
  private static final Set<String> OUTSIDE_METHODS = Set.of("getClass", "getDeclaringClass", "getClassLoader",
      "forName", "loadClass", "defineClass", "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods",
      "getField", "getFields", "getDeclaredField", "getDeclaredFields", "getConstructor", "getConstructors",
      "getDeclaredConstructor", "getDeclaredConstructors", "newInstance", "invoke", "setAccessible", "exec", "exit",
      "halt", "getRuntime", "getKieRuntime", "getKnowledgeRuntime", "getWorkingMemory", "getKieBase", "getEntryPoint",
      "getChannels", "getGlobals", "getEnvironment");
  /** The roots of qualified names: a name that starts with one is a class of that package. */
  private static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jdk", "sun", "com", "org", "net", "io");
  /** What may be imported or named in full. */
  private static final Pattern ALLOWED = Pattern.compile(
      "org\\.psp\\.model\\.(?!json\\.|internal\\.)[A-Z][\\w.]*|org\\.psp\\.model\\.\\*|org\\.psp\\.rules\\.facts\\.[\\w.*]+"
      + "|org\\.psp\\.rules\\.settings\\.PolicySettings|java\\.math\\.\\w+|java\\.math\\.\\*|java\\.time\\.[A-Z]\\w*"
      + "|java\\.util\\.function\\.[\\w*]+|java\\.util\\.stream\\.(?:Collectors|Stream|IntStream|LongStream|DoubleStream)"
      + "|java\\.util\\.(?:List|ArrayList|LinkedList|Set|HashSet|LinkedHashSet|TreeSet|SortedSet|NavigableSet|Map|HashMap"
      + "|LinkedHashMap|TreeMap|SortedMap|NavigableMap|Collection|Collections|Arrays|Objects|Optional|OptionalInt"
      + "|OptionalLong|OptionalDouble|Locale|Comparator|EnumSet|EnumMap|Iterator|Deque|ArrayDeque|Queue)"
      + "|java\\.lang\\.(?:String|Math|StrictMath|Integer|Long|Double|Float|Short|Byte|Boolean|Character|Number"
      + "|StringBuilder|CharSequence|Comparable|Iterable|Object)");
  /** Packages a rule file may not call its own. */
  private static final Pattern OWN_PACKAGE_REFUSED = Pattern.compile(
      "(?:java|javax|jdk|sun|com\\.sun|org\\.kie|org\\.drools|org\\.mvel2|org\\.psp\\.model\\.json|org\\.psp\\.model\\.internal"
      + "|org\\.psp\\.model\\.text|org\\.psp\\.rules\\.internal)(?:\\..*)?|org\\.psp\\.rules(?:\\.(?:settings|catalog))?"
      + "|org\\.psp\\.examples(?:\\.(?:cli|report|scenario|batch|embedding))?");
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$*][\\w$]*)*");

  private RuleReach() {}

  /** Every place {@code text}, the .drl file {@code file}, reaches outside the rule facts; empty when it does not. */
  static List<Problem> check(String file, String text) {
    String code = codeOnly(text);
    List<Problem> problems = new ArrayList<>();
    Set<String> said = new HashSet<>();
    Matcher token = TOKEN.matcher(code);
    String previous = "";
    while (token.find()) {
      String name = token.group().replaceAll("\\s+", "");
      int start = token.start();
      boolean afterDot = start > 0 && code.substring(0, start).stripTrailing().endsWith(".");
      String problem = null;
      if (previous.equals("package")) {
        if (OWN_PACKAGE_REFUSED.matcher(name).matches()) {
          problem = "package " + name + " is not a rule file's to take: its classes would reach that package's own";
        }
      } else if (previous.equals("import") || previous.equals("global") || previous.equals("static")
          || previous.equals("function") && name.contains(".")) {
        String imported = name.startsWith("function.") ? name.substring("function.".length()) : name;
        if (imported.equals("static") || imported.equals("function") || imported.equals("accumulate")) {
          previous = imported;
          continue;
        }
        if (PACKAGE_ROOTS.contains(imported.split("\\.")[0]) && !ALLOWED.matcher(imported).matches()) {
          problem = imported + " reaches outside the rule facts";
        }
      } else if (!afterDot) {
        String[] parts = name.split("\\.");
        if (PACKAGE_ROOTS.contains(parts[0]) && parts.length > 1 && !allowedQualified(parts)) {
          problem = name + " reaches outside the rule facts";
        } else if (OUTSIDE.contains(parts[0])) {
          problem = parts[0] + " reaches outside the rule facts (the program, its output, threads or classes)";
        } else if (parts[0].equals("kcontext") || parts[0].equals("drools") && parts.length > 1
            && !parts[1].equals("getRule") && !parts[1].equals("getMatch")) {
          problem = name + " reaches the engine behind the rules";
        }
      }
      if (problem == null) {
        for (String part : name.split("\\.")) {
          if (OUTSIDE_METHODS.contains(part) && followedByCall(code, token.end(), name, part)) {
            problem = part + "() reaches outside the rule facts (reflection, class loading, processes or the engine)";
            break;
          }
          if (part.equals("class") && name.contains(".class")) {
            problem = ".class reaches outside the rule facts (reflection)";
            break;
          }
        }
      }
      if (problem != null && said.add(problem)) {
        int line = lineOf(text, start);
        int column = start - text.lastIndexOf('\n', start - 1);
        problems.add(Problem.inFile(file, line, column, problem + ": rules are policy, not programs, and may use "
            + "the rule facts and plain values only. A trusted rule set may go further with "
            + "StrategyAdvisor.Builder.trustedRules(true) (psp: --trusted-rules)"));
      }
      previous = name;
    }
    return problems;
  }

  /** Whether {@code part}, a part of the name just read, is called: the last part followed by "(", or a middle one. */
  private static boolean followedByCall(String code, int end, String name, String part) {
    if (!name.endsWith(part)) {
      return true; // a middle part of a chain: x.getClass().y reads as "x.getClass" then "().y"; only the last is checked
    }
    int i = end;
    while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
      i++;
    }
    return i < code.length() && (code.charAt(i) == '(' || code.charAt(i) == ':');
  }

  private static boolean allowedQualified(String[] parts) {
    // Only the class: java.util.List.of(...) is the class java.util.List and its method.
    StringBuilder prefix = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      prefix.append('.').append(parts[i]);
      if (Character.isUpperCase(parts[i].charAt(0))) {
        return ALLOWED.matcher(prefix).matches();
      }
    }
    return false; // a package and no class: nothing a rule needs
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** {@code text} with its comments and quoted texts blanked (kept as spaces, so offsets and lines stay). */
  static String codeOnly(String text) {
    char[] code = text.toCharArray();
    for (int i = 0; i < code.length; i++) {
      char c = code[i];
      if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < code.length && code[j] != c && code[j] != '\n') {
          j += code[j] == '\\' ? 2 : 1;
        }
        for (int k = i; k <= Math.min(j, code.length - 1); k++) {
          if (code[k] != '\n') {
            code[k] = ' ';
          }
        }
        i = Math.min(j, code.length - 1);
      } else if (c == '/' && i + 1 < code.length && code[i + 1] == '/') {
        while (i < code.length && code[i] != '\n') {
          code[i++] = ' ';
        }
      } else if (c == '/' && i + 1 < code.length && code[i + 1] == '*') {
        int end = text.indexOf("*/", i + 2);
        end = end < 0 ? code.length - 1 : end + 1;
        for (int k = i; k <= end; k++) {
          if (code[k] != '\n') {
            code[k] = ' ';
          }
        }
        i = end;
      }
    }
    return new String(code);
  }
}
