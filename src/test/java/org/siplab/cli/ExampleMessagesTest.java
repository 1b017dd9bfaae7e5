package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the example messages in scenarios/messages")
class ExampleMessagesTest {

  private static final Path DIR = Path.of("scenarios", "messages");
  /** A README row: {@code | `file.sip` | what it shows |}. */
  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+\\.sip)` \\| (.*) \\|$");

  @Test
  @DisplayName("are each listed in the README, and lint finds each valid or invalid as its row"
      + " says")
  void areAsTheReadmeSays() throws IOException {
    Map<String, Boolean> listed = new TreeMap<>();
    for (String line : Files.readAllLines(DIR.resolve("README.md"))) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        listed.put(row.group(1), !row.group(2).contains("invalid"));
      }
    }
    Map<String, Boolean> linted = new TreeMap<>();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".sip")).toList()) {
        LintedFile f = LintedFile.parse(file.toString(), Files.readAllBytes(file));
        linted.put(file.getFileName().toString(), f.isValid());
      }
    }
    assertEquals(listed, linted);
  }
}
