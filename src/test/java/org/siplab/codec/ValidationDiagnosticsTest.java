package org.siplab.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.siplab.codec.Diagnostic.Severity;
import org.siplab.message.HeaderName;
import org.siplab.message.SipMessage;
import org.siplab.message.Text;

/**
 * The checks beyond the grammar, each on a message with exactly that one problem: the diagnostic's
 * severity, line, column, rule and RFC section are all part of what a learner reads.
 */
@DisplayName("validation diagnostics")
class ValidationDiagnosticsTest {

  static final String OPTIONS = String.join("\r\n",
      "OPTIONS sip:bob@b.example.com SIP/2.0",
      "Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1",
      "Max-Forwards: 70",
      "To: <sip:bob@b.example.com>",
      "From: <sip:a@a.example.com>;tag=1",
      "Call-ID: 1@a",
      "CSeq: 1 OPTIONS",
      "Content-Length: 0",
      "", "");

  static final String OK = String.join("\r\n",
      "SIP/2.0 200 OK",
      "Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1",
      "To: <sip:bob@b.example.com>;tag=2",
      "From: <sip:a@a.example.com>;tag=1",
      "Call-ID: 1@a",
      "CSeq: 1 OPTIONS",
      "Content-Length: 0",
      "", "");

  /** The one diagnostic of a message, checked field by field. */
  static Diagnostic onlyDiagnostic(ParseResult r, Severity severity, int line, int column,
      String rule, String rfc) {
    assertEquals(1, r.diagnostics().size(), r.diagnostics()::toString);
    Diagnostic d = r.diagnostics().get(0);
    assertEquals(severity, d.severity(), d::toString);
    assertEquals(line, d.line(), d::toString);
    assertEquals(column, d.column(), d::toString);
    assertEquals(rule, d.rule(), d::toString);
    assertEquals(rfc, d.rfc(), d::toString);
    return d;
  }

  @Test
  @DisplayName("the messages below start from a request and a response that have no diagnostic")
  void baselinesAreClean() {
    assertEquals(List.of(), SipParser.parse(OPTIONS).diagnostics());
    assertEquals(List.of(), SipParser.parse(OK).diagnostics());
  }

  @Test
  @DisplayName("a word after the SIP version of a Request-Line is named as text, at the word,"
      + " while spaces alone there are RFC 4475's trailing whitespace (section 7.1)")
  void textAfterTheVersionIsNotCalledSpaces() {
    ParseResult word = SipParser.parse(OPTIONS.replaceFirst("SIP/2.0\r\n", "SIP/2.0 extra\r\n"));
    Diagnostic d = onlyDiagnostic(word, Severity.ERROR, 1, 39, "Request-Line",
        "RFC 3261 section 7.1");
    assertTrue(d.message().startsWith("unexpected text after the SIP version: 'extra'"),
        d.message());
    ParseResult spaces = SipParser.parse(OPTIONS.replaceFirst("SIP/2.0\r\n", "SIP/2.0  \r\n"));
    Diagnostic t = onlyDiagnostic(spaces, Severity.ERROR, 1, 38, "Request-Line",
        "RFC 3261 section 7.1; RFC 4475 section 3.1.2.10");
    assertTrue(t.message().startsWith("spaces after the SIP version"), t.message());
  }

  @Test
  @DisplayName("a second single-value header names the line of the first, counting the CRLFs"
      + " before the start line and a folded line between them (section 7.3.1)")
  void secondSingleValueHeaderNamesTheFirstLine() {
    String twice = "\r\n" + OPTIONS.replace("Call-ID: 1@a\r\nCSeq: 1 OPTIONS\r\n",
        "Call-ID: 1@a\r\nCSeq: 1\r\n OPTIONS\r\nCall-ID: 2@a\r\n");
    Diagnostic d = onlyDiagnostic(SipParser.parse(twice), Severity.ERROR, 10, 1, "Call-ID",
        "RFC 3261 section 7.3.1; RFC 4475 section 3.3.8");
    assertEquals("a second Call-ID header (the first is on line 7); Call-ID may appear only once",
        d.message());
  }

  @Test
  @DisplayName("after a start line that cannot be read, the header fields are still read with"
      + " their own diagnostics and the checks that need no start line, and kept without a message")
  void fieldsAfterAnUnreadableStartLineAreStillRead() {
    String broken = OPTIONS.replace("SIP/2.0\r\nVia", "SIP/2.0 extra\r\nVia")
        .replace("CSeq: 1 OPTIONS\r\n", "CSeq: 1 OPTIONS\r\nCSeq: 2 OPTIONS\r\n")
        .replace("From: <sip:a@a.example.com>", "From: <sip:a@a.example.com;;>");
    ParseResult r = SipParser.parse(broken);
    assertNull(r.message());
    assertEquals(List.of(1, 5, 8), r.diagnostics().stream().map(Diagnostic::line).toList(),
        r.diagnostics()::toString);
    assertTrue(r.diagnostics().get(1).message().startsWith("From: "), r.diagnostics()::toString);
    assertTrue(r.diagnostics().get(2).message().startsWith("a second CSeq header"));
    assertEquals(8, r.headers().size());
    assertEquals(HeaderName.VIA, r.headers().get(0).headerName());
    ParseResult notHeaders = SipParser.parse("INVITE sip:bob@b.example.com SIP/2.0 extra\r\n"
        + "this is no header\r\n\r\n");
    assertEquals(1, notHeaders.diagnostics().size(), notHeaders.diagnostics()::toString);
    assertEquals(List.of(), notHeaders.headers());
  }

  @Test
  @DisplayName("a byte order mark before the start line is an error at 1:1 that says what it is,"
      + " and the rest is read with columns as an editor shows them")
  void byteOrderMarkIsNamed() {
    byte[] text = OK.replace("CSeq: 1 OPTIONS", "CSeq: 1 OPTIONS x")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] marked = new byte[text.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(text, 0, marked, 3, text.length);
    ParseResult r = SipParser.parse(marked);
    assertEquals(200, ((org.siplab.message.SipResponse) r.message()).status());
    Diagnostic bom = r.diagnostics().get(0);
    assertEquals(List.of(1, 1, 0), List.of(bom.line(), bom.column(), bom.offset()));
    assertTrue(bom.message().startsWith("the datagram starts with a byte order mark (U+FEFF"),
        bom.message());
    Diagnostic later = r.diagnostics().get(1);
    assertEquals(List.of(6, 17), List.of(later.line(), later.column()), later::toString);
  }

  @Test
  @DisplayName("a missing required header is pointed at a field whose name looks like it misspelt,"
      + " and a missing Max-Forwards too; with no such field it stays at the start line")
  void missingHeaderPointsAtItsMisspelling() {
    ParseResult form = SipParser.parse(OPTIONS.replace("From:", "Form:")
        .replace("Max-Forwards:", "Max-Forward:"));
    assertEquals(2, form.diagnostics().size(), form.diagnostics()::toString);
    Diagnostic warning = form.diagnostics().get(0);
    assertEquals(3, warning.line());
    assertTrue(warning.message().endsWith("'Max-Forward' here looks like Max-Forwards misspelt"),
        warning.message());
    Diagnostic error = onlyError(form);
    assertEquals(List.of(5, 1), List.of(error.line(), error.column()));
    assertEquals("every request must have a From header; this one has none, and 'Form' here"
        + " looks like From misspelt", error.message());
    ParseResult path = SipParser.parse(OPTIONS.replace("From:", "Path:"));
    assertEquals(List.of(1, 1), List.of(onlyError(path).line(), onlyError(path).column()));
    assertEquals("every request must have a From header; this one has none",
        onlyError(path).message());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"CSeq: 1826 INVITE|7|12", "CSeq:  1 INVITE|7|10",
      "CSeq: 1{CRLF}  INVITE|8|3"})
  @DisplayName("a CSeq method that does not match the request's is pointed at in the CSeq value,"
      + " not at the header's name, a folded line included (section 8.1.1.5)")
  void cseqMethodMismatchPointsAtTheMethod(String cseq, int line, int column) {
    // A CSV record is one line: the fold is written as {CRLF}.
    String field = cseq.replace("{CRLF}", "\r\n");
    Diagnostic d = onlyDiagnostic(SipParser.parse(OPTIONS.replace("CSeq: 1 OPTIONS", field)),
        Severity.ERROR, line, column, "CSeq", "RFC 3261 section 8.1.1.5");
    assertEquals("the CSeq method INVITE does not match the request method OPTIONS",
        d.message());
  }

  @Test
  @DisplayName("a byte that is not UTF-8 is one error, the UTF-8 one: the grammar's complaint"
      + " about the U+FFFD that stands for it, a character the student never wrote, is not added")
  void aByteThatIsNotUtf8IsOneError() {
    byte[] latin1 = OPTIONS.replace("To: <sip:", "To: B\u00F6b <sip:")
        .getBytes(StandardCharsets.ISO_8859_1);
    Diagnostic d = onlyDiagnostic(SipParser.parse(latin1), Severity.ERROR, 4, 6, "UTF8-NONASCII",
        "RFC 3261 section 25.1 (UTF8-NONASCII)");
    assertEquals("byte 0xF6 is not valid UTF-8; SIP text is UTF-8", d.message());
  }

  private static Diagnostic onlyError(ParseResult r) {
    assertEquals(1, r.errors().size(), r.diagnostics()::toString);
    return r.errors().get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"invite,INVITE", "Register,REGISTER", "bye,BYE"})
  @DisplayName("a method that spells a known one in other case is a warning: methods are"
      + " case-sensitive (section 7.1), so it is an extension method")
  void methodInOtherCaseIsAWarning(String written, String known) {
    String options = OPTIONS.replace("OPTIONS sip:", written + " sip:")
        .replace("CSeq: 1 OPTIONS", "CSeq: 1 " + written);
    Diagnostic d = onlyDiagnostic(SipParser.parse(options), Severity.WARNING, 1, 1, "Method",
        "RFC 3261 section 7.1 and 21.5.2");
    assertTrue(d.message().startsWith("the method '" + written + "' is not " + known + ":"),
        d.message());
    assertEquals(List.of(), SipParser.parse(OPTIONS.replace("OPTIONS sip:", "FROBNICATE sip:")
        .replace("CSeq: 1 OPTIONS", "CSeq: 1 FROBNICATE")).diagnostics());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "To: Bob Smith sip:bob@b.example.com|15|a display name must be followed by the address in"
          + " '<' '>', as in Bob Smith <sip:bob@b.example.com>",
      "To: Bob sip:bob@b.example.com;tag=2|9|a display name must be followed by the address in '<'"
          + " '>', as in Bob <sip:bob@b.example.com>",
      "To: sip:bob@b.example.com>|26|'>' closes no '<': a URI in angle brackets needs both, as in"
          + " <sip:bob@b.example.com>"})
  @DisplayName("a display name before a bare URI, or a '>' without its '<', is named as that, with"
      + " the address written as it should be")
  void missingAngleBracketsAreNamed(String to, int column, String message) {
    ParseResult r = SipParser.parse(OPTIONS.replace("To: <sip:bob@b.example.com>", to));
    assertEquals(1, r.errors().size(), r.diagnostics()::toString);
    Diagnostic d = r.errors().get(0);
    assertEquals(List.of(4, column), List.of(d.line(), d.column()), d::toString);
    assertEquals("To: " + message, d.message());
  }

  @ParameterizedTest(name = "status {0}")
  @ValueSource(strings = {"050", "099", "700", "999"})
  @DisplayName("a three-digit status code outside 100-699 is an error at the code")
  void statusCodeOutOfRange(String code) {
    ParseResult r = SipParser.parse(OK.replace("200 OK", code + " Odd"));
    Diagnostic d = onlyDiagnostic(r, Severity.ERROR, 1, 9, "Status-Code",
        "RFC 3261 section 7.2 and section 21");
    assertEquals(8, d.offset());
    assertEquals("status code " + code + " is outside 100-699", d.message(), "as written");
    assertNull(r.message(), "no message without a start line");
  }

  @ParameterizedTest(name = "status {0}")
  @ValueSource(ints = {100, 699})
  @DisplayName("status codes 100 and 699, the ends of the range, are valid")
  void statusCodeAtTheEnds(int code) {
    ParseResult r = SipParser.parse(OK.replace("200 OK", code + " Edge"));
    assertEquals(List.of(), r.diagnostics());
  }

  @Test
  @DisplayName("a SIP version other than 2.0 cites section 7.1, which requires SIP/2.0, and section"
      + " 21.5.6, 505 Version Not Supported")
  void unsupportedVersion() {
    ParseResult request = SipParser.parse(OPTIONS.replace("SIP/2.0\r\nVia", "SIP/7.0\r\nVia"));
    onlyDiagnostic(request, Severity.ERROR, 1, 31, "Request-Line",
        "RFC 3261 section 7.1 and 21.5.6");
    ParseResult response = SipParser.parse(OK.replace("SIP/2.0 200", "SIP/3.1 200"));
    onlyDiagnostic(response, Severity.ERROR, 1, 1, "Status-Line",
        "RFC 3261 section 7.1 and 21.5.6");
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"0001", "001B", "007F"})
  @DisplayName("a control character inside a Retry-After comment is an error at that character:"
      + " ctext holds none, only a quoted-pair may (section 25.1)")
  void controlCharacterInComment(String hex) {
    char control = (char) Integer.parseInt(hex, 16);
    ParseResult r = SipParser.parse(OK.replace("SIP/2.0 200 OK", "SIP/2.0 503 Busy")
        .replace("Content-Length: 0", "Retry-After: 5 (a" + control + "b)\r\nContent-Length: 0"));
    Diagnostic d = onlyDiagnostic(r, Severity.ERROR, 7, 18, "Retry-After",
        "RFC 3261 section 25.1 (ctext)");
    assertEquals("Retry-After: control character U+" + hex + " inside a comment; only a"
        + " quoted-pair (a backslash before it) may carry one", d.message());

    ParseResult quoted = SipParser.parse(OK.replace("SIP/2.0 200 OK", "SIP/2.0 503 Busy")
        .replace("Content-Length: 0", "Retry-After: 5 (a\\" + control + "b)\r\nContent-Length: 0"));
    assertEquals(List.of(), quoted.diagnostics());
  }

  @ParameterizedTest(name = "Contact: {0}")
  @CsvSource(delimiter = '|', value = {"*, <sip:a@a.example.com> | 11", "* ;expires=0 | 12",
      "*;expires=0 | 11"})
  @DisplayName("a Contact '*' followed by another value or a parameter is an error at that comma"
      + " or semicolon that says '*' stands alone, not one about display names or URI schemes")
  void wildcardContactStandsAlone(String contact, int column) {
    ParseResult r = SipParser.parse(OPTIONS.replace("Content-Length: 0",
        "Contact: " + contact + "\r\nContent-Length: 0"));
    Diagnostic d = onlyDiagnostic(r, Severity.ERROR, 8, column, "Contact",
        "RFC 3261 section 25.1 (Contact)");
    assertEquals("Contact: '*' must be the whole Contact value, with no other value and no"
        + " parameters after it", d.message());
  }

  static final String REGISTER = OPTIONS.replace("OPTIONS sip:bob@b.example.com",
      "REGISTER sip:b.example.com").replace("CSeq: 1 OPTIONS", "CSeq: 1 REGISTER");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Contact: *\r\nExpires: 3600", "Contact: *",
      "Expires: 1\r\nContact: *", "Contact: *\r\nExpires: 10"})
  @DisplayName("in a REGISTER, Contact: * with an Expires other than 0, or none, is an error at the"
      + " Contact line (section 10.2.2: only with Expires 0; 10.3 step 6: the request is invalid)")
  void wildcardContactInARegisterNeedsExpiresZero(String headers) {
    ParseResult r = SipParser.parse(REGISTER.replace("Content-Length: 0",
        headers + "\r\nContent-Length: 0"));
    int line = headers.startsWith("Contact") ? 8 : 9;
    Diagnostic d = onlyDiagnostic(r, Severity.ERROR, line, 1, "Contact",
        "RFC 3261 section 10.2.2 and 10.3 step 6");
    assertTrue(d.message().contains("Expires"), d::toString);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Contact: *\r\nExpires: 0", "Expires: 00\r\nContact:  * "})
  @DisplayName("in a REGISTER, Contact: * with Expires: 0 is valid")
  void wildcardContactWithExpiresZeroIsValid(String headers) {
    assertEquals(List.of(), SipParser.parse(REGISTER.replace("Content-Length: 0",
        headers + "\r\nContent-Length: 0")).diagnostics());
  }

  @Test
  @DisplayName("in a REGISTER, Contact: * next to another Contact header is an error at the second"
      + " Contact line: the fields combine into '*, <sip:...>', which the grammar forbids")
  void wildcardContactBesideAnotherContactIsAnError() {
    ParseResult r = SipParser.parse(REGISTER.replace("Content-Length: 0",
        "Contact: *\r\nContact: <sip:a@a.example.com>\r\nExpires: 0\r\nContent-Length: 0"));
    Diagnostic d = onlyDiagnostic(r, Severity.ERROR, 9, 1, "Contact",
        "RFC 3261 section 7.3.1 and 25.1 (Contact)");
    assertTrue(d.message().contains("'*'"), d::toString);
  }

  @Test
  @DisplayName("a Content-Type parameter without '=' and a value is an error at its name:"
      + " m-parameter = m-attribute EQUAL m-value (section 25.1)")
  void contentTypeParameterNeedsAValue() {
    ParseResult r = SipParser.parse(OPTIONS.replace("Content-Length: 0",
        "Content-Type: text/plain;foo\r\nContent-Length: 0"));
    Diagnostic d = onlyDiagnostic(r, Severity.ERROR, 8, 26, "Content-Type",
        "RFC 3261 section 25.1 (m-parameter)");
    assertEquals("Content-Type: the media type parameter 'foo' needs '=' and a value, as in"
        + " charset=UTF-8", d.message());
    assertEquals(List.of(), SipParser.parse(OPTIONS.replace("Content-Length: 0",
        "Accept: application/sdp;level=1;q=0.5, text/plain;foo\r\nContent-Length: 0"))
        .diagnostics(), "Accept's accept-params may be generic-params without a value");
  }

  @Test
  @DisplayName("a Call-ID holding a character beyond U+FFFF names it by its code point, U+1F600")
  void callIdCharacterBeyondTheBmp() {
    ParseResult r = SipParser.parse(OPTIONS.replace("Call-ID: 1@a", "Call-ID: 1\uD83D\uDE00@a"));
    Diagnostic d = onlyDiagnostic(r, Severity.ERROR, 6, 11, "Call-ID",
        "RFC 3261 section 25.1 (word)");
    assertEquals("Call-ID: character U+1F600 cannot appear in a Call-ID", d.message());
  }

  @Test
  @DisplayName("the text a diagnostic quotes is cut between characters, never inside the UTF-16"
      + " pair of a character beyond U+FFFF")
  void quotedTextKeepsCharactersWhole() {
    ParseResult r = SipParser.parse(OPTIONS.replace("Max-Forwards: 70",
        "Max-Forwards: " + "a".repeat(19) + "\uD83D\uDE00"));
    String message = r.errors().get(0).message();
    assertTrue(message.contains("'" + "a".repeat(19) + "'")
        || message.contains("'" + "a".repeat(19) + "\uD83D\uDE00'"), message);
    for (int i = 0; i < message.length(); i++) {
      char ch = message.charAt(i);
      assertTrue(!Character.isSurrogate(ch) || Character.isHighSurrogate(ch)
          && i + 1 < message.length() && Character.isLowSurrogate(message.charAt(i + 1))
          || Character.isLowSurrogate(ch) && Character.isHighSurrogate(message.charAt(i - 1)),
          () -> "a lone surrogate in: " + message);
    }
  }

  @ParameterizedTest(name = "response={0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "'\"0123456789ABCDEF0123456789abcdef\"' | 'this one has upper-case letters'",
    "'0123456789abcdef0123456789abcdef'     | 'this one is not in quotes'",
    "'\"0123456789abcdef0123456789abcdeg\"' | 'this one has a character that is not a hex digit'",
    "'\"0123456789abcdef\"'                 | 'this one has 16 characters'"})
  @DisplayName("a malformed digest response says which part of request-digest it breaks: the"
      + " quotes, lower-case hex or the length")
  void digestResponseSaysWhatIsWrong(String response, String why) {
    ParseResult r = SipParser.parse(OPTIONS.replace("Content-Length: 0",
        "Authorization: Digest username=\"a\", realm=\"r\", nonce=\"n\", uri=\"sip:x\","
            + " response=" + response + "\r\nContent-Length: 0"));
    Diagnostic d = onlyDiagnostic(r, Severity.ERROR, 8, 72, "Authorization",
        "RFC 3261 section 25.1 (request-digest)");
    assertEquals("Authorization: the digest response must be 32 lower-case hex digits in quotes"
        + " (64 for SHA-256); " + why, d.message());
  }

  @ParameterizedTest(name = "uri=\"{0}\"")
  @CsvSource(delimiter = '|', value = {
    "not a uri          | 31 | whitespace inside a URI; a URI cannot contain spaces",
    "bob                | 28 | expected a URI with a scheme (sip:, sips:, tel:...), but found"
        + " 'bob'",
    "''                 | 28 | expected a URI with a scheme (sip:, sips:, tel:...), but the value"
        + " ends here",
    "sip:b@[::1         | 34 | an IPv6 reference opened with '[' is never closed with ']'"})
  @DisplayName("in Digest credentials, a quoted uri that is not a Request-URI is an error where it"
      + " breaks the URI grammar (section 25.1: digest-uri-value = Request-URI)")
  void digestUriMustBeARequestUri(String uri, int column, String why) {
    ParseResult r = SipParser.parse(OPTIONS.replace("Content-Length: 0",
        "Authorization: Digest uri=\"" + uri + "\", response=\"0123456789abcdef0123456789abcdef\""
            + "\r\nContent-Length: 0"));
    Diagnostic d = onlyDiagnostic(r, Severity.ERROR, 8, column, "Authorization",
        "RFC 3261 section 25.1 (digest-uri-value)");
    assertEquals("Authorization: the digest uri must be a Request-URI: " + why, d.message());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sip:bob@b.example.com", "sips:[2001:db8::1]:5061;transport=tcp",
      "tel:+15551234", "http://www.example.com/a?b=c"})
  @DisplayName("in Digest credentials, a quoted uri that is a Request-URI is accepted")
  void digestUriThatIsARequestUri(String uri) {
    ParseResult r = SipParser.parse(OPTIONS.replace("Content-Length: 0",
        "Authorization: Digest username=\"a\", realm=\"r\", nonce=\"n\", uri=\"" + uri
            + "\", response=\"0123456789abcdef0123456789abcdef\"\r\nContent-Length: 0"));
    assertEquals(List.of(), r.diagnostics());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"uri=sip:bob@b.example.com", "uri=x"})
  @DisplayName("in Digest credentials, a uri without quotes is an error at the uri parameter"
      + " (section 22.4 item 2: for SIP, the 'uri' MUST be enclosed in quotation marks)")
  void digestUriMustBeQuoted(String param) {
    ParseResult r = SipParser.parse(OPTIONS.replace("Content-Length: 0",
        "Authorization: Digest " + param + ", response=\"0123456789abcdef0123456789abcdef\""
            + "\r\nContent-Length: 0"));
    Diagnostic d = onlyDiagnostic(r, Severity.ERROR, 8, 23, "Authorization",
        "RFC 3261 section 22.4 and 25.1 (digest-uri)");
    assertTrue(d.message().contains("uri must be in quotes"), d::toString);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "'username=a'        | RFC 3261 section 25.1 (username); RFC 7616 section 3.4",
    "'realm=r'           | RFC 3261 section 25.1 (realm); RFC 7616 section 3.4",
    "'nonce=n'           | RFC 3261 section 25.1 (nonce); RFC 7616 section 3.4",
    "'cnonce=c, qop=auth, nc=00000001' | RFC 3261 section 25.1 (cnonce); RFC 7616 section 3.4",
    "'opaque=o'          | RFC 3261 section 25.1 (opaque); RFC 7616 section 3.4",
    "'qop=\"auth\", nc=00000001, cnonce=\"c\"' | RFC 3261 section 25.1 (message-qop);"
        + " RFC 7616 section 3.4",
    "'algorithm=\"MD5\"' | RFC 3261 section 25.1 (algorithm); RFC 7616 section 3.4"})
  @DisplayName("in Digest credentials, a parameter the digest grammar quotes (username, realm,"
      + " nonce, cnonce, opaque) written as a token, or one it writes as a token (qop, algorithm)"
      + " written in quotes, is a warning at that parameter: auth-param still reads it")
  void digestCredentialsParameterWithTheWrongQuoting(String param, String rfc) {
    ParseResult r = SipParser.parse(OPTIONS.replace("Content-Length: 0",
        "Authorization: Digest " + param + ", response=\"0123456789abcdef0123456789abcdef\""
            + "\r\nContent-Length: 0"));
    Diagnostic d = onlyDiagnostic(r, Severity.WARNING, 8, 23, "Authorization", rfc);
    assertTrue(d.message().contains(param.substring(0, param.indexOf('='))), d::toString);
    assertTrue(r.isValid());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "'realm=r'           | RFC 3261 section 25.1 (realm); RFC 7616 section 3.3",
    "'domain=sip:x'      | RFC 3261 section 25.1 (domain); RFC 7616 section 3.3",
    "'nonce=n'           | RFC 3261 section 25.1 (nonce); RFC 7616 section 3.3",
    "'opaque=o'          | RFC 3261 section 25.1 (opaque); RFC 7616 section 3.3",
    "'qop=auth'          | RFC 3261 section 25.1 (qop-options); RFC 7616 section 3.3",
    "'stale=\"false\"'   | RFC 3261 section 25.1 (stale); RFC 7616 section 3.3",
    "'algorithm=\"MD5\"' | RFC 3261 section 25.1 (algorithm); RFC 7616 section 3.3"})
  @DisplayName("in a Digest challenge, a parameter the digest grammar quotes (realm, domain, nonce,"
      + " opaque, qop) written as a token, or one it writes as a token (stale, algorithm) written"
      + " in quotes, is a warning at that parameter")
  void digestChallengeParameterWithTheWrongQuoting(String param, String rfc) {
    ParseResult r = SipParser.parse(OK.replace("200 OK", "401 Unauthorized").replace(
        "Content-Length: 0", "WWW-Authenticate: Digest " + param + "\r\nContent-Length: 0"));
    List<Diagnostic> warnings = r.warnings();
    assertEquals(1, warnings.size(), r.diagnostics()::toString);
    Diagnostic d = warnings.get(0);
    assertEquals(7, d.line(), d::toString);
    assertEquals(26, d.column(), d::toString);
    assertEquals("WWW-Authenticate", d.rule(), d::toString);
    assertEquals(rfc, d.rfc(), d::toString);
    assertTrue(d.message().contains(param.substring(0, param.indexOf('='))), d::toString);
  }

  @Test
  @DisplayName("Digest credentials and challenges quoted as the grammar writes them, with unknown"
      + " auth-params either way, have no diagnostic")
  void digestParametersQuotedAsTheGrammarSays() {
    assertEquals(List.of(), SipParser.parse(OPTIONS.replace("Content-Length: 0",
        "Authorization: Digest username=\"a\", realm=\"r\", nonce=\"n\", uri=\"sip:x\","
            + " response=\"0123456789abcdef0123456789abcdef\", algorithm=MD5, cnonce=\"c\","
            + " opaque=\"\", qop=auth, nc=00000001, x=y, z=\"w\"\r\nContent-Length: 0"))
        .diagnostics());
    assertEquals(List.of(), SipParser.parse(OK.replace("200 OK", "407 Proxy Authentication"
        + " Required").replace("Content-Length: 0", "Proxy-Authenticate: Digest realm=\"r\","
        + " domain=\"sip:a sip:b\", nonce=\"n\", opaque=\"o\", stale=FALSE, algorithm=MD5,"
        + " qop=\"auth,auth-int\", x=y, z=\"w\"\r\nContent-Length: 0")).diagnostics());
    // Another scheme's parameters follow no digest rule (RFC 4475 section 3.3.7).
    assertEquals(List.of(), SipParser.parse(OPTIONS.replace("Content-Length: 0",
        "Authorization: NoOneKnowsThisScheme uri=x, qop=\"auth\"\r\nContent-Length: 0"))
        .diagnostics());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "'realm=\"a\", nonce=\"n\", realm=\"b\"'  | 48",
    "'nonce=\"n\", realm=\"a\", Realm=\"a\"'  | 48",
    "'realm=\"a\", stale=false, nonce=\"n\", stale=true' | 61"})
  @DisplayName("a digest directive repeated in one challenge is a warning at the repeat: the"
      + " grammar (1# of directives) reads both, but not which one counts")
  void aRepeatedChallengeDirectiveIsAWarning(String params, int column) {
    ParseResult r = SipParser.parse(OK.replace("200 OK", "401 Unauthorized").replace(
        "Content-Length: 0", "WWW-Authenticate: Digest " + params + "\r\nContent-Length: 0"));
    Diagnostic d = onlyDiagnostic(r, Severity.WARNING, 7, column, "WWW-Authenticate",
        "RFC 2617 section 3.2.1; RFC 3261 section 25.1 (digest-cln)");
    assertTrue(d.message().contains("repeated"), d::toString);
  }

  @Test
  @DisplayName("a digest directive repeated in one set of credentials is a warning at the repeat")
  void aRepeatedCredentialsDirectiveIsAWarning() {
    ParseResult r = SipParser.parse(OPTIONS.replace("Content-Length: 0",
        "Authorization: Digest username=\"a\", realm=\"r\", nonce=\"n\", uri=\"sip:x\","
            + " nonce=\"m\"\r\nContent-Length: 0"));
    Diagnostic d = onlyDiagnostic(r, Severity.WARNING, 8, 72, "Authorization",
        "RFC 2617 section 3.2.2; RFC 3261 section 25.1 (digest-response)");
    assertTrue(d.message().contains("nonce is repeated"), d::toString);
  }

  @ParameterizedTest(name = "stale={0}")
  @ValueSource(strings = {"maybe", "yes", "1", "truth"})
  @DisplayName("a stale other than true or false is a warning at the stale directive: it reads as"
      + " an unknown auth-param, and RFC 2617 counts anything but TRUE as false")
  void aStaleOtherThanTrueOrFalseIsAWarning(String stale) {
    ParseResult r = SipParser.parse(OK.replace("200 OK", "401 Unauthorized").replace(
        "Content-Length: 0", "WWW-Authenticate: Digest realm=\"r\", stale=" + stale
            + "\r\nContent-Length: 0"));
    Diagnostic d = onlyDiagnostic(r, Severity.WARNING, 7, 37, "WWW-Authenticate",
        "RFC 3261 section 25.1 (stale); RFC 2617 section 3.2.1");
    assertTrue(d.message().contains("'" + stale + "'"), d::toString);
  }

  @ParameterizedTest(name = "stale={0}")
  @ValueSource(strings = {"true", "false", "TRUE", "False"})
  @DisplayName("stale true or false, in any case, is valid (quoted ABNF literals ignore case)")
  void staleTrueOrFalseInAnyCaseIsValid(String stale) {
    ParseResult r = SipParser.parse(OK.replace("200 OK", "401 Unauthorized").replace(
        "Content-Length: 0", "WWW-Authenticate: Digest realm=\"r\", stale=" + stale
            + "\r\nContent-Length: 0"));
    assertEquals(List.of(), r.diagnostics());
  }

  @ParameterizedTest(name = "nc={0}")
  @ValueSource(strings = {"0000000A", "ABCDEF01", "0000001", "000000001", "0000000g",
      "\"00000001\""})
  @DisplayName("a nonce count that is not exactly 8 lower-case hex digits, unquoted, is an error at"
      + " the nc parameter (nc-value = 8LHEX, LHEX = DIGIT / %x61-66)")
  void nonceCountIsEightLowerCaseHexDigits(String nc) {
    ParseResult r = SipParser.parse(OPTIONS.replace("Content-Length: 0",
        "Authorization: Digest username=\"a\", realm=\"r\", nonce=\"n\", uri=\"sip:x\","
            + " qop=auth, nc=" + nc + "\r\nContent-Length: 0"));
    Diagnostic d = onlyDiagnostic(r, Severity.ERROR, 8, 82, "Authorization",
        "RFC 3261 section 25.1 (nonce-count)");
    assertTrue(d.message().contains("8 lower-case hex digits"), d::toString);
  }

  @ParameterizedTest(name = "nc={0}")
  @ValueSource(strings = {"00000001", "0000000a", "abcdef09"})
  @DisplayName("a nonce count of 8 lower-case hex digits is valid")
  void nonceCountOfEightLowerCaseHexDigits(String nc) {
    ParseResult r = SipParser.parse(OPTIONS.replace("Content-Length: 0",
        "Authorization: Digest username=\"a\", realm=\"r\", nonce=\"n\", uri=\"sip:x\","
            + " qop=auth, nc=" + nc + ", cnonce=\"c\"\r\nContent-Length: 0"));
    assertEquals(List.of(), r.diagnostics());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "qop=auth                               | 59 | a qop but no nc and cnonce",
    "qop=auth, nc=00000001                  | 59 | a qop but no cnonce",
    "qop=auth, cnonce=\"c\"                 | 59 | a qop but no nc",
    "nc=00000001                            | 59 | nc but no qop",
    "cnonce=\"c\", nc=00000001              | 59 | nc and cnonce but no qop"})
  @DisplayName("digest credentials with a qop but no nc or cnonce, or with nc or cnonce but no qop,"
      + " are a warning at the first of them (RFC 2617 section 3.2.2: they MUST come with a qop"
      + " and MUST NOT come without one)")
  void qopComesWithNcAndCnonce(String params, int column, String what) {
    ParseResult r = SipParser.parse(OPTIONS.replace("Content-Length: 0",
        "Authorization: Digest username=\"a\", realm=\"r\", nonce=\"n\", " + params
            + ", uri=\"sip:x\", response=\"0123456789abcdef0123456789abcdef\""
            + "\r\nContent-Length: 0"));
    Diagnostic d = onlyDiagnostic(r, Severity.WARNING, 8, column, "Authorization",
        params.startsWith("qop") ? "RFC 2617 section 3.2.2"
            : "RFC 2617 section 3.2.2; RFC 3261 section 22.4");
    assertTrue(d.message().startsWith("Authorization: the credentials give " + what),
        d::toString);
    assertTrue(r.isValid());
  }

  @Test
  @DisplayName("digest credentials with a qop, nc and cnonce, or with none of them, have no"
      + " warning")
  void qopWithNcAndCnonceOrNone() {
    for (String params : List.of("qop=auth, nc=00000001, cnonce=\"c\",", "")) {
      ParseResult r = SipParser.parse(OPTIONS.replace("Content-Length: 0",
          "Authorization: Digest username=\"a\", realm=\"r\", nonce=\"n\", " + params
              + " uri=\"sip:x\", response=\"0123456789abcdef0123456789abcdef\""
              + "\r\nContent-Length: 0"));
      assertEquals(List.of(), r.diagnostics(), params);
    }
  }

  @ParameterizedTest(name = "ttl={0}")
  @ValueSource(strings = {"0", "1", "01", "255", "001", "070"})
  @DisplayName("a Via ttl of one to three digits, 0 to 255, is valid")
  void viaTtlOfOneToThreeDigits(String ttl) {
    ParseResult r = SipParser.parse(OPTIONS.replace("branch=z9hG4bK1",
        "branch=z9hG4bK1;ttl=" + ttl));
    assertEquals(List.of(), r.diagnostics());
  }

  @ParameterizedTest(name = "ttl={0}")
  @ValueSource(strings = {"0001", "0255", "256", "1000", "x"})
  @DisplayName("a Via ttl of more than three digits or above 255 is an error at the ttl parameter"
      + " (via-ttl = \"ttl\" EQUAL ttl, ttl = 1*3DIGIT ; 0 to 255)")
  void viaTtlOfMoreThanThreeDigits(String ttl) {
    ParseResult r = SipParser.parse(OPTIONS.replace("branch=z9hG4bK1",
        "branch=z9hG4bK1;ttl=" + ttl));
    onlyDiagnostic(r, Severity.ERROR, 2, 48, "Via", "RFC 3261 section 20.42 (ttl is 0 to 255)");
  }

  @ParameterizedTest(name = "without {0}")
  @ValueSource(strings = {"Via", "To", "From", "Call-ID", "CSeq"})
  @DisplayName("a response without a Via, To, From, Call-ID or CSeq header is an error at 1:1")
  void responseRequiredHeaders(String name) {
    String without = OK.replaceAll("(?m)^" + name + ": [^\r]*\r\n", "");
    ParseResult r = SipParser.parse(without);
    Diagnostic d = onlyDiagnostic(r, Severity.ERROR, 1, 1, name,
        "RFC 3261 section 8.2.6.2 and 20");
    assertEquals("every response must have a " + name + " header; this one has none", d.message());
    assertTrue(!r.isValid());
  }

  @Test
  @DisplayName("a single-value header holding comma-separated values is an error at the comma")
  void singleValueHeaderWithSeveralValues() {
    ParseResult r = SipParser.parse(OPTIONS.replace("Max-Forwards: 70", "Max-Forwards: 70, 69"));
    Diagnostic d = onlyDiagnostic(r, Severity.ERROR, 3, 17, "Max-Forwards",
        "RFC 3261 section 7.3.1");
    assertTrue(d.message().startsWith("Max-Forwards: this header allows only one value, but a"
        + " comma follows the first"), d::toString);

    ParseResult to = SipParser.parse(OPTIONS.replace("To: <sip:bob@b.example.com>",
        "To: <sip:bob@b.example.com>, <sip:carol@c.example.com>"));
    onlyDiagnostic(to, Severity.ERROR, 4, 28, "To", "RFC 3261 section 7.3.1");
  }

  @Test
  @DisplayName("Max-Forwards 0 is a warning at the Max-Forwards line")
  void maxForwardsZero() {
    ParseResult r = SipParser.parse(OPTIONS.replace("Max-Forwards: 70", "Max-Forwards: 0"));
    Diagnostic d = onlyDiagnostic(r, Severity.WARNING, 3, 1, "Max-Forwards",
        "RFC 3261 section 16.3 step 3; RFC 4475 section 3.3.11");
    assertTrue(d.message().startsWith("Max-Forwards is 0: a proxy must answer 483 Too Many Hops"),
        d::toString);
    assertTrue(r.isValid());
  }

  @Test
  @DisplayName("an unknown URI scheme is a warning, in the Request-URI where the URI starts (1:9),"
      + " with the 416 a UAS answers, and in To where its URI starts (4:6), where the message"
      + " stays valid for proxies")
  void unknownUriScheme() {
    ParseResult r = SipParser.parse(OPTIONS.replace("OPTIONS sip:bob@b.example.com",
        "OPTIONS unknownscheme:unknownstuff"));
    Diagnostic d = onlyDiagnostic(r, Severity.WARNING, 1, 9, "absoluteURI",
        "RFC 3261 section 8.2.2.1; RFC 4475 section 3.3.2");
    assertTrue(d.message().startsWith("the Request-URI has the scheme 'unknownscheme'"),
        d::toString);
    assertTrue(r.isValid());

    ParseResult to = SipParser.parse(OPTIONS.replace("To: <sip:bob@b.example.com>",
        "To: <im:bob@b.example.com>"));
    Diagnostic inTo = onlyDiagnostic(to, Severity.WARNING, 4, 6, "absoluteURI",
        "RFC 3261 section 8.1.1.2; RFC 4475 section 3.3.4");
    assertTrue(inTo.message().startsWith("the To URI has the scheme 'im': the message is valid"),
        inTo::toString);
    assertFalse(inTo.message().contains("416"), "416 answers a Request-URI only");
    assertTrue(to.isValid());
  }

  @Test
  @DisplayName("what RFC 3261 asks of a sender beyond the grammar is a warning where it is broken:"
      + " a To tag in a response, a Contact in an INVITE and its 2xx, no user in a REGISTER's"
      + " Request-URI, no Require in a CANCEL")
  void senderRules() {
    String invite = OPTIONS.replace("OPTIONS sip", "INVITE sip").replace("1 OPTIONS", "1 INVITE");
    onlyDiagnostic(SipParser.parse(invite), Severity.WARNING, 1, 1, "Contact",
        "RFC 3261 section 8.1.1.8");
    onlyDiagnostic(SipParser.parse(invite.replace("Call-ID", "Contact: <sip:a@a>, <sip:a@b>\r\n"
        + "Call-ID")), Severity.WARNING, 6, 1, "Contact", "RFC 3261 section 8.1.1.8");
    assertEquals(List.of(), SipParser.parse(invite.replace("Call-ID",
        "Contact: <sip:a@a>\r\nCall-ID")).diagnostics());

    String okToInvite = OK.replace("1 OPTIONS", "1 INVITE");
    onlyDiagnostic(SipParser.parse(okToInvite), Severity.WARNING, 1, 1, "Contact",
        "RFC 3261 section 12.1.1");
    assertEquals(List.of(), SipParser.parse(OK).diagnostics(), "a 200 to OPTIONS needs none");

    Diagnostic noTag = onlyDiagnostic(SipParser.parse(OK.replace(";tag=2", "")), Severity.WARNING,
        3, 1, "To", "RFC 3261 section 8.2.6.2");
    assertTrue(noTag.message().startsWith("a response other than 100 Trying must carry a tag"));
    assertEquals(List.of(), SipParser.parse(OK.replace(";tag=2", "").replace("200 OK",
        "100 Trying")).diagnostics(), "100 Trying may come without one");

    Diagnostic user = onlyDiagnostic(SipParser.parse(REGISTER.replace("REGISTER sip:b.example.com",
        "REGISTER sip:alice@b.example.com")), Severity.WARNING, 1, 10, "Request-URI",
        "RFC 3261 section 10.2");
    assertTrue(user.message().contains("as in sip:b.example.com"), user::toString);

    onlyDiagnostic(SipParser.parse(OPTIONS.replace("OPTIONS sip", "CANCEL sip")
        .replace("1 OPTIONS", "1 CANCEL").replace("Call-ID", "Require: 100rel\r\nCall-ID")),
        Severity.WARNING, 6, 1, "Require", "RFC 3261 section 9.1");
  }

  @Test
  @DisplayName("an INVITE's Contact of '*', or of sip: where the Request-URI or top Route is"
      + " sips:, and a 2xx's Contact of '*' are warnings where the Contact is (8.1.1.8, 12.1.1)")
  void contactOfADialog() {
    String invite = OPTIONS.replace("OPTIONS sip", "INVITE sip").replace("1 OPTIONS", "1 INVITE");
    Diagnostic star = onlyDiagnostic(SipParser.parse(invite.replace("Call-ID",
        "Contact: *\r\nCall-ID")), Severity.WARNING, 6, 1, "Contact",
        "RFC 3261 section 8.1.1.8 and 10.2.2");
    assertTrue(star.message().startsWith("an INVITE's Contact must be one SIP or SIPS URI"),
        star::toString);

    String secure = invite.replace("INVITE sip:bob", "INVITE sips:bob");
    Diagnostic plain = onlyDiagnostic(SipParser.parse(secure.replace("Call-ID",
        "Contact: <sip:a@a.example.com>\r\nCall-ID")), Severity.WARNING, 6, 1, "Contact",
        "RFC 3261 section 8.1.1.8");
    assertTrue(plain.message().startsWith("the Request-URI is a sips: URI, so the Contact must be"
        + " one too"), plain::toString);
    assertEquals(List.of(), SipParser.parse(secure.replace("Call-ID",
        "Contact: <sips:a@a.example.com>\r\nCall-ID")).diagnostics());
    Diagnostic route = onlyDiagnostic(SipParser.parse(invite.replace("Call-ID",
        "Route: <sips:p.example.com;lr>\r\nContact: <sip:a@a.example.com>\r\nCall-ID")),
        Severity.WARNING, 7, 1, "Contact", "RFC 3261 section 8.1.1.8");
    assertTrue(route.message().startsWith("the top Route is a sips: URI"), route::toString);

    onlyDiagnostic(SipParser.parse(OK.replace("1 OPTIONS", "1 INVITE").replace("Call-ID",
        "Contact: *\r\nCall-ID")), Severity.WARNING, 5, 1, "Contact",
        "RFC 3261 section 12.1.1 and 10.2.2");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Call-Info", "Alert-Info", "Error-Info", "In-Reply-To", "Priority",
      "Timestamp", "MIME-Version", "Server", "User-Agent", "Content-Disposition",
      "Authentication-Info"})
  @DisplayName("a header kept as text whose grammar needs a value is an error when empty")
  void emptyValueWhereTheGrammarNeedsOne(String header) {
    Diagnostic d = onlyDiagnostic(SipParser.parse(OPTIONS.replace("Call-ID", header
        + ":\r\nCall-ID")), Severity.ERROR, 6, header.length() + 2, header,
        HeaderCatalog.rfcOf(HeaderName.of(header)));
    assertEquals(header + ": the value is empty, but this header's grammar needs at least one",
        d.message());
  }

  @Test
  @DisplayName("text after a whole MIME-Version is unexpected text after the version, where it"
      + " starts, not a version without its two numbers")
  void textAfterMimeVersion() {
    String after = "MIME-Version: unexpected text after the version: ";
    assertEquals(after + "'a'", onlyGrammarError("MIME-Version: 1.0a", 18).message());
    assertEquals(after + "'(produced by x)'; MIME-Version holds the version alone, with no"
        + " comment", onlyGrammarError("MIME-Version: 1.0 (produced by x)", 19).message());
    assertEquals(after + "'2.0'", onlyGrammarError("MIME-Version: 1.0 2.0", 19).message());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"Timestamp: 54x|14", "Timestamp: 54 0.5 1|19",
      "Timestamp: .5|12", "MIME-Version: 1|16", "MIME-Version: 1.0a|18", "Priority: very urgent|16",
      "Content-Disposition: sess ion|27", "Content-Disposition: session, render|29",
      "Content-Disposition: ;handling=optional|22", "Server: foo/|13", "Server: foo/1.0/2.0|16",
      "Server: (unclosed|9", "User-Agent: a, b|14", "User-Agent: \"quoted\"|13"})
  @DisplayName("Timestamp, MIME-Version, Priority, Content-Disposition, Server and User-Agent"
      + " follow their grammars, an error at the first character that breaks it")
  void scalarTextGrammars(String field, int column) {
    onlyGrammarError(field, column);
    for (String good : List.of("Timestamp: 54", "Timestamp: 54.3 0.25", "Timestamp: 54 .5",
        "MIME-Version: 1.0", "Priority: non-urgent", "Content-Disposition: session",
        "Content-Disposition: icon ;handling=optional;x=\"y\"", "Server: HomeServer v2",
        "User-Agent: Softphone Beta1.5 (Linux; x86) siplab / 1.0(teaching)")) {
      assertEquals(List.of(), SipParser.parse(OPTIONS.replace("Call-ID", good
          + "\r\nCall-ID")).diagnostics(), good);
    }
  }

  /**
   * The one error of {@code field} put on line 6 of an OPTIONS: at {@code column}, citing the
   * header's section, a rule of section 25.1, or section 7.3.1 for a second value.
   */
  private static Diagnostic onlyGrammarError(String field, int column) {
    String name = field.substring(0, field.indexOf(':'));
    List<Diagnostic> ds = SipParser.parse(OPTIONS.replace("Call-ID", field + "\r\nCall-ID"))
        .diagnostics();
    assertEquals(1, ds.size(), ds::toString);
    Diagnostic d = ds.get(0);
    assertEquals(Severity.ERROR, d.severity(), d::toString);
    assertEquals(6, d.line(), d::toString);
    assertEquals(column, d.column(), d::toString);
    assertTrue(d.message().startsWith(name + ": "), d::toString);
    assertTrue(d.rfc().equals(HeaderCatalog.rfcOf(HeaderName.of(name)))
        || d.rfc().startsWith("RFC 3261 section 25.1") || d.rfc().equals("RFC 3261 section 7.3.1"),
        d::toString);
    return d;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Alert-Info: http://www.example.com/sounds/moo.wav|13",
      "Call-Info: <http://x.example/a.jpg> purpose=icon|37",
      "Call-Info: <http://x.example/a.jpg>;purpose=icon, photo|51",
      "Error-Info: <sip:rec@a.example.com|13",
      "In-Reply-To: 70710@saturn.bell-tel.com 17320@x|40",
      "In-Reply-To: a,,b|16",
      "Accept-Encoding: gz ip|21", "Accept-Encoding: gzip,|23",
      "Accept-Language: abcdefghi|18", "Accept-Language: en-|20",
      "Authentication-Info: nextnonce=\"a\" x|36", "Authentication-Info: nextnonce=\"a\",|36"})
  @DisplayName("Call-Info, Alert-Info and Error-Info hold URIs in angle brackets, In-Reply-To"
      + " holds Call-IDs, Accept-Encoding codings, Accept-Language language ranges and"
      + " Authentication-Info digest directives, an error at the first character that breaks the"
      + " grammar")
  void listTextGrammars(String field, int column) {
    onlyGrammarError(field, column);
    for (String good : List.of(
        "Alert-Info: <http://www.example.com/sounds/moo.wav>",
        "Call-Info: <http://wwww.example.com/alice/photo.jpg> ;purpose=icon,"
            + " <http://www.example.com/alice/> ;purpose=info",
        "Call-Info: <http://x.example/a?b=1,2>;purpose=\"a, b\";x",
        "Error-Info: <sip:not-in-service-recording@atlanta.com>",
        "In-Reply-To: 70710@saturn.bell-tel.com, 17320@saturn.bell-tel.com",
        "Accept-Encoding: gzip, identity;q=0.5, *;q=0", "Accept-Encoding:",
        "Accept-Language: da, en-gb;q=0.8, en;q=0.7, *", "Accept-Language:",
        "Authentication-Info: qop=auth, rspauth=\"6629fae49393a05397450978507c4ef1\","
            + " cnonce=\"0a4f113b\", nc=00000001",
        "Authentication-Info: nextnonce=\"47364c23432d2e131a5fb210812c\"")) {
      assertEquals(List.of(), SipParser.parse(OPTIONS.replace("Call-ID", good
          + "\r\nCall-ID")).diagnostics(), good);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Content-Language: en_US|21|a language tag joins its parts with '-', not '_': write en-US",
      "Accept-Language: de, en_GB;q=0.5|24|a language tag joins its parts with '-', not '_':"
          + " write en-GB",
      "Content-Language: 42|19|expected a language tag of letters, such as en or en-GB, but found"
          + " '4'",
      "Accept-Language: en;q=2|21|q must be a qvalue between 0 and 1 with at most three decimals,"
          + " such as 0.8",
      "Accept: text/plain;q=1.5|20|q must be a qvalue between 0 and 1 with at most three decimals,"
          + " such as 0.8",
      "Accept: */sdp|9|a media range with '*' as its type has '*' as its subtype too (*/*); to"
          + " accept one subtype, name its type, as in application/sdp",
      "Authentication-Info: nextnonce=abc|22|nextnonce is a quoted-string, as in nextnonce=\"...\"",
      "Authentication-Info: nc=1|22|nc (the nonce count) must be exactly 8 lower-case hex digits,"
          + " as in nc=0000000a",
      "Authentication-Info: rspauth=\"XYZ\"|22|rspauth holds lower-case hex digits, the digest"
          + " that proves the server knew the password",
      "Authentication-Info: realm=\"a\"|22|'realm' is not a directive of Authentication-Info,"
          + " which holds only nextnonce, qop, rspauth, cnonce and nc"})
  @DisplayName("language tags, qvalues, media ranges and Authentication-Info's directives are"
      + " checked by their rules of section 25.1, each error saying how to write it")
  void languageTagsQvaluesMediaRangesAndDirectives(String field, int column, String message) {
    String name = field.substring(0, field.indexOf(':'));
    Diagnostic d = onlyGrammarError(field, column);
    assertEquals(name + ": " + message, d.message());
    assertTrue(d.rfc().startsWith("RFC 3261 section 25.1"), d::toString);
  }

  @Test
  @DisplayName("In-Reply-To's Call-IDs may hold quotes and angle brackets, and only commas part"
      + " them; an empty Accept-Encoding holds no value and prints back the same")
  void inReplyToSplitsAtCommasAndEmptyAcceptEncodingHoldsNothing() {
    SipMessage m = SipParser.parse(OPTIONS.replace("Call-ID",
        "In-Reply-To: a\"b, c\"d, <e>\r\nAccept-Encoding:\r\nCall-ID")).orThrow();
    assertEquals(List.of(new Text("a\"b"), new Text("c\"d"), new Text("<e>")),
        m.values(HeaderName.IN_REPLY_TO));
    assertEquals(List.of(), m.values(HeaderName.ACCEPT_ENCODING));
    SipMessage built = m.withHeaders(m.headers());
    assertEquals(m, SipParser.parse(SipPrinter.print(built)).orThrow());
  }

  @Test
  @DisplayName("the URI of an -Info header and the Call-IDs of In-Reply-To are read by the grammar"
      + " of a URI and of a Call-ID, with the same errors")
  void infoUrisAndInReplyToCallIdsFollowTheirOwnGrammars() {
    Diagnostic d = onlyDiagnostic(SipParser.parse(OPTIONS.replace("Call-ID",
        "In-Reply-To: a;b\r\nCall-ID")), Severity.ERROR, 6, 15, "In-Reply-To",
        "RFC 3261 section 25.1 (word)");
    assertEquals("In-Reply-To: character ';' cannot appear in a Call-ID", d.message());
    Diagnostic uri = onlyDiagnostic(SipParser.parse(OPTIONS.replace("Call-ID",
        "Error-Info: <not a uri>\r\nCall-ID")), Severity.ERROR, 6, 17, "SIP-URI",
        "RFC 3261 section 25.1");
    assertEquals("Error-Info: whitespace inside a URI; a URI cannot contain spaces",
        uri.message());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Subject", "Organization", "Accept-Encoding", "Accept-Language", "Allow",
      "Supported", "X-Anything"})
  @DisplayName("a header whose grammar allows no value may be empty")
  void emptyValueWhereTheGrammarAllowsIt(String header) {
    assertEquals(List.of(), SipParser.parse(OPTIONS.replace("Call-ID", header
        + ":\r\nCall-ID")).diagnostics());
  }

  @Test
  @DisplayName("a bare URI in Route or Record-Route is an error at its start, saying how to write"
      + " it")
  void bareUriInARoute() {
    for (String header : List.of("Route", "Record-Route")) {
      Diagnostic d = onlyDiagnostic(SipParser.parse(OK.replace("Call-ID", header
          + ": sip:p1.example.com;lr\r\nCall-ID")), Severity.ERROR, 5, header.length() + 3,
          header, HeaderCatalog.rfcOf(HeaderName.of(header)));
      assertEquals(header + ": a " + header + " value must be a name-addr, the URI in '<' '>':"
          + " write <sip:p1.example.com;lr>", d.message());
    }
  }

  @Test
  @DisplayName("a URI parameter that appears twice is an error at the second (section 19.1.1)")
  void uriParameterTwice() {
    onlyDiagnostic(SipParser.parse(OPTIONS.replace("OPTIONS sip:bob@b.example.com",
        "OPTIONS sip:bob@b.example.com;transport=tcp;Transport=udp")), Severity.ERROR, 1, 45,
        "uri-parameters", "RFC 3261 section 19.1.1");
  }

  @Test
  @DisplayName("Request-Disposition is a comma-separated list (RFC 3841), so two fields of it are"
      + " one list, not a second single-value header")
  void requestDispositionIsAList() {
    ParseResult r = SipParser.parse(OPTIONS.replace("Call-ID: 1@a",
        "Request-Disposition: proxy, recurse\r\nd: parallel\r\nCall-ID: 1@a"));
    assertEquals(List.of(), r.diagnostics());
    assertEquals(3, r.message().values(HeaderName.REQUEST_DISPOSITION).size());
  }

  @Test
  @DisplayName("a Route or Record-Route entry with a scheme other than sip or sips is a warning at"
      + " its URI")
  void routeWithAnUnknownScheme() {
    for (String header : List.of("Route", "Record-Route")) {
      ParseResult r = SipParser.parse(OPTIONS.replace("Call-ID: 1@a",
          header + ": <sip:p1.example.com;lr>, <http://p2.example.com/>\r\nCall-ID: 1@a"));
      int column = (header + ": <sip:p1.example.com;lr>, <").length() + 1;
      Diagnostic d = onlyDiagnostic(r, Severity.WARNING, 6, column, "absoluteURI",
          "RFC 3261 sections 16.6, 20.30 and 20.34");
      assertTrue(d.message().startsWith("a " + header + " entry has the scheme 'http'"),
          d::toString);
      assertTrue(r.isValid());
    }
  }

  @Test
  @DisplayName("a top Via branch without the magic cookie z9hG4bK is a warning at the Via line,"
      + " in a request and in a response")
  void branchWithoutMagicCookie() {
    for (String message : List.of(OPTIONS, OK)) {
      ParseResult r = SipParser.parse(message.replace("branch=z9hG4bK1", "branch=abc"));
      Diagnostic d = onlyDiagnostic(r, Severity.WARNING, 2, 1, "Via", "RFC 3261 section 8.1.1.7");
      assertEquals("the branch 'abc' does not begin with the magic cookie z9hG4bK, so it is not"
          + " known to be unique", d.message());
      assertTrue(r.isValid());
    }
  }
  @ParameterizedTest
  @ValueSource(strings = {"Bob @work", "Bob \"Smith\"", "Dr. Bob (home)"})
  @DisplayName("a display name that must be quoted gets an error whose suggestion is itself a valid"
      + " display name for the same text")
  void unquotedDisplayNameSuggestsAValidQuotedOne(String written) {
    ParseResult r = SipParser.parse(OPTIONS.replace("To: <sip:bob@b.example.com>",
        "To: " + written + " <sip:bob@b.example.com>"));
    assertTrue(!r.isValid(), r.diagnostics()::toString);
    String message = r.diagnostics().get(0).message();
    String suggestion = message.substring(message.indexOf("as in ") + "as in ".length());
    ParseResult fixed = SipParser.parse(OPTIONS.replace("To: <sip:bob@b.example.com>",
        "To: " + suggestion + " <sip:bob@b.example.com>"));
    assertEquals(List.of(), fixed.diagnostics(), message);
    assertEquals(written, fixed.message().to().displayName());
  }
  @Test
  @DisplayName("a body without a Content-Type is an error at the body's first line (section 20.15)")
  void bodyWithoutContentType() {
    ParseResult r = SipParser.parse(OPTIONS.replace("Content-Length: 0\r\n\r\n",
        "Content-Length: 5\r\n\r\nhello"));
    Diagnostic d = onlyDiagnostic(r, Severity.ERROR, 10, 1, "Content-Type",
        "RFC 3261 section 20.15 and 7.4.1");
    assertTrue(d.message().startsWith("the message has a body of 5 bytes but no Content-Type"),
        d::toString);
    assertEquals(List.of(), SipParser.parse(OPTIONS.replace("Content-Length: 0\r\n\r\n",
        "Content-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello")).diagnostics());
  }

  @ParameterizedTest(name = "warn-code {0}")
  @ValueSource(strings = {"000", "099", "199", "400", "999"})
  @DisplayName("a warn-code outside 300-399 parses, keeps its leading zeros when printed, and is a"
      + " warning at the Warning line")
  void warnCodeOutsideThreeHundreds(String code) {
    String line = "Warning: " + code + " h \"x\"";
    ParseResult r =
        SipParser.parse(OK.replace("Content-Length: 0", line + "\r\nContent-Length: 0"));
    Diagnostic d = onlyDiagnostic(r, Severity.WARNING, 7, 1, "Warning",
        "RFC 3261 section 20.43 and 27.2");
    assertEquals("the warn-code " + code + " is not a SIP warn-code: SIP defines and registers"
        + " only 3xx codes (300-399)", d.message());
    assertTrue(r.isValid());
    assertEquals(Integer.parseInt(code), r.message().warnings().get(0).code());
    assertTrue(new String(SipPrinter.print(r.message()), java.nio.charset.StandardCharsets.UTF_8)
        .contains("\r\n" + line + "\r\n"), "printed as it was written");
  }

  @ParameterizedTest(name = "warn-code {0}")
  @ValueSource(strings = {"300", "399"})
  @DisplayName("warn-codes 300 and 399, the ends of the range SIP defines, have no diagnostic")
  void warnCodeAtTheEnds(String code) {
    ParseResult r = SipParser.parse(OK.replace("Content-Length: 0",
        "Warning: " + code + " h \"x\"\r\nContent-Length: 0"));
    assertEquals(List.of(), r.diagnostics());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"pseudonym", "a.example.com", "a.example.com:5060", "192.0.2.1",
      "192.0.2.1:5060", "[2001:db8::1]", "[2001:db8::1]:5060", "proxy_7!"})
  @DisplayName("a warn-agent that is a host, a host and port, or a pseudonym (a token) is valid")
  void warnAgentHostportOrPseudonym(String agent) {
    ParseResult r = SipParser.parse(OK.replace("Content-Length: 0",
        "Warning: 399 " + agent + " \"x\"\r\nContent-Length: 0"));
    assertEquals(List.of(), r.diagnostics());
    assertEquals(agent, r.message().warnings().get(0).agent());
  }

  @ParameterizedTest(name = "{0} at column {1}")
  @CsvSource(delimiter = '|', value = {
      "a:b:c|16|RFC 3261 section 25.1 (port)",
      "h:99999|16|RFC 3261 section 25.1 (port)",
      "h:5060:1|20|RFC 3261 section 25.1 (warn-agent)",
      "[[::|14|RFC 3261 section 25.1 (IPv6reference)",
      "a_b:5060|15|RFC 3261 section 25.1 (warn-agent)",
      "[2001:db8::1]x|27|RFC 3261 section 25.1 (warn-agent)"})
  @DisplayName("a warn-agent with ':' or '[' that is not a valid hostport is an error where it"
      + " breaks warn-agent = hostport / pseudonym (a pseudonym is a token and has neither)")
  void warnAgentThatIsNeitherHostportNorPseudonym(String agent, int column, String rfc) {
    ParseResult r = SipParser.parse(OK.replace("Content-Length: 0",
        "Warning: 399 " + agent + " \"x\"\r\nContent-Length: 0"));
    onlyDiagnostic(r, Severity.ERROR, 7, column, "Warning", rfc);
  }

  @Test
  @DisplayName("a reason phrase with a character outside reserved, unreserved, escaped, UTF-8 text,"
      + " SP and HTAB is an error at that character")
  void reasonPhraseCharacters() {
    ParseResult r = SipParser.parse(OK.replace("200 OK", "200 a\"b<>{}|^"));
    Diagnostic d = onlyDiagnostic(r, Severity.ERROR, 1, 14, "Reason-Phrase",
        "RFC 3261 section 25.1 (Reason-Phrase)");
    assertTrue(d.message().startsWith("character '\"' cannot appear in a reason phrase"),
        d::toString);

    // Every printable ASCII character, alone between two letters: section 25.1 allows exactly
    // reserved (;/?:@&=+$,) and unreserved (alphanumerics and the marks -_.!~*'()).
    String allowed = ";/?:@&=+$,-_.!~*'()";
    for (char ch = 0x21; ch < 0x7F; ch++) {
      String phrase = "x" + ch + "y";
      ParseResult p = SipParser.parse(OK.replace("200 OK", "200 " + phrase));
      if (Character.isLetterOrDigit(ch) || allowed.indexOf(ch) >= 0) {
        assertEquals(List.of(), p.diagnostics(), phrase);
      } else if (ch == '%') {
        onlyDiagnostic(p, Severity.ERROR, 1, 14, "Reason-Phrase",
            "RFC 3261 section 25.1 (escaped)");
      } else {
        onlyDiagnostic(p, Severity.ERROR, 1, 14, "Reason-Phrase",
            "RFC 3261 section 25.1 (Reason-Phrase)");
      }
    }
  }

  @ParameterizedTest(name = "reason phrase ''{0}''")
  @ValueSource(strings = {"100%25 Sure", "= 2**3 * 5**2 \u043d\u043e \u0441\u0442\u043e",
      "Tab\there", "", "Bien re\u00e7u \u2713", "Not Found (see RFC 3261, section 21.4.4)"})
  @DisplayName("escapes, UTF-8 text, tabs, an empty phrase and the marks are valid in a reason"
      + " phrase")
  void validReasonPhrases(String phrase) {
    ParseResult r = SipParser.parse(OK.replace("200 OK", "200 " + phrase));
    assertEquals(List.of(), r.diagnostics());
    assertEquals(phrase, ((org.siplab.message.SipResponse) r.message()).reason());
  }

  @ParameterizedTest(name = "received={0}")
  @ValueSource(strings = {"192.0.2.1", "2001:db8::9", "[2001:db8::9]", "::ffff:192.0.2.1"})
  @DisplayName("a Via received parameter holding an IPv4 or IPv6 address, bracketed or not, is"
      + " valid")
  void receivedAddresses(String address) {
    ParseResult r = SipParser.parse(OPTIONS.replace("branch=z9hG4bK1",
        "branch=z9hG4bK1;received=" + address));
    assertEquals(List.of(), r.diagnostics());
  }

  @ParameterizedTest(name = "received={0}")
  @CsvSource(delimiter = '|', value = {
      "foo|0|RFC 3261 section 25.1 (via-received)",
      "host.example.com|0|RFC 3261 section 25.1 (via-received)",
      "192.0.2.1:5060|9|RFC 3261 section 25.1 (via-received)",
      "1.2.3|5|RFC 3261 section 25.1 (IPv4address)",
      "192.0.2.300|8|RFC 5954 section 4.1 (dec-octet)",
      "::ffff:192.0.2.256|15|RFC 5954 section 4.1 (dec-octet)",
      "2001:db8:::1|10|RFC 3261 section 25.1 (hexpart); RFC 5954",
      "[foo]|2|RFC 3261 section 25.1 (IPv6address)"})
  @DisplayName("a Via received parameter holding a host name or a malformed address is an error at"
      + " the character that breaks via-received")
  void receivedIsAnAddress(String value, int offset, String rfc) {
    String via = "Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1;received=" + value;
    ParseResult r = SipParser.parse(OPTIONS.replace(
        "Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1", via));
    onlyDiagnostic(r, Severity.ERROR, 2, via.indexOf("received=") + "received=".length() + offset
        + 1, "Via", rfc);
  }

  @ParameterizedTest(name = "maddr={0}")
  @ValueSource(strings = {"239.255.255.1", "proxy.example.com", "[2001:db8::1]", "Example.COM."})
  @DisplayName("a maddr parameter holding a host, in a Via or in a URI, is valid")
  void maddrHosts(String host) {
    ParseResult r = SipParser.parse(OPTIONS.replace("branch=z9hG4bK1",
        "branch=z9hG4bK1;maddr=" + host).replace("OPTIONS sip:bob@b.example.com",
        "OPTIONS sip:bob@b.example.com;maddr=" + host));
    assertEquals(List.of(), r.diagnostics());
  }

  @ParameterizedTest(name = "maddr={0}")
  @CsvSource(delimiter = '|', value = {
      "a_b.example.com|1|RFC 3261 section 25.1 (MADDR)",
      "!proxy|0|RFC 3261 section 25.1 (MADDR)",
      "2001:db8::1|0|RFC 3261 section 25.1 (IPv6reference)",
      "192.0.2.256|8|RFC 5954 section 4.1 (dec-octet)",
      "example.3com|8|RFC 3261 section 25.1 (toplabel)"})
  @DisplayName("a maddr parameter holding anything but a host is an error at the character that"
      + " breaks the host rule, in a Via (via-maddr) and in a URI (maddr-param) alike")
  void maddrIsAHost(String value, int offset, String rfc) {
    String via = "Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1;maddr=" + value;
    ParseResult inVia = SipParser.parse(OPTIONS.replace(
        "Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1", via));
    onlyDiagnostic(inVia, Severity.ERROR, 2, via.indexOf("maddr=") + "maddr=".length() + offset
        + 1, "Via", rfc.replace("MADDR", "via-maddr"));
    String line = "OPTIONS sip:bob@b.example.com;maddr=" + value;
    ParseResult inUri = SipParser.parse(OPTIONS.replace("OPTIONS sip:bob@b.example.com", line));
    onlyDiagnostic(inUri, Severity.ERROR, 1, line.indexOf("maddr=") + "maddr=".length() + offset
        + 1, "SIP-URI", rfc.replace("MADDR", "maddr-param"));
  }

  @ParameterizedTest(name = "ttl={0}")
  @ValueSource(strings = {"0", "1", "255", "001"})
  @DisplayName("a URI ttl parameter of one to three digits, 0 to 255, is valid")
  void uriTtlOfOneToThreeDigits(String ttl) {
    ParseResult r = SipParser.parse(OPTIONS.replace("OPTIONS sip:bob@b.example.com",
        "OPTIONS sip:bob@b.example.com;maddr=239.255.255.1;ttl=" + ttl));
    assertEquals(List.of(), r.diagnostics());
  }

  @ParameterizedTest(name = "ttl={0}")
  @ValueSource(strings = {"256", "0001", "1000", "abc", "1.5"})
  @DisplayName("a URI ttl parameter that is not one to three digits of 0 to 255 is an error at its"
      + " value (ttl-param = \"ttl=\" ttl, ttl = 1*3DIGIT ; 0 to 255), as in a Via")
  void uriTtlIsOneToThreeDigits(String ttl) {
    String line = "OPTIONS sip:bob@b.example.com;ttl=" + ttl;
    ParseResult r = SipParser.parse(OPTIONS.replace("OPTIONS sip:bob@b.example.com", line));
    Diagnostic d = onlyDiagnostic(r, Severity.ERROR, 1, line.indexOf("ttl=") + 5, "SIP-URI",
        "RFC 3261 section 25.1 (ttl-param)");
    assertTrue(d.message().contains("0 to 255"), d::toString);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {";tag", ";tag=\"1\"", ";TAG"})
  @DisplayName("a From or To tag without a value, or with a quoted one, is an error at the tag"
      + " (tag-param = \"tag\" EQUAL token), not a tag that is there and null")
  void tagIsAToken(String tag) {
    String from = "From: <sip:a@a.example.com>" + tag;
    ParseResult inFrom = SipParser.parse(OPTIONS.replace("From: <sip:a@a.example.com>;tag=1",
        from));
    onlyDiagnostic(inFrom, Severity.ERROR, 5, from.indexOf(';') + 2, "From",
        "RFC 3261 section 25.1 (tag-param)");
    ParseResult inTo = SipParser.parse(OK.replace("To: <sip:bob@b.example.com>;tag=2",
        "To: <sip:bob@b.example.com>" + tag));
    onlyDiagnostic(inTo, Severity.ERROR, 3, "To: <sip:bob@b.example.com>".length() + 2, "To",
        "RFC 3261 section 25.1 (tag-param)");
  }

  @Test
  @DisplayName("a Reply-To may carry a parameter named tag in any form: its parameters are"
      + " generic-params")
  void replyToParametersAreGeneric() {
    assertEquals(List.of(), SipParser.parse(OPTIONS.replace("Content-Length: 0",
        "Reply-To: <sip:a@a.example.com>;tag\r\nContent-Length: 0")).diagnostics());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1|;received=192.0.2.1;RECEIVED=192.0.2.2|Via",
      "From: <sip:a@a.example.com>;tag=1|;tag=2|From",
      "To: <sip:bob@b.example.com>|;x=1;x=1|To",
      "Content-Length: 0|^Contact: <sip:a@a.example.com>;expires=10;q=0.5;expires=20|Contact",
      "Content-Length: 0|^Record-Route: <sip:p.example.com;lr>;a;A|Record-Route",
      "Content-Length: 0|^Content-Type: text/plain;charset=UTF-8;Charset=UTF-8|Content-Type",
      "Content-Length: 0|^Retry-After: 5;duration=10;duration=10|Retry-After"})
  @DisplayName("a parameter name that appears twice in one header value, in any case, is an error"
      + " at the second (section 7.3.1: any given parameter-name MUST NOT appear more than once);"
      + " '^' stands for a line end")
  void aParameterNameAppearsOnlyOnceInAValue(String line, String more, String rule) {
    String suffix = more.replace("^", "\r\n");
    String changed = OPTIONS.replace(line, line + suffix);
    ParseResult r = SipParser.parse(changed);
    String written = (line + suffix).substring((line + suffix).lastIndexOf('\n') + 1);
    int second = written.lastIndexOf(';') + 2;
    int lineNumber = (int) changed.substring(0, changed.indexOf(written)).chars()
        .filter(ch -> ch == '\n').count() + 1;
    Diagnostic d = r.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow(
        () -> new AssertionError("no error: " + r.diagnostics()));
    assertEquals(List.of(d), r.errors(), r.diagnostics()::toString);
    assertEquals(lineNumber, d.line(), d::toString);
    assertEquals(second, d.column(), d::toString);
    assertEquals(rule, d.rule(), d::toString);
    assertEquals("RFC 3261 section 7.3.1", d.rfc(), d::toString);
  }

  @Test
  @DisplayName("the same parameter name in two values of one field, or in a value and its URI, is"
      + " not a repeat")
  void parametersOfDifferentValuesMayShareNames() {
    assertEquals(List.of(), SipParser.parse(OPTIONS.replace("Content-Length: 0",
        "Contact: <sip:a@a.example.com;expires=5>;expires=10, <sip:b@a.example.com>;expires=20"
            + "\r\nContent-Length: 0")).diagnostics());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sip/2.0", "Sip/2.0", "sIP/2.0"})
  @DisplayName("a SIP version not in upper case is read as SIP/2.0 with a warning at the version"
      + " (section 7.1: case-insensitive, but implementations MUST send upper-case)")
  void lowerCaseSipVersionIsAWarning(String version) {
    ParseResult request = SipParser.parse(OPTIONS.replace("b.example.com SIP/2.0",
        "b.example.com " + version));
    onlyDiagnostic(request, Severity.WARNING, 1, "OPTIONS sip:bob@b.example.com ".length() + 1,
        "SIP-Version", "RFC 3261 section 7.1");
    assertEquals("SIP/2.0", request.message().version());
    ParseResult response = SipParser.parse(OK.replace("SIP/2.0 200 OK", version + " 200 OK"));
    onlyDiagnostic(response, Severity.WARNING, 1, 1, "SIP-Version", "RFC 3261 section 7.1");
  }
}
