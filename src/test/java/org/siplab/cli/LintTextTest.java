package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("siplab lint without --json")
class LintTextTest {

  /** Source lines and caret lines start after this gutter: {@code "    3 | "}. */
  private static final int GUTTER = 8;

  private static String lintText(int expectedExit, String... files) {
    LintRun.Result run = LintRun.lint(files);
    assertEquals(expectedExit, run.exitCode(), () -> run.out() + run.err());
    return run.out();
  }

  private static List<String> lines(String text) {
    return List.of(text.split("\n", -1));
  }

  @Test
  @DisplayName("the caret sits under the column a diagnostic names")
  void caretUnderColumn() {
    String file = LintRun.fixture("invalid.sip");
    List<String> lines = lines(lintText(1, file));
    int at = lines.indexOf(file + ":3:16: error: Max-Forwards: unexpected text after the number:"
        + " 'x' (RFC 3261 section 20.22)");
    assertTrue(at >= 0, "the diagnostic line is printed as FILE:LINE:COLUMN: error: ...");
    String source = lines.get(at + 1);
    String caret = lines.get(at + 2);
    assertEquals("    3 | Max-Forwards: 7x", source);
    assertEquals("      | " + " ".repeat(15) + "^", caret);
    assertEquals('x', source.charAt(caret.indexOf('^')), "the caret points at the bad character");
  }

  @Test
  @DisplayName("after bytes that are not UTF-8, the caret still sits under the column a diagnostic"
      + " names: the source line is decoded as the parser decodes it, one U+FFFD a bad byte")
  void caretAfterBadBytes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.writeBytes(("OPTIONS sip:bob@b.example.com SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1\r\n"
        + "Max-Forwards: 70\r\nTo: <sip:bob@b.example.com>\r\n"
        + "From: <sip:a@a.example.com>;tag=1\r\nCall-ID: 1@a\r\nCSeq: 1 OPTIONS\r\n"
        + "Subject: a").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    out.write(0xE2); // the first two bytes of a three-byte sequence, cut short
    out.write(0x82);
    out.writeBytes("b\r\nMax-Forwards: 7x\r\nContent-Length: 0\r\n\r\n"
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    java.nio.file.Path file = dir.resolve("bad-bytes.sip");
    java.nio.file.Files.write(file, out.toByteArray());
    List<String> lines = lines(lintText(1, file.toString()));
    int at = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(file + ":8:") && lines.get(i).contains("not valid UTF-8")) {
        at = i;
      }
    }
    assertTrue(at >= 0, () -> String.join("\n", lines));
    String source = lines.get(at + 1);
    String caret = lines.get(at + 2);
    assertEquals("    8 | Subject: a\uFFFD\uFFFDb", source);
    assertEquals('\uFFFD', source.charAt(caret.indexOf('^')));
    assertEquals(GUTTER + "Subject: a".length(), caret.indexOf('^'));
  }

  @Test
  @DisplayName("diagnostics are printed in message order, errors and warnings alike")
  void diagnosticsInMessageOrder() {
    String file = LintRun.fixture("options-warnings.sip");
    String text = lintText(0, file);
    int first = text.indexOf(file + ":1:1: warning: no Max-Forwards header");
    int second = text.indexOf(file + ":4:1: warning: the From header has no tag");
    assertTrue(first >= 0 && second > first, text);
  }

  @Test
  @DisplayName("the verdict line names the file, the kind of message and the counts")
  void verdict() {
    String invite = LintRun.fixture("invite.sip");
    String invalid = LintRun.fixture("invalid.sip");
    String unreadable = LintRun.fixture("unreadable-start-line.sip");
    String text = lintText(1, invite, invalid, unreadable);
    assertTrue(text.startsWith(invite + ": a valid SIP request (no errors, no warnings)\n"));
    assertTrue(text.contains("\n" + invalid + ": an invalid SIP request (2 errors, 1 warning)\n"));
    assertTrue(text.contains("\n" + unreadable + ": not a readable SIP message (1 error, 1"
        + " warning)\n"), text);
  }

  @Test
  @DisplayName("the start line is explained: a Request-Line, what the method asks, with RFC"
      + " sections")
  void requestLineExplained() {
    String text = lintText(0, LintRun.fixture("invite.sip"));
    assertTrue(text.contains("    1 | INVITE sip:bob@biloxi.example.com SIP/2.0\n"));
    assertTrue(text.contains("A Request-Line: method, Request-URI and SIP version"));
    assertTrue(text.contains("INVITE asks the callee to join a session, such as a call (RFC 3261\n"
        + "        section 13)."));
  }

  @Test
  @DisplayName("a Status-Line is explained with its status class and the CSeq method it answers")
  void statusLineExplained() {
    String text = lintText(0, LintRun.fixture("ok.sip"));
    assertTrue(text.contains("A Status-Line: SIP version, status code and reason phrase"));
    assertTrue(text.contains("200 is a 2xx response, Success:"));
    assertTrue(text.contains("(RFC 3261 section 21.2)"));
    assertTrue(text.contains("its CSeq, 314159 INVITE, equals\n"
        + "        that of the INVITE request"));
  }

  @Test
  @DisplayName("each header is shown as written with its purpose and RFC section")
  void headersExplained() {
    String text = lintText(0, LintRun.fixture("invite.sip"));
    assertTrue(text.contains("    8 | CSeq: 314159 INVITE\n"
        + "        CSeq (RFC 3261 section 20.16):"));
    assertTrue(text.contains("    9 | m: <sip:alice@pc33.atlanta.example.com>\n"
        + "        m is the compact form of Contact (RFC 3261 section 7.3.3).\n"));
    assertTrue(text.contains("   10 | X-Lab-Note: first call of the exercise\n"
        + "        X-Lab-Note is an extension header that RFC 3261 does not define; an\n"
        + "        element that does not understand it must ignore it (RFC 3261 section\n"
        + "        8.2.2).\n"));
    assertTrue(text.contains("        Another Via field, explained above.\n"));
  }

  @Test
  @DisplayName("a header line too long for the terminal is cut at 80 columns and marked '...'")
  void longHeaderLineClipped() {
    String via = lines(lintText(0, LintRun.fixture("invite.sip"))).stream()
        .filter(line -> line.startsWith("    2 | Via: SIP/2.0/UDP bigbox3"))
        .findFirst().orElseThrow();
    assertEquals(TextLayout.WIDTH, via.length());
    assertTrue(via.endsWith("..."));
  }

  @Test
  @DisplayName("the body's size and media type are given")
  void bodyExplained() {
    assertTrue(lintText(0, LintRun.fixture("invite.sip"))
        .contains("        127 bytes of type application/sdp, as Content-Type says"));
    assertTrue(lintText(0, LintRun.fixture("ok.sip"))
        .contains("        None: the message ends after the empty line.\n"));
  }

  @Test
  @DisplayName("a file saved with a byte order mark shows its start line as the editor does and"
      + " names the mark")
  void byteOrderMark(@TempDir Path dir) throws Exception {
    Path marked = dir.resolve("bom.sip");
    byte[] ok = Files.readAllBytes(Path.of(LintRun.fixture("ok.sip")));
    byte[] bytes = new byte[ok.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(ok, 0, bytes, 3, ok.length);
    Files.write(marked, bytes);
    String text = lintText(1, marked.toString());
    assertTrue(text.contains("Start line:\n    1 | SIP/2.0 200 OK\n"), text);
    assertTrue(text.contains(marked + ":1:1: error: the datagram starts with a byte order mark"),
        text);
  }

  @Test
  @DisplayName("a Content-Length off by exactly the body's line ends is explained as counting"
      + " CRLF as one byte, or LF as two")
  void contentLengthOffByTheLineEnds(@TempDir Path dir) throws Exception {
    // The benchmark's INVITE: Content-Length 152 for a body of 7 CRLF-ended lines, 159 bytes.
    String invite = Path.of("src", "test", "resources", "corpus", "bench", "invite-sdp.sip")
        .toString();
    String text = String.join(" ", lintText(0, invite).split("\n\\s+"));
    assertTrue(text.contains("Content-Length says 152, but 159 bytes follow the empty line: the"
        + " difference, 7, is the number of the body's lines that end in CRLF"), text);
    Path lf = dir.resolve("lf-body.sip");
    String bytes = Files.readString(Path.of(invite));
    int body = bytes.indexOf("\r\n\r\n") + 4;
    Files.writeString(lf, bytes.substring(0, body).replace("Content-Length: 152",
        "Content-Length: 159") + bytes.substring(body).replace("\r\n", "\n"));
    String short1 = String.join(" ", lintText(1, lf.toString()).split("\n\\s+"));
    assertTrue(short1.contains("Content-Length says 159, but only 152 bytes follow the empty line:"
        + " the difference, 7, is the number of the body's lines that end in LF alone"), short1);
    assertFalse(String.join(" ", lintText(0, LintRun.fixture("invite.sip")).split("\n\\s+"))
        .contains("the difference"), "an exact length gets no such note");
  }

  @Test
  @DisplayName("a message without the empty line is not said to end after it")
  void bodyWithoutTheEmptyLine(@TempDir Path dir) throws Exception {
    Path cut = dir.resolve("cut.sip");
    String ok = Files.readString(Path.of(LintRun.fixture("ok.sip")));
    Files.writeString(cut, ok.substring(0, ok.length() - 2));
    String text = lintText(1, cut.toString());
    assertTrue(text.contains("        None: the datagram ends without the empty line that ends the"
        + " header\n"), text);
    assertFalse(text.contains("ends after the empty line"), text);
  }

  @Test
  @DisplayName("a missing file is reported on stderr without a stack trace and the others are"
      + " still explained")
  void missingFile() {
    String missing = LintRun.missingFile();
    String ok = LintRun.fixture("ok.sip");
    LintRun.Result run = LintRun.lint(ok, missing);
    assertEquals(2, run.exitCode());
    assertEquals("siplab: " + missing + ": cannot read: no such file\n", run.err());
    assertTrue(run.out().startsWith(ok + ": a valid SIP response"));
  }

  @Test
  @DisplayName("a missing first file leaves no blank line before the next file's explanation")
  void missingFirstFile() {
    String missing = LintRun.missingFile();
    String ok = LintRun.fixture("ok.sip");
    String out = lintText(2, missing, ok);
    assertTrue(out.startsWith(ok + ": a valid SIP response"), out);
    assertEquals(out, lintText(0, ok));
  }

  @Test
  @DisplayName("a file name that cannot be read is shown on stderr with its control characters"
      + " replaced, as the explanation shows names, so it cannot drive the terminal")
  void unreadableFileNameIsEscaped() {
    String missing = LintRun.missingFile() + "\u001b[2J";
    LintRun.Result run = LintRun.lint(missing);
    assertEquals(2, run.exitCode());
    assertEquals("siplab: " + missing.replace('\u001b', '?') + ": cannot read: no such file\n",
        run.err());
  }

  @Test
  @DisplayName("the text is byte-identical on two runs, has LF line ends and fits 80 columns"
      + " except the diagnostic lines")
  void deterministicAndNarrow() {
    String[] files = {
      "invite.sip", "ok.sip", "options-warnings.sip", "invalid.sip", "unreadable-start-line.sip"
    };
    for (int i = 0; i < files.length; i++) {
      files[i] = LintRun.fixture(files[i]);
    }
    String first = lintText(1, files);
    assertEquals(first, lintText(1, files));
    assertFalse(first.contains("\r"));
    for (String line : lines(first)) {
      boolean diagnostic = line.contains(": error: ") || line.contains(": warning: ");
      boolean verdict = line.contains(".sip: ");
      assertTrue(diagnostic || verdict || line.length() <= TextLayout.WIDTH, line);
    }
  }

  @Test
  @DisplayName("the gutter is as wide in source lines as in caret lines")
  void gutterWidth() {
    String caret = DiagnosticExcerpt.render(3, "abc", 2).split("\n")[1];
    assertEquals(GUTTER + 1, caret.indexOf('^'));
  }
}
