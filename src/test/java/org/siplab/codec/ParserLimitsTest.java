package org.siplab.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.codec.Diagnostic.Severity;
import org.siplab.message.HeaderName;

/**
 * Each of the parser's {@link Limits}: a message exactly at the limit parses, one just over it gets
 * the limit's diagnostic (not an exception, nor siplab's internal-error diagnostic), and so does
 * one far over it where no other limit comes first.
 */
@DisplayName("the parser's limits")
class ParserLimitsTest {

  /**
   * A valid request's start line and first fields, each with its line end; the rest follows. An
   * OPTIONS, not an INVITE, so that no Contact is wanted (section 8.1.1.8).
   */
  private static final String HEAD = "OPTIONS sip:bob@b.example.com SIP/2.0\r\n"
      + "Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1\r\n"
      + "Max-Forwards: 70\r\n"
      + "To: <sip:bob@b.example.com>\r\n"
      + "From: <sip:a@a.example.com>;tag=1\r\n"
      + "Call-ID: 1@a\r\n"
      + "CSeq: 1 OPTIONS\r\n";

  /** {@link #HEAD} has seven lines: the start line and six fields. */
  private static final int HEAD_FIELDS = 6;

  private static ParseResult parse(String text) {
    return SipParser.parse(text.getBytes(StandardCharsets.UTF_8));
  }

  private static Diagnostic onlyError(ParseResult r) {
    assertEquals(1, r.diagnostics().size(), r.diagnostics()::toString);
    Diagnostic d = r.diagnostics().get(0);
    assertEquals(Severity.ERROR, d.severity(), d::toString);
    return d;
  }

  // ---- MAX_DATAGRAM_BYTES ----------------------------------------------------------------------

  /** A request padded with a body to exactly {@code size} bytes. */
  private static byte[] datagramOf(int size) {
    String fixed = HEAD + "Content-Type: text/plain\r\n" + "Content-Length: ";
    int bodyLength = size - fixed.length() - "\r\n\r\n".length();
    while (fixed.length() + String.valueOf(bodyLength).length() + 4 + bodyLength > size) {
      bodyLength--; // the Content-Length's own digits take room from the body
    }
    String text = fixed + bodyLength + "\r\n\r\n" + "x".repeat(bodyLength);
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    assertEquals(size, bytes.length, "the padding arithmetic");
    return bytes;
  }

  @Test
  @DisplayName("a datagram of MAX_DATAGRAM_BYTES parses; one byte more is an error at 1:1")
  void datagramBytes() {
    ParseResult atLimit = SipParser.parse(datagramOf(Limits.MAX_DATAGRAM_BYTES));
    assertEquals(List.of(), atLimit.diagnostics());
    assertTrue(atLimit.message().bodyLength() > 65_000);

    for (int size : new int[] {Limits.MAX_DATAGRAM_BYTES + 1, 10 * Limits.MAX_DATAGRAM_BYTES}) {
      ParseResult over = SipParser.parse(datagramOf(size));
      Diagnostic d = onlyError(over);
      assertEquals(List.of(1, 1, 0), List.of(d.line(), d.column(), d.offset()));
      assertEquals("datagram", d.rule());
      assertEquals("RFC 3261 section 18.3", d.rfc());
      assertEquals("the datagram holds " + size + " bytes, more than the 65507 a UDP datagram can"
          + " carry", d.message());
      assertNull(over.message());
    }
  }

  // ---- MAX_HEADER_FIELDS -----------------------------------------------------------------------

  /** A request of exactly {@code count} header fields, the extra ones {@code X-Hn: v}. */
  private static String withFields(int count) {
    StringBuilder sb = new StringBuilder(HEAD).append("Content-Length: 0\r\n");
    for (int i = HEAD_FIELDS + 1; i < count; i++) {
      sb.append("X-H").append(i).append(": v\r\n");
    }
    return sb.append("\r\n").toString();
  }

  @Test
  @DisplayName("MAX_HEADER_FIELDS fields parse; the field after them is an error at its line")
  void headerFields() {
    ParseResult atLimit = parse(withFields(Limits.MAX_HEADER_FIELDS));
    assertEquals(List.of(), atLimit.diagnostics());
    assertEquals(Limits.MAX_HEADER_FIELDS, atLimit.message().headers().size());

    for (int count : new int[] {Limits.MAX_HEADER_FIELDS + 1, 5_000}) {
      ParseResult over = parse(withFields(count));
      Diagnostic d = onlyError(over);
      int firstUnread = 1 + Limits.MAX_HEADER_FIELDS + 1;
      assertEquals(List.of(firstUnread, 1), List.of(d.line(), d.column()));
      assertEquals("message-header", d.rule());
      assertEquals("RFC 3261 section 7.3.1", d.rfc());
      assertEquals("more than 256 header fields; the rest were not read", d.message());
      assertEquals(Limits.MAX_HEADER_FIELDS, over.message().headers().size());
    }
  }

  @Test
  @DisplayName("when the fields are cut off before Content-Length, the warning does not claim there"
      + " is none: it says it may be among the fields not read")
  void cutOffContentLength() {
    StringBuilder sb = new StringBuilder(HEAD);
    for (int i = HEAD_FIELDS; i < Limits.MAX_HEADER_FIELDS + 5; i++) {
      sb.append("X-H").append(i).append(": v\r\n");
    }
    ParseResult over = parse(sb.append("Content-Length: 0\r\n\r\n").toString());
    List<String> warnings = over.warnings().stream().map(Diagnostic::message).toList();
    assertEquals(List.of("a Content-Length, if there is one, is among the header fields not read,"
        + " so the body is taken to run to the end of the datagram (0 bytes)"), warnings);
  }

  // ---- MAX_LINE_CHARS --------------------------------------------------------------------------

  /** A request whose Subject line, name included, is {@code chars} characters long. */
  private static String withLineOf(int chars) {
    String subject = "Subject: ";
    return HEAD + subject + "a".repeat(chars - subject.length()) + "\r\n"
        + "Content-Length: 0\r\n\r\n";
  }

  @Test
  @DisplayName("a header line of MAX_LINE_CHARS characters parses; one character more is an error"
      + " at the start of that line")
  void lineChars() {
    ParseResult atLimit = parse(withLineOf(Limits.MAX_LINE_CHARS));
    assertEquals(List.of(), atLimit.diagnostics());
    assertEquals(Limits.MAX_LINE_CHARS - "Subject: ".length(),
        atLimit.message().first(HeaderName.SUBJECT).text().length());

    for (int chars : new int[] {Limits.MAX_LINE_CHARS + 1, 60_000}) {
      ParseResult over = parse(withLineOf(chars));
      Diagnostic d = onlyError(over);
      assertEquals(List.of(8, 1), List.of(d.line(), d.column()));
      assertEquals("message-header", d.rule());
      assertEquals("RFC 3261 section 7.3.1", d.rfc());
      assertEquals("this Subject header field holds " + chars + " characters with its"
          + " continuation lines, more than the 16384 siplab reads in one field (a limit of"
          + " siplab's, to bound its work: the RFC sets none), so it was not read", d.message());
      assertFalse(over.message().has(HeaderName.SUBJECT), "the line is skipped");
    }
  }

  @Test
  @DisplayName("a required header too long to read, or among the fields past the limit, is not"
      + " also called missing")
  void unreadFieldsAreNotMissing() {
    String foldedVia = "Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1"
        + ",\r\n SIP/2.0/UDP h.example.com;branch=z9hG4bK2".repeat(400);
    ParseResult longVia = parse(HEAD.replace("Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1",
        foldedVia) + "Content-Length: 0\r\n\r\n");
    Diagnostic d = onlyError(longVia);
    assertEquals(List.of(2, 1), List.of(d.line(), d.column()));
    assertTrue(d.message().startsWith("this Via header field holds "), d.message());

    StringBuilder sb = new StringBuilder("OPTIONS sip:bob@b.example.com SIP/2.0\r\n");
    for (int i = 0; i < Limits.MAX_HEADER_FIELDS + 5; i++) {
      sb.append("Via: SIP/2.0/UDP h").append(i).append(".example.com;branch=z9hG4bK").append(i)
          .append("\r\n");
    }
    ParseResult cut = parse(sb.append(HEAD.substring(HEAD.indexOf("Max-Forwards")))
        .append("Content-Length: 0\r\n\r\n").toString());
    assertEquals(List.of("more than 256 header fields; the rest were not read"),
        cut.errors().stream().map(Diagnostic::message).toList());
    assertEquals(List.of("Content-Length"),
        cut.warnings().stream().map(Diagnostic::rule).toList(), "no Max-Forwards warning either");
  }

  // ---- MAX_VALUES_PER_FIELD --------------------------------------------------------------------

  /** A request whose one Via field holds {@code count} values. */
  private static String withVias(int count) {
    String vias = "Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1"
        + ", SIP/2.0/UDP h".repeat(count - 1);
    return HEAD.replace("Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1", vias)
        + "Content-Length: 0\r\n\r\n";
  }

  @Test
  @DisplayName("a Via field of MAX_VALUES_PER_FIELD values parses; one value more, or thousands, is"
      + " an error after the first value over the limit, which says the limit is siplab's")
  void valuesPerField() {
    ParseResult atLimit = parse(withVias(Limits.MAX_VALUES_PER_FIELD));
    assertEquals(List.of(), atLimit.diagnostics());
    assertEquals(Limits.MAX_VALUES_PER_FIELD, atLimit.message().vias().size());

    ParseResult over = parse(withVias(Limits.MAX_VALUES_PER_FIELD + 1));
    Diagnostic d = onlyError(over);
    String line = withVias(Limits.MAX_VALUES_PER_FIELD + 1).split("\r\n")[1];
    assertEquals(List.of(2, line.length() + 1), List.of(d.line(), d.column()),
        "just after the value over the limit, the last on the line");
    assertEquals("Via", d.rule());
    assertEquals("RFC 3261 section 7.3.1", d.rfc(), "not Via's section: the limit is siplab's");
    assertEquals("Via: more than 1024 values in one header field (a limit of siplab's, to bound"
        + " its work: the RFC sets none)", d.message());

    String supported = "Supported: " + "a,".repeat(4_999) + "a";
    ParseResult farOver = parse(HEAD + supported + "\r\nContent-Length: 0\r\n\r\n");
    Diagnostic far = onlyError(farOver);
    assertEquals(List.of(8, "Supported: ".length() + 2 * Limits.MAX_VALUES_PER_FIELD + 2),
        List.of(far.line(), far.column()), "just after the first value over the limit");
    assertEquals("Supported: more than 1024 values in one header field (a limit of siplab's, to"
        + " bound its work: the RFC sets none)", far.message());
  }

  // ---- MAX_COMMENT_DEPTH -----------------------------------------------------------------------

  /** A request with a Retry-After comment nested {@code depth} deep. */
  private static String withCommentDepth(int depth) {
    return HEAD + "Retry-After: 120 " + "(".repeat(depth) + "x" + ")".repeat(depth) + "\r\n"
        + "Content-Length: 0\r\n\r\n";
  }

  @Test
  @DisplayName("a comment nested MAX_COMMENT_DEPTH deep parses; one level deeper is an error at the"
      + " parenthesis too many, which says the limit is siplab's")
  void commentDepth() {
    ParseResult atLimit = parse(withCommentDepth(Limits.MAX_COMMENT_DEPTH));
    assertEquals(List.of(), atLimit.diagnostics());
    String inside = "(".repeat(31) + "x" + ")".repeat(31);
    assertEquals(inside, atLimit.message().retryAfter().comment());

    for (int depth : new int[] {Limits.MAX_COMMENT_DEPTH + 1, 8_000}) {
      ParseResult over = parse(withCommentDepth(depth));
      Diagnostic d = onlyError(over);
      int deepest = "Retry-After: 120 ".length() + Limits.MAX_COMMENT_DEPTH + 1;
      assertEquals(List.of(8, deepest), List.of(d.line(), d.column()));
      assertEquals("Retry-After", d.rule());
      assertEquals("RFC 3261 section 25.1 (comment)", d.rfc(), "not 20.33: the limit is siplab's");
      assertEquals("Retry-After: comments are nested more than 32 deep (a limit of siplab's, to"
          + " bound its work: the RFC sets none)", d.message());
    }
  }
  // ---- MAX_DIAGNOSTICS -------------------------------------------------------------------------

  @Test
  @DisplayName("a datagram of thousands of lines that are not header fields gets MAX_DIAGNOSTICS"
      + " diagnostics at their lines and one more that counts the rest")
  void diagnosticsStopAtTheLimitAndCountTheRest() {
    int lines = 20_000;
    ParseResult r = parse(HEAD + "x\r\n".repeat(lines) + "Content-Length: 0\r\n\r\n");
    List<Diagnostic> ds = r.diagnostics();
    assertEquals(Limits.MAX_DIAGNOSTICS + 1, ds.size());
    for (int i = 0; i < Limits.MAX_DIAGNOSTICS; i++) {
      assertEquals(HEAD_FIELDS + 2 + i, ds.get(i).line(), "the first ones at their own lines");
    }
    Diagnostic rest = ds.get(Limits.MAX_DIAGNOSTICS);
    assertEquals(Severity.ERROR, rest.severity());
    assertEquals(HEAD_FIELDS + 2 + Limits.MAX_DIAGNOSTICS, rest.line());
    assertEquals("more than " + Limits.MAX_DIAGNOSTICS + " problems in this message; "
        + (lines - Limits.MAX_DIAGNOSTICS) + " more from here on are not listed", rest.message());
  }

  @Test
  @DisplayName("when the diagnostics past the limit hold an error, the one that stands for them is"
      + " an error, so a message never looks valid because its errors came late")
  void anErrorPastTheLimitKeepsTheMessageInvalid() {
    String text = HEAD + "x\r\n";
    Diagnostics ds = new Diagnostics(Utf8Text.ascii(text.getBytes(StandardCharsets.US_ASCII), 0,
        text.length()), 0, 1);
    for (int i = 0; i <= Limits.MAX_DIAGNOSTICS; i++) {
      ds.warning(i, "warning " + i, "test", "none");
    }
    assertFalse(ds.hasErrors());
    ds.error(text.length() - 3, "the error", "test", "none");
    assertTrue(ds.hasErrors());
    assertEquals(Limits.MAX_DIAGNOSTICS + 1, ds.sorted().size());
    assertTrue(ds.sorted().get(Limits.MAX_DIAGNOSTICS).message().contains("2 more"));
  }
}
