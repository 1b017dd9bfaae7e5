package org.siplab.scenario.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The RFC 3665 scenarios say only what users do (register, call, answer, hang up, configure an
 * element): every message in their runs comes from element logic, none is written in the file.
 */
@DisplayName("the RFC 3665 scenarios")
class NoRawSipTextTest {

  /** A status line, or the SIP version anywhere. */
  private static final Pattern VERSION = Pattern.compile("SIP/2\\.0");

  /** A request line's start: a method in capitals, a space and a SIP URI. */
  private static final Pattern REQUEST_LINE = Pattern.compile(
      "\\b(INVITE|ACK|BYE|CANCEL|REGISTER|OPTIONS|INFO|MESSAGE|PRACK|UPDATE|SUBSCRIBE|NOTIFY"
          + "|REFER|PUBLISH) sips?:");

  /**
   * A header line: a line that starts with a header name as RFC 3261 spells it (capitals as in
   * its examples; the scenario format's keys are lower case) followed by a colon.
   */
  private static final Pattern HEADER_LINE = Pattern.compile(
      "^\\s*(Via|From|To|Call-ID|CSeq|Contact|Max-Forwards|Content-Length|Content-Type|Route"
          + "|Record-Route|Expires|Allow|Supported|Require|Authorization|WWW-Authenticate"
          + "|Proxy-Authenticate|Proxy-Authorization|User-Agent|Server|Subject|Warning"
          + "|Min-Expires|Date|Accept)\\s*:", Pattern.MULTILINE);

  /** Every place in {@code text} that looks like raw SIP, as {@code line N: text}. */
  static List<String> rawSip(String text) {
    List<String> found = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (VERSION.matcher(line).find() || REQUEST_LINE.matcher(line).find()
          || HEADER_LINE.matcher(line).find()) {
        found.add("line " + (i + 1) + ": " + line.strip());
      }
    }
    return found;
  }

  @Test
  @DisplayName("contain no raw SIP text: no SIP/2.0, no request line, no header line")
  void noRawSip() {
    List<Path> files = Library.scenarioFiles(Library.ROOT.resolve("rfc3665"));
    assertFalse(files.isEmpty());
    for (Path file : files) {
      assertEquals(List.of(), rawSip(Library.read(file)), file + " contains raw SIP text");
    }
  }

  @Test
  @DisplayName("the detector itself finds the start line and headers of every RFC 3665 message"
      + " pasted into a scenario")
  void detectorFindsRfcMessages() {
    List<Path> messages = new ArrayList<>();
    for (Path flow : List.of(Path.of("src/test/resources/corpus/rfc3665/3.2"),
        Path.of("src/test/resources/corpus/rfc3665/2.1"))) {
      messages.addAll(Library.filesEnding(flow, ".txt").stream()
          .filter(p -> p.getFileName().toString().matches("F\\d+\\.txt")).toList());
    }
    assertFalse(messages.isEmpty());
    for (Path message : messages) {
      String pasted = "description: |\n" + Library.read(message).indent(2);
      List<String> found = rawSip(pasted);
      assertTrue(found.size() >= 6, message + ": found only " + found);
    }
    assertEquals(List.of(), rawSip("elements:\n  bob: { kind: phone, aor: sip:bob@b.example.com,"
        + " register: { expires: 60s } }\nscript:\n  - { at: 0s, do: alice.call bob }\n"
        + "network:\n  faults:\n    - { drop: INVITE, from: alice, to: bob }\n"));
  }
}
