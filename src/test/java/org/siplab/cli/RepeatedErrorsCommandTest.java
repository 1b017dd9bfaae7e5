package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siplab.cli.CommandRun.Result;

@DisplayName("one error repeated many times")
class RepeatedErrorsCommandTest {

  @TempDir Path dir;

  @Test
  @DisplayName("in a scenario is printed three times and then counted, with exit code 2")
  void scenarioErrorsGrouped() throws IOException {
    String flow = String.join(", ", Collections.nCopies(200, "alice>bbo INVITE"));
    Path file = dir.resolve("many.yaml");
    Files.writeString(file, """
        elements:
          alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101 }
          bob: { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.201 }
        expect:
          - flow: [FLOW]
        """.replace("FLOW", flow), StandardCharsets.UTF_8);
    Result run = CommandRun.run("run", file.toString(), "--out", dir.resolve("out").toString());
    assertEquals(2, run.exitCode());
    String at = file + ":5:";
    assertEquals(List.of(at + "18: unknown element 'bbo'; did you mean 'bob'?",
        at + "36: unknown element 'bbo'; did you mean 'bob'?",
        at + "54: unknown element 'bbo'; did you mean 'bob'?",
        at + "72: 197 more of the same, the last at 5:3600: unknown element 'bbo'; did you mean"
            + " 'bob'?"), List.of(run.err().split("\n")));
  }

  @Test
  @DisplayName("in a message is printed three times and counted in text, and kept whole in JSON")
  void lintGroupedInTextOnly() throws IOException {
    String message = "INVITE sip:bob@example.com SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\r\nMax-Forwards: 70\r\n"
        + "To: <sip:bob@example.com>\r\nFrom: <sip:alice@example.com>;tag=1\r\n"
        + "Call-ID: a@b\r\nCSeq: 1 INVITE\r\nContact: <sip:alice@192.0.2.1>\r\n"
        + "User-Agent siplab\r\n".repeat(20) + "Content-Length: 0\r\n\r\n";
    Path file = dir.resolve("many.sip");
    Files.writeString(file, message, StandardCharsets.UTF_8);
    Result text = CommandRun.run("lint", file.toString());
    Result json = CommandRun.run("lint", "--json", file.toString());
    assertEquals(1, text.exitCode());
    assertEquals(1, json.exitCode());
    String error = "error: this line is not a header field: expected 'Name: value' (a"
        + " continuation line must start with a space or tab) (RFC 3261 section 7.3.1)";
    assertEquals(3, text.out().split(Pattern.quote(error), -1).length - 1,
        text.out());
    assertTrue(text.out().contains(file + ":12:12: error: 17 more of the same, the last at"
        + " 28:12: this line is not a header field"), text.out());
    JsonNode errors = new ObjectMapper().readTree(json.out()).get(0).get("errors");
    assertEquals(20, errors.size(), json.out());
  }
}
