package org.psp.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.psp.rules.RuleInfo;
import org.psp.rules.RuleProblem;

/**
 * Every rule in force in one rule base, by name: the default rules (from the policy's .drl files on
 * the class path) less the disabled and replaced ones, and the added ones. Immutable.
 */
public final class RuleCatalog {
  /** Where the default policy's .drl files are on the class path. */
  static final String DEFAULT_POLICY = "org/psp/rules/policy/";

  private final Map<String, RuleInfo> rules;

  private RuleCatalog(Map<String, RuleInfo> rules) {
    this.rules = rules;
  }

  /** The default rules. */
  public static RuleCatalog defaults() {
    return Defaults.CATALOG;
  }

  /** The default rules with {@code added} (which replace defaults of their names), less those named in {@code disabled}. */
  public static RuleCatalog of(Collection<String> disabled, Collection<RuleInfo> added) {
    Map<String, RuleInfo> rules = new LinkedHashMap<>(Defaults.CATALOG.rules);
    added.forEach(r -> rules.put(r.name(), r));
    disabled.forEach(rules::remove);
    return new RuleCatalog(sorted(rules.values()));
  }

  /** Every rule, default ones first, each group in file and line order. */
  public List<RuleInfo> all() {
    return List.copyOf(rules.values());
  }

  /** The rule named {@code name}, if it is in force. */
  public Optional<RuleInfo> rule(String name) {
    return Optional.ofNullable(rules.get(name));
  }

  private static Map<String, RuleInfo> sorted(Collection<RuleInfo> rules) {
    Map<String, RuleInfo> byName = new LinkedHashMap<>();
    rules.stream()
        .sorted(Comparator.comparing(RuleInfo::origin).thenComparing(RuleInfo::file).thenComparingInt(RuleInfo::line))
        .forEach(r -> byName.put(r.name(), r));
    return byName;
  }

  /** The text of each of the default policy's .drl files, in name order. */
  static List<String> defaultTexts() {
    return Defaults.policyFiles().stream().map(Defaults::resource).toList();
  }

  /** The default rules' catalog, read once on first use. */
  private static final class Defaults {
    static final RuleCatalog CATALOG = read();

    private static RuleCatalog read() {
      List<RuleInfo> rules = new ArrayList<>();
      List<RuleProblem> problems = new ArrayList<>();
      for (String file : policyFiles()) {
        rules.addAll(DrlOutline.rules(file, resource(file), RuleInfo.Origin.DEFAULT, problems));
      }
      if (!problems.isEmpty() || rules.isEmpty()) {
        throw new IllegalStateException("the default policy's catalog cannot be read: " + (rules.isEmpty()
            ? "no rule in " + DEFAULT_POLICY : problems));
      }
      return new RuleCatalog(sorted(rules));
    }

    /**
     * The names of the default policy's .drl files, as class path resources, in name order. Every
     * class path entry that has the folder is listed: in tests, the test classes of the same package
     * come first.
     */
    static List<String> policyFiles() {
      Set<String> names = new TreeSet<>();
      try {
        Enumeration<URL> folders = RuleCatalog.class.getClassLoader().getResources(DEFAULT_POLICY);
        while (folders.hasMoreElements()) {
          names.addAll(drlFiles(folders.nextElement()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + DEFAULT_POLICY + " on the class path", e);
      }
      return List.copyOf(names);
    }

    /** The .drl files directly in {@code folder}, a jar's entry or a directory, as resource names. */
    private static List<String> drlFiles(URL folder) throws IOException {
      List<String> names = new ArrayList<>();
      if (folder.getProtocol().equals("jar")) {
        JarURLConnection connection = (JarURLConnection) folder.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
          jar.stream().map(JarEntry::getName).forEach(names::add);
        }
      } else if (folder.getProtocol().equals("file")) {
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
          files.forEach(f -> names.add(DEFAULT_POLICY + f.getFileName()));
        } catch (URISyntaxException e) {
          throw new IOException("cannot list " + folder, e);
        }
      } else {
        throw new IllegalStateException("cannot list " + folder + ": only jar files and folders are read");
      }
      return names.stream()
          .filter(n -> n.startsWith(DEFAULT_POLICY) && n.endsWith(".drl") && n.indexOf('/', DEFAULT_POLICY.length()) < 0)
          .toList();
    }

    static String resource(String name) {
      try (InputStream in = RuleCatalog.class.getClassLoader().getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException(name + " is missing from the class path");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + name, e);
      }
    }
  }
}
