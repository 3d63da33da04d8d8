import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.psp.model.Site;
import org.psp.model.fbi.CityTableReader;
import org.psp.rules.StrategyAdvisor;
import org.psp.rules.screen.CityScreen;

/**
 * The FbiTablesBenchmark's operations timed in turns in one JVM, wall and process CPU seconds (the
 * median and range of the rounds after two of warm-up): on a loaded machine the CPU time a piece of
 * work takes says more than its wall time. {@code read} alone when given only the number of rounds
 * (it runs against an older build's jar too). From the repository's root, after a build with
 * -Pbenchmarks:
 *
 *     java -Xmx512m -cp psp-benchmarks/target/benchmarks.jar psp-benchmarks/scripts/FbiTablesCpu.java 5 all
 */
public class FbiTablesCpu {
  static long sink;

  interface Op { void run() throws Exception; }

  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    boolean withoutReadAhead = args.length > 1;
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> xls = Files.newDirectoryStream(Path.of("data/fbi"), "*.xls")) {
      xls.forEach(files::add);
    }
    files.sort(null);
    CityTableReader reader = new CityTableReader();
    StrategyAdvisor advisor = StrategyAdvisor.builder().dataGaps(false).build();
    CityScreen screen = new CityScreen(advisor);
    List<Site> sites = new ArrayList<>();
    for (Path file : files) {
      reader.read(file, row -> {
        if (row.isComplete()) {
          try {
            sites.add(row.site());
          } catch (IllegalArgumentException e) {
            // figures that make no site: not advised
          }
        }
      });
    }
    Consumer<Object> out = o -> sink += o.hashCode();
    Op read = () -> { for (Path f : files) out.accept(reader.read(f, out::accept)); };
    Op advise = () -> advisor.adviseEach(sites, org.psp.rules.AdviceYear.LATEST, out::accept);
    Op screened = () -> { for (Path f : files) out.accept(screen.screen(f, reader, out::accept)); };
    Op sequential = () -> { for (Path f : files) { try (CityScreen.Screening s = screen.open(out::accept)) { out.accept(reader.read(f, s)); } } };
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    String[] names = withoutReadAhead ? new String[] {"read", "advise", "screen", "screenWithoutReadAhead"}
        : new String[] {"read"};
    Op[] ops = withoutReadAhead ? new Op[] {read, advise, screened, sequential} : new Op[] {read};
    for (int w = 0; w < 2; w++) for (Op op : ops) op.run();   // warm-up
    double[][] wall = new double[ops.length][rounds];
    double[][] cpu = new double[ops.length][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < ops.length; i++) {
        long c0 = os.getProcessCpuTime(), t0 = System.nanoTime();
        ops[i].run();
        wall[i][r] = (System.nanoTime() - t0) / 1e9;
        cpu[i][r] = (os.getProcessCpuTime() - c0) / 1e9;
      }
    }
    for (int i = 0; i < ops.length; i++) {
      double[] w = wall[i].clone(), c = cpu[i].clone();
      java.util.Arrays.sort(w); java.util.Arrays.sort(c);
      System.out.printf("%-24s wall median %6.2f s (%.2f-%.2f)  cpu median %6.2f s (%.2f-%.2f)%n", names[i],
          w[rounds / 2], w[0], w[rounds - 1], c[rounds / 2], c[0], c[rounds - 1]);
    }
    System.out.println("sites " + sites.size() + " sink " + (sink & 1));
  }
}
