package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.psp.model.InvalidValueException;
import org.psp.model.Site;
import org.psp.model.YearlyStatistics;
import org.psp.model.json.SiteFile;
import org.psp.model.json.SiteFileReader;

/** psp-model as the only PSP dependency: sites and site files, and no rule engine on the class path. */
class ModelAloneTest {

  @Test
  void buildsAndValidatesSites() {
    Site site = Site.builder()
        .id("anniston-al").name("Anniston").state("AL").population(21_955)
        .addStatistic(YearlyStatistics.builder().year(2017)
            .murders(14).rapes(47).robberies(71).aggravatedAssaults(622).build())
        .build();
    assertEquals(2017, site.latestYear());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Site.builder().from(site).population(-1).build());
    assertTrue(e.getMessage().contains("population"), e.getMessage());
    assertEquals("population", e.problems().get(0).path());
  }

  @Test
  void readsASiteFile() throws Exception {
    SiteFile file = new SiteFileReader().read(Path.of("src", "test", "resources", "sites.json"));
    assertTrue(file.isValid(), file.problems().toString());
    assertEquals(2, file.sites().size());
  }

  @Test
  void noRuleEngineComesWithTheModel() {
    for (String engineClass : new String[] {"org.kie.api.KieServices", "org.drools.core.common.InternalFactHandle",
        "org.mvel2.MVEL", "org.psp.rules.StrategyAdvisor"}) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(engineClass), engineClass);
    }
  }

  @Test
  void noSpreadsheetLibraryComesWithTheModel() {
    for (String tableClass : new String[] {"org.apache.poi.hssf.usermodel.HSSFWorkbook", "org.psp.model.fbi.CityTableReader"}) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(tableClass), tableClass);
    }
  }
}
