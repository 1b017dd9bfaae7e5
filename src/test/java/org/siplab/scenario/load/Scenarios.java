package org.siplab.scenario.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Scenario texts and fixtures the loader tests share. */
final class Scenarios {

  /** A small valid scenario of seven lines; cases add lines from line 8 on. */
  static final String BASE = """
      elements:
        registrar: { kind: registrar, domain: example.com, address: 192.0.2.11 }
        proxy: { kind: proxy, address: 192.0.2.10, registrar: registrar }
        alice: { kind: phone, aor: sip:alice@example.com, address: 192.0.2.101, proxy: proxy }
        bob: { kind: phone, aor: sip:bob@example.com, address: 192.0.2.102, proxy: proxy }
      script:
        - { at: 1s, do: alice.call bob }
      """;

  private Scenarios() {}

  /** The fixture's text, from src/test/resources/scenario. */
  static String fixture(String name) {
    try {
      return Files.readString(Path.of("src/test/resources/scenario", name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The formatted errors of loading {@code text} as {@code t.yaml}. */
  static List<String> errors(String text) {
    return ScenarioLoader.load("t.yaml", text).errors().stream().map(LoadError::toString).toList();
  }
}
