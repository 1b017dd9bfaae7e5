package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Invariant: linting never throws, whatever the bytes; both outputs are always complete (the JSON
 * parses back with every key; the text ends with a line end). Seeds are fixed so a failure replays.
 */
@DisplayName("linting any datagram")
class LintRobustnessTest {

  private static final long SEED = 20_260_101L;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Bytes a SIP parser finds interesting: line ends, separators, NUL, and invalid UTF-8. */
  private static final Gen<Integer> SIP_BYTES = arbitrary().pick(List.of(
      (int) '\r', (int) '\n', (int) ' ', (int) '\t', (int) ':', (int) ';', (int) ',', (int) '<',
      (int) '>', (int) '"', 0, 0x7F, 0x80, 0xC3, 0xFF, (int) 'a', (int) '0'));

  private static final List<String> FIXTURES = List.of(
      "invite.sip", "ok.sip", "options-warnings.sip", "invalid.sip", "unreadable-start-line.sip");

  private static byte[] fixtureBytes(String name) {
    try {
      return Files.readAllBytes(Path.of(LintRun.fixture(name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void lintsCompletely(byte[] datagram) {
    LintedFile f = LintedFile.parse("generated.sip", datagram);
    String text = LintTextWriter.explain(f);
    assertTrue(text.startsWith("generated.sip: ") && text.endsWith("\n"));
    StringWriter json = new StringWriter();
    try {
      LintJsonWriter.write(List.of(f), json);
      JsonNode object = MAPPER.readTree(json.toString()).get(0);
      assertEquals(16, object.size(), json::toString);
      assertEquals(f.isValid(), object.get("valid").booleanValue());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] toBytes(List<Integer> values) {
    byte[] out = new byte[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) (int) values.get(i);
    }
    return out;
  }

  @Test
  @DisplayName("arbitrary bytes are explained and written as JSON without an exception")
  void arbitraryBytes() {
    qt().withFixedSeed(SEED).withExamples(400)
        .forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 300))
        .checkAssert(values -> lintsCompletely(toBytes(values)));
  }

  @Test
  @DisplayName("a fixture with bytes overwritten is explained and written as JSON without an"
      + " exception")
  void mutatedFixtures() {
    qt().withFixedSeed(SEED).withExamples(600)
        .forAll(arbitrary().pick(FIXTURES), integers().between(0, 10_000),
            lists().of(SIP_BYTES).ofSizeBetween(1, 4))
        .checkAssert((name, position, replacement) -> {
          byte[] bytes = fixtureBytes(name);
          int at = position % bytes.length;
          for (int i = 0; i < replacement.size() && at + i < bytes.length; i++) {
            bytes[at + i] = (byte) (int) replacement.get(i);
          }
          lintsCompletely(bytes);
        });
  }

  @Test
  @DisplayName("the fixtures are raw datagrams with CRLF line ends only")
  void fixturesUseCrlf() {
    for (String name : FIXTURES) {
      byte[] bytes = fixtureBytes(name);
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          assertTrue(i > 0 && bytes[i - 1] == '\r', name + ": a bare LF at byte " + i);
        }
      }
    }
  }
}
