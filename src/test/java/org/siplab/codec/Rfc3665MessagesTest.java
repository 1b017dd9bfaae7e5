package org.siplab.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;

/**
 * Every message printed in RFC 3665 parses, except the published typos listed in the corpus's
 * NOTES.md, which get the diagnostic a reader would expect.
 */
@DisplayName("RFC 3665 call flow messages")
class Rfc3665MessagesTest {

  private static final String SHORT_DIGEST = "digest response must be 32 lower-case hex digits";

  /** The typos of NOTES.md: file -> words of the expected error. */
  private static final Map<String, String> TYPOS = Map.ofEntries(
      Map.entry("2.1/F3.txt", "expected ',' between auth parameters"),
      Map.entry("3.2/F4.txt", SHORT_DIGEST),
      Map.entry("3.3/F4.txt", SHORT_DIGEST),
      Map.entry("3.3/F10.txt", SHORT_DIGEST),
      Map.entry("3.3/F11.txt", SHORT_DIGEST),
      Map.entry("3.3/F13.txt", SHORT_DIGEST),
      Map.entry("3.3/F19.txt", SHORT_DIGEST),
      Map.entry("3.3/F20.txt", SHORT_DIGEST),
      Map.entry("3.9/F6.txt", "more than one space between the SIP version and the status code"),
      Map.entry("3.9/F8.txt", "more than one space between the SIP version and the status code"),
      Map.entry("3.9/F10.txt", "more than one space between the SIP version and the status code"),
      Map.entry("3.10/F4.txt", "this line is not a header field"));

  static Stream<String> files() {
    Set<String> files = new LinkedHashSet<>();
    for (String[] row : Corpus.tsv("rfc3665/flows.tsv")) {
      if (!row[7].isEmpty()) {
        files.add(row[7]);
      }
    }
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  @DisplayName("each published message parses, or fails with the diagnostic its typo deserves")
  void eachMessage(String file) {
    ParseResult r = SipParser.parse(Corpus.rfc3665Message(file));
    String typo = TYPOS.get(file);
    if (typo == null) {
      assertTrue(r.isValid(), file + ": " + r.errors());
    } else {
      assertTrue(r.errors().stream().anyMatch(d -> d.message().contains(typo)),
          file + ": expected '" + typo + "', got " + r.errors());
    }
  }

  @Test
  @DisplayName("the corpus holds 181 message files")
  void corpusIsComplete() {
    assertEquals(181, files().count());
  }

  @Test
  @DisplayName("the start line of each parsed message matches the one the flow table publishes")
  void startLinesMatchTheFlowTable() {
    for (String[] row : Corpus.tsv("rfc3665/flows.tsv")) {
      if (row[7].isEmpty() || TYPOS.containsKey(row[7])) {
        continue;
      }
      var m = SipParser.parse(Corpus.rfc3665Message(row[7])).message();
      String expected = row[6];
      if (m instanceof SipRequest req) {
        assertEquals(expected, req.startLine(), row[7]);
      } else {
        SipResponse resp = (SipResponse) m;
        assertEquals(expected, resp.startLine(), row[7]);
      }
    }
  }

  @Test
  @DisplayName("a 487 without Content-Length parses with a warning, as UDP allows")
  void missingContentLengthIsAWarning() {
    ParseResult r = SipParser.parse(Corpus.rfc3665Message("3.8/F19.txt"));
    assertTrue(r.isValid());
    assertTrue(r.warnings().stream().anyMatch(d -> d.rule().equals("Content-Length")));
  }
}
