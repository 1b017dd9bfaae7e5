package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's trace.json given to siplab lint, which wants one raw message a file. */
@DisplayName("a trace.json given to siplab lint")
class TraceGivenToLintTest {

  @TempDir Path dir;

  @Test
  @DisplayName("is named a trace, with the command that checks its messages, and is exit 2")
  void isNamedATraceWithTheCommandThatChecksIt() {
    String trace = CommandRun.traceFixture("rfc3665-3.1.trace.json");
    LintRun.Result run = LintRun.lint(trace);
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertEquals("", run.out());
    assertEquals("siplab: " + trace + ": cannot read: this is a trace.json, which siplab run"
        + " writes, not a SIP message (check its messages with: siplab check " + trace + ")\n",
        run.err());
  }

  @Test
  @DisplayName("an invalid message whose body is JSON with events is still linted as a message")
  void anInvalidMessageWithAJsonBodyIsStillLinted() throws IOException {
    String body = "{\"events\": []}";
    Path message = Files.writeString(dir.resolve("json-body.sip"), "MESSAGE sip:bob@example.com"
        + " SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\r\nTo: <sip:bob@example.com>"
        + "\r\nCall-ID: 1@192.0.2.1\r\nCSeq: 1 MESSAGE\r\nMax-Forwards: 70\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n"
        + body);
    LintRun.Result run = LintRun.lint(message.toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertEquals("", run.err());
  }
}
