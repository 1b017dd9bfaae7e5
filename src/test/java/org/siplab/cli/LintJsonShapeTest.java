package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The JSON contract of DESIGN.md: every key, in order, whatever the message holds. */
@DisplayName("the siplab lint JSON shape")
class LintJsonShapeTest {

  private static final List<String> FILE_KEYS = List.of("file", "valid", "kind", "method",
      "requestUri", "status", "reason", "callId", "cseq", "from", "to", "via", "contentLength",
      "bodyLength", "errors", "warnings");
  private static final List<String> CSEQ_KEYS = List.of("number", "method");
  private static final List<String> ADDRESS_KEYS = List.of("uri", "tag");
  private static final List<String> VIA_KEYS =
      List.of("transport", "host", "port", "branch", "received", "rport");
  private static final List<String> DIAGNOSTIC_KEYS = List.of("line", "column", "message", "rfc");

  private static final String[] ALL_FIXTURES = {
    "invite.sip", "ok.sip", "options-warnings.sip", "invalid.sip", "unreadable-start-line.sip"
  };

  private static List<String> keys(JsonNode object) {
    List<String> out = new ArrayList<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static String[] fixtures() {
    String[] paths = new String[ALL_FIXTURES.length];
    for (int i = 0; i < paths.length; i++) {
      paths[i] = LintRun.fixture(ALL_FIXTURES[i]);
    }
    return paths;
  }

  private static String runJson() {
    List<String> args = new ArrayList<>(List.of("--json"));
    args.addAll(List.of(fixtures()));
    // A file that cannot be read still has its object (DESIGN.md: one per file).
    args.add(LintRun.missingFile());
    return LintRun.lint(args.toArray(new String[0])).out();
  }

  @Test
  @DisplayName("every object has every key of the contract, in contract order, even when values"
      + " are absent or the file could not be read")
  void everyKeyInOrder() throws Exception {
    JsonNode root = new ObjectMapper().readTree(runJson());
    assertEquals(ALL_FIXTURES.length + 1, root.size());
    for (JsonNode file : root) {
      assertEquals(FILE_KEYS, keys(file), file.get("file").asText());
      if (!file.get("cseq").isNull()) {
        assertEquals(CSEQ_KEYS, keys(file.get("cseq")));
      }
      for (String address : List.of("from", "to")) {
        if (!file.get(address).isNull()) {
          assertEquals(ADDRESS_KEYS, keys(file.get(address)));
        }
      }
      for (JsonNode via : file.get("via")) {
        assertEquals(VIA_KEYS, keys(via));
      }
      for (JsonNode d : file.get("errors")) {
        assertEquals(DIAGNOSTIC_KEYS, keys(d));
      }
      for (JsonNode d : file.get("warnings")) {
        assertEquals(DIAGNOSTIC_KEYS, keys(d));
      }
    }
  }

  private static JsonNode lintOne(String name, String text) throws Exception {
    LintedFile file = LintedFile.parse(name, text.getBytes(StandardCharsets.UTF_8));
    StringWriter out = new StringWriter();
    LintJsonWriter.write(List.of(file), out);
    return new ObjectMapper().readTree(out.toString()).get(0);
  }

  @Test
  @DisplayName("an absent header gives null, not a missing key nor an object of nulls")
  void absentHeaderGivesNull() throws Exception {
    JsonNode m = lintOne("no-to.sip", "OPTIONS sip:a@b.example SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP c.example;branch=z9hG4bK1\r\nFrom: <sip:c@c.example>;tag=1\r\n"
        + "Call-ID: 1\r\nCSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\n\r\n");
    assertFalse(m.get("valid").booleanValue(), "To is mandatory");
    assertTrue(m.get("to").isNull(), m::toString);
    assertTrue(m.get("contentLength").isNull(), "no Content-Length header");
    assertEquals(0, m.get("bodyLength").intValue());
  }

  @Test
  @DisplayName("absent is the same null with no message at all and in a message lacking the"
      + " headers: cseq, from, to and via")
  void absentIsNullOnEveryPath() throws Exception {
    JsonNode noMessage = lintOne("garbage.sip", "garbage\r\n\r\n");
    JsonNode lacking = lintOne("lacking.sip",
        "INVITE sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bKx\r\n\r\n");
    JsonNode noVia = lintOne("no-via.sip", "OPTIONS sip:a@b SIP/2.0\r\nCall-ID: 1\r\n\r\n");
    for (String key : List.of("cseq", "from", "to")) {
      assertTrue(noMessage.get(key).isNull(), key + " with no message");
      assertTrue(lacking.get(key).isNull(), key + " in a message without it: " + lacking);
    }
    assertTrue(noMessage.get("via").isNull());
    assertTrue(noVia.get("via").isNull(), "no Via value read: null, not []");
    assertEquals(1, lacking.get("via").size());
  }

  @Test
  @DisplayName("a CSeq, From or To that could not be read is null, as an absent one")
  void unreadableHeaderGivesNull() throws Exception {
    JsonNode m = lintOne("broken.sip", "OPTIONS sip:a@b SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP h;branch=z9hG4bKx\r\nFrom: <sip:a@b;tag=1\r\nTo: sip:b@c>\r\n"
        + "Call-ID: 1\r\nCSeq: one OPTIONS\r\nMax-Forwards: 70\r\n\r\n");
    for (String key : List.of("cseq", "from", "to")) {
      assertTrue(m.get(key).isNull(), key + ": " + m);
    }
  }

  @Test
  @DisplayName("the JSON is byte-identical on two runs, two-space indented, with LF line ends")
  void deterministic() {
    String first = runJson();
    String second = runJson();
    assertEquals(first, second);
    assertFalse(first.contains("\r"), "no CR anywhere");
    assertTrue(first.startsWith("[\n  {\n    \"file\": "), first.substring(0, 40));
    assertTrue(first.endsWith("]\n"));
  }

  @Test
  @DisplayName("no readable file at all still prints one object for each file named")
  void onlyUnreadableFiles() throws Exception {
    LintRun.Result run = LintRun.lint("--json", LintRun.missingFile(), LintRun.missingFile());
    assertEquals(2, run.exitCode());
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertEquals(2, root.size());
    assertEquals(FILE_KEYS, keys(root.get(0)));
  }
}
