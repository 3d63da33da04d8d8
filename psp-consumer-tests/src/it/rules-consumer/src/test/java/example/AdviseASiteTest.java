package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's program, run on a plain class path with psp-rules as its only PSP dependency. */
class AdviseASiteTest {

  @Test
  void advisesTheSiteInCodeAndEverySiteOfTheFile() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      AdviseASite.main(new String[] {Path.of("src", "test", "resources", "sites.json").toString()});
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    System.out.println(text);
    assertTrue(text.startsWith("Anniston 2017: eligible true, 8.97× the national rate"), text);
    // Nobody recorded Anniston's capabilities: whether it has NIBIN access is not on record, never "it has none".
    assertTrue(text.contains(" UNKNOWN CRIME_GUN_INTELLIGENCE: "), text);
    assertTrue(!text.contains("the site has no"), text);
    assertTrue(text.contains("\nanniston-al: ["), text);
    assertTrue(text.contains("\nbaltimore-md: ["), text);
    assertEquals("", err.toString(StandardCharsets.UTF_8));
  }
}
