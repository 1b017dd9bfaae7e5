package org.siplab.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.siplab.trace.RunSummary;

/**
 * The paths a run's outputs name, made relative to the siplab folder ({@link Home}): the scenario
 * file in the replay command, which is typed at the repository root, and the climb from a
 * report's folder to the learner notes. Both are worked out on real paths (symbolic links
 * resolved), so a folder reached by two names is still recognised as inside the siplab folder.
 */
final class HomePaths {

  private HomePaths() {}

  /**
   * How outputs name a scenario file: {@code scenarios/rules/x.yaml} for a file inside
   * {@code home}, however it was given (absolute, or relative to another folder); {@code …/x.yaml}
   * for a file outside it, whose folder is left out because the report must be the same on every
   * machine (DESIGN.md: no absolute paths in output).
   */
  static String scenario(Path file, Path home) {
    Path real = real(file);
    Path realHome = real(home);
    if (real.startsWith(realHome) && !real.equals(realHome)) {
      return slashes(realHome.relativize(real));
    }
    Path name = real.getFileName();
    return RunSummary.ELSEWHERE + (name == null ? file.toString() : name.toString());
  }

  /**
   * The relative path from {@code dir} up to {@code home}, ending in a slash ({@code ../../} from
   * reports/NAME), or empty when they are the same folder; null when there is none (another
   * drive on Windows). Outside {@code home} the climb names the folders between the two, so it
   * only holds where the report was written.
   */
  static String climb(Path dir, Path home) {
    Path from = real(dir);
    Path to = real(home);
    if (from.getRoot() == null || !from.getRoot().equals(to.getRoot())) {
      return null;
    }
    String path = slashes(from.relativize(to));
    return path.isEmpty() ? "" : path + "/";
  }

  /** The real path when the file exists, else the absolute normalized one. */
  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  /** Forward slashes on every system: the path ends up in HTML and JSON. */
  private static String slashes(Path relative) {
    return relative.toString().replace('\\', '/');
  }
}
