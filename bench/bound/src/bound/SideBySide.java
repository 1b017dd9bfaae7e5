package bound;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * Times {@link ParseAndRead} of two builds of siplab in one JVM, round by round in alternating
 * order, by the thread's CPU time, so that a busy machine slows both alike.
 *
 * <p>Usage: {@code SideBySide HARNESS_DIR BASE_CLASSES OTHER_CLASSES MESSAGE_FILE ROUNDS REPS}.
 */
public final class SideBySide {
  private SideBySide() {}

  public static void main(String[] args) throws Exception {
    URL harness = Path.of(args[0]).toUri().toURL();
    Path message = Path.of(args[3]);
    int rounds = Integer.parseInt(args[4]);
    int reps = Integer.parseInt(args[5]);
    IntSupplier[] builds = new IntSupplier[2];
    for (int b = 0; b < 2; b++) {
      ClassLoader loader = new URLClassLoader(
          new URL[] {harness, Path.of(args[1 + b]).toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      builds[b] = (IntSupplier) loader.loadClass("bound.ParseAndRead")
          .getConstructor(Path.class).newInstance(message);
      String diagnostics = (String) builds[b].getClass().getMethod("diagnostics")
          .invoke(builds[b]);
      System.out.println((b == 0 ? "base " : "other") + " diagnostics: " + diagnostics);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[][] nanos = new long[2][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < 2; i++) {
        int b = r % 2 == 0 ? i : 1 - i;
        long start = threads.getCurrentThreadCpuTime();
        for (int k = 0; k < reps; k++) {
          builds[b].getAsInt();
        }
        nanos[b][r] = threads.getCurrentThreadCpuTime() - start;
      }
    }
    // The first third is the JIT's warm-up.
    int from = rounds / 3;
    String name = message.getFileName().toString();
    for (int b = 0; b < 2; b++) {
      long[] kept = Arrays.copyOfRange(nanos[b], from, rounds);
      Arrays.sort(kept);
      System.out.printf(Locale.ROOT, "%-22s %-5s best %,6.0f ns, median %,6.0f ns%n", name,
          b == 0 ? "base" : "other", kept[0] / (double) reps,
          kept[kept.length / 2] / (double) reps);
    }
    double[] ratios = new double[rounds - from];
    for (int r = from; r < rounds; r++) {
      ratios[r - from] = (double) nanos[1][r] / nanos[0][r];
    }
    Arrays.sort(ratios);
    System.out.printf(Locale.ROOT, "%-22s other/base, round by round: median %.3f (quartiles"
        + " %.3f and %.3f)%n", name, ratios[ratios.length / 2], ratios[ratios.length / 4],
        ratios[3 * ratios.length / 4]);
  }
}
