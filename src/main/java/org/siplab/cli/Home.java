package org.siplab.cli;

import java.nio.file.Path;

/**
 * Where siplab's own files are (the bundled scenarios): the {@code siplab.home} property that
 * {@code ./siplab} sets to the repository, else the current folder.
 */
final class Home {

  private Home() {}

  static Path path() {
    String home = System.getProperty("siplab.home");
    return Path.of(home == null || home.isEmpty() ? "." : home).toAbsolutePath().normalize();
  }
}
