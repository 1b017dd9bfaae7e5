package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("siplab lint --json")
class LintJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String BASE = "INVITE sip:bob@example.com SIP/2.0\r\n"
      + "Via: SIP/2.0/UDP pc.example.com;branch=z9hG4bK776\r\nMax-Forwards: 70\r\n"
      + "To: <sip:bob@example.com>\r\nFrom: <sip:alice@example.com>;tag=1928\r\n"
      + "Call-ID: a84b4c76e66710\r\nCSeq: 314159 INVITE\r\n"
      + "Contact: <sip:alice@pc.example.com>\r\nContent-Length: 0\r\n\r\n";

  private static JsonNode lintJson(int expectedExit, String... files) throws Exception {
    List<String> args = new ArrayList<>(List.of("--json"));
    args.addAll(List.of(files));
    LintRun.Result run = LintRun.lint(args.toArray(new String[0]));
    assertEquals(expectedExit, run.exitCode(), () -> run.out() + run.err());
    JsonNode root = MAPPER.readTree(run.out());
    assertTrue(root.isArray(), "the top level is an array");
    return root;
  }

  private static JsonNode only(JsonNode root) {
    assertEquals(1, root.size());
    return root.get(0);
  }

  @Test
  @DisplayName("a valid INVITE exits 0 and its start line, dialog fields and lengths are exact")
  void validInvite() throws Exception {
    String file = LintRun.fixture("invite.sip");
    JsonNode m = only(lintJson(0, file));
    assertEquals(file, m.get("file").asText());
    assertTrue(m.get("valid").booleanValue());
    assertEquals("request", m.get("kind").asText());
    assertEquals("INVITE", m.get("method").asText());
    assertEquals("sip:bob@biloxi.example.com", m.get("requestUri").asText());
    assertTrue(m.get("status").isNull());
    assertTrue(m.get("reason").isNull());
    assertEquals("a84b4c76e66710@pc33.atlanta.example.com", m.get("callId").asText());
    assertEquals(314159, m.get("cseq").get("number").longValue());
    assertEquals("INVITE", m.get("cseq").get("method").asText());
    assertEquals("sip:alice@atlanta.example.com", m.get("from").get("uri").asText());
    assertEquals("1928301774", m.get("from").get("tag").asText());
    assertEquals("sip:bob@biloxi.example.com", m.get("to").get("uri").asText());
    assertTrue(m.get("to").get("tag").isNull(), "an initial INVITE has no To tag");
    assertEquals(127, m.get("contentLength").intValue());
    assertEquals(127, m.get("bodyLength").intValue());
    assertEquals(0, m.get("errors").size());
    assertEquals(0, m.get("warnings").size());
  }

  @Test
  @DisplayName("each Via gives transport, host, port, branch, received and rport (true or a"
      + " number)")
  void viaValues() throws Exception {
    JsonNode via = only(lintJson(0, LintRun.fixture("invite.sip"))).get("via");
    assertEquals(2, via.size());
    JsonNode top = via.get(0);
    assertEquals("UDP", top.get("transport").asText());
    assertEquals("bigbox3.site3.atlanta.example.com", top.get("host").asText());
    assertEquals(5060, top.get("port").intValue());
    assertEquals("z9hG4bK77ef4c2312983.1", top.get("branch").asText());
    assertTrue(top.get("received").isNull());
    assertTrue(top.get("rport").isBoolean() && top.get("rport").booleanValue(),
        "rport without a value is true");
    JsonNode second = via.get(1);
    assertTrue(second.get("port").isNull(), "no port in sent-by is null, not 5060");
    assertEquals("192.0.2.101", second.get("received").asText());
    assertTrue(second.get("rport").isInt());
    assertEquals(5070, second.get("rport").intValue());
  }

  @Test
  @DisplayName("a response has a null method and its CSeq method tells which request it answers")
  void response() throws Exception {
    JsonNode m = only(lintJson(0, LintRun.fixture("ok.sip")));
    assertEquals("response", m.get("kind").asText());
    assertTrue(m.get("method").isNull());
    assertTrue(m.get("requestUri").isNull());
    assertEquals(200, m.get("status").intValue());
    assertEquals("OK", m.get("reason").asText());
    assertEquals("INVITE", m.get("cseq").get("method").asText());
    assertEquals("a6c85cf", m.get("to").get("tag").asText());
    assertTrue(m.get("via").get(0).get("rport").isNull(), "a Via without rport gives null");
    assertEquals(0, m.get("contentLength").intValue());
  }

  @Test
  @DisplayName("an invalid message exits 1 and lists its errors in message order with line, column"
      + " and RFC section")
  void invalidMessage() throws Exception {
    JsonNode m = only(lintJson(1, LintRun.fixture("invalid.sip")));
    assertFalse(m.get("valid").booleanValue());
    JsonNode errors = m.get("errors");
    assertEquals(2, errors.size());
    assertEquals(3, errors.get(0).get("line").intValue());
    assertEquals(16, errors.get(0).get("column").intValue());
    assertEquals("RFC 3261 section 20.22", errors.get(0).get("rfc").asText());
    assertTrue(errors.get(0).get("message").asText().contains("'x'"));
    assertEquals(7, errors.get(1).get("line").intValue());
    assertEquals(9, errors.get(1).get("column").intValue(), "CSeq: 1 BYE: under the method");
    assertEquals("RFC 3261 section 8.1.1.5", errors.get(1).get("rfc").asText());
    assertEquals("request", m.get("kind").asText(), "an invalid message is still described");
  }

  @Test
  @DisplayName("a Call-ID whose grammar broke is null, as any value that could not be read")
  void brokenCallIdIsNull(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("broken-call-id.sip");
    Files.writeString(file, BASE.replace("Call-ID: a84b4c76e66710", "Call-ID: abc def"));
    JsonNode m = only(lintJson(1, file.toString()));
    assertTrue(m.get("callId").isNull(), m::toString);
    assertTrue(m.get("errors").get(0).get("message").asText().startsWith("Call-ID: "));
  }

  @Test
  @DisplayName("warnings alone leave a message valid and the exit code 0")
  void warningsOnly() throws Exception {
    JsonNode m = only(lintJson(0, LintRun.fixture("options-warnings.sip")));
    assertTrue(m.get("valid").booleanValue());
    assertEquals(0, m.get("errors").size());
    JsonNode warnings = m.get("warnings");
    assertEquals(2, warnings.size());
    assertEquals("RFC 3261 section 8.1.1.6", warnings.get(0).get("rfc").asText());
    assertEquals(4, warnings.get(1).get("line").intValue());
  }

  @Test
  @DisplayName("after an unreadable start line, the start line's keys and bodyLength are null and"
      + " the header keys come from the fields read after it")
  void unreadableStartLine() throws Exception {
    JsonNode m = only(lintJson(1, LintRun.fixture("unreadable-start-line.sip")));
    assertFalse(m.get("valid").booleanValue());
    for (String key : List.of("kind", "method", "requestUri", "status", "reason", "callId",
        "contentLength", "bodyLength")) {
      assertTrue(m.get(key).isNull(), key + " is null");
    }
    assertTrue(m.get("cseq").isNull(), "no CSeq was read: null, not an object of nulls");
    assertTrue(m.get("from").isNull());
    assertTrue(m.get("to").isNull());
    assertEquals(1, m.get("via").size());
    assertEquals("z9hG4bKbad2", m.get("via").get(0).get("branch").asText());
    assertEquals("pc33.atlanta.example.com", m.get("via").get(0).get("host").asText());
    JsonNode error = m.get("errors").get(0);
    assertEquals(1, m.get("errors").size());
    assertEquals(1, error.get("line").intValue());
    assertEquals(7, error.get("column").intValue());
    assertEquals("RFC 3261 section 7.1", error.get("rfc").asText());
    assertEquals("RFC 3261 section 18.3 and section 20.14",
        m.get("warnings").get(0).get("rfc").asText(), "the missing Content-Length is noted too");
  }

  @Test
  @DisplayName("a text that is not SIP at all nulls every message-derived value and has the start"
      + " line's error alone")
  void notSipAtAll(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("note.txt");
    Files.writeString(file, "Dear students,\r\nplease bring a laptop.\r\n\r\n");
    JsonNode m = only(lintJson(1, file.toString()));
    for (String key : LintJsonWriter.MESSAGE_KEYS) {
      assertTrue(m.get(key).isNull(), key + " is null");
    }
    assertEquals(1, m.get("errors").size());
    assertEquals(0, m.get("warnings").size());
  }

  @Test
  @DisplayName("a missing file exits 2 with a one-line message on stderr, keeps its object in the"
      + " array with the reason as its one error, and the other files are still linted")
  void missingFile() throws Exception {
    String missing = LintRun.missingFile();
    String valid = LintRun.fixture("invite.sip");
    LintRun.Result run = LintRun.lint("--json", missing, valid);
    assertEquals(2, run.exitCode());
    assertEquals("siplab: " + missing + ": cannot read: no such file\n", run.err());
    JsonNode root = MAPPER.readTree(run.out());
    assertEquals(2, root.size(), "one object per file, the unreadable one included");
    JsonNode unread = root.get(0);
    assertEquals(missing, unread.get("file").asText());
    assertFalse(unread.get("valid").asBoolean());
    for (String key : LintJsonWriter.MESSAGE_KEYS) {
      assertTrue(unread.get(key).isNull(), key + " is null: there is no message");
    }
    JsonNode error = unread.get("errors").get(0);
    assertEquals(1, unread.get("errors").size());
    assertEquals("cannot read: no such file", error.get("message").asText());
    assertTrue(error.get("line").isNull());
    assertTrue(error.get("column").isNull());
    assertTrue(error.get("rfc").isNull());
    assertEquals(0, unread.get("warnings").size());
    assertEquals(valid, root.get(1).get("file").asText());
    assertTrue(root.get(1).get("valid").asBoolean());
  }

  @Test
  @DisplayName("a scenario file given by mistake cannot be read as a message, says how to run it,"
      + " and exits 2")
  void scenarioFileGivenByMistake(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path scenario = dir.resolve("call.yaml");
    java.nio.file.Files.writeString(scenario, "# my call\nelements:\n  alice: { kind: phone }\n");
    LintRun.Result run = LintRun.lint("--json", scenario.toString());
    assertEquals(2, run.exitCode());
    String reason = "this is a scenario file, not a SIP message (run the scenario with: siplab"
        + " run " + scenario + ")";
    assertEquals("siplab: " + scenario + ": cannot read: " + reason + "\n", run.err());
    assertEquals("cannot read: " + reason,
        MAPPER.readTree(run.out()).get(0).get("errors").get(0).get("message").asText());
  }

  @Test
  @DisplayName("a directory cannot be read, and that wins over an invalid message: exit 2")
  void directoryWinsOverInvalid() throws Exception {
    String directory = Path.of(LintRun.fixture("invite.sip")).getParent().toString();
    LintRun.Result run = LintRun.lint("--json", LintRun.fixture("invalid.sip"), directory);
    assertEquals(2, run.exitCode());
    assertEquals("siplab: " + directory + ": cannot read: it is a directory\n", run.err());
    JsonNode root = MAPPER.readTree(run.out());
    assertEquals(2, root.size());
    assertEquals("cannot read: it is a directory",
        root.get(1).get("errors").get(0).get("message").asText());
  }

  @Test
  @DisplayName("mixed valid and invalid files exit 1 and keep the order given on the command line")
  void mixedFiles() throws Exception {
    String[] files = {
      LintRun.fixture("ok.sip"), LintRun.fixture("invalid.sip"),
      LintRun.fixture("options-warnings.sip"), LintRun.fixture("unreadable-start-line.sip")
    };
    JsonNode root = lintJson(1, files);
    assertEquals(files.length, root.size());
    for (int i = 0; i < files.length; i++) {
      assertEquals(files[i], root.get(i).get("file").asText());
    }
  }
}
