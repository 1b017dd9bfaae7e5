package org.siplab.cli;

import java.nio.file.Path;

/** The name a scenario's outputs go under: its file name without the extension. */
final class ScenarioNames {

  private ScenarioNames() {}

  static String stem(String file) {
    String name = Path.of(file).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
