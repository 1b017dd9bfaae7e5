package org.siplab.codec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.siplab.codec.Diagnostic.Severity;
import org.siplab.codec.StartLineParser.StartLine;
import org.siplab.message.HeaderField;
import org.siplab.message.HeaderName;
import org.siplab.message.HeaderValue;
import org.siplab.message.Numeric;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.Text;

/**
 * Reads one UDP datagram as a SIP message (RFC 3261 sections 7 and 18.3). It never throws: every
 * problem becomes a {@link Diagnostic} with line, column and RFC section, and the message is built
 * as far as it could be read.
 *
 * <p>The datagram is split into the header section (start line and header fields, decoded as UTF-8)
 * and the body (bytes, framed by Content-Length). Each header field is unfolded logically, not
 * physically: its value stays in the decoded text with its line folds, which the grammar rules read
 * as whitespace, so that a diagnostic can point at the exact line and column.
 */
public final class SipParser {

  private static final String RFC_MESSAGE = "RFC 3261 section 7";
  private static final String RFC_HEADERS = "RFC 3261 section 7.3.1";
  private static final String RFC_FRAMING = "RFC 3261 section 18.3";
  private static final long UNREADABLE = -2;

  private SipParser() {}

  public static ParseResult parse(String text) {
    return parse(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Parses one datagram. The message keeps {@code datagram} as its wire bytes without copying it,
   * because parsing is on every hot path: hand over an array that will not change afterwards.
   */
  public static ParseResult parse(byte[] datagram) {
    try {
      return new Run(datagram).parse();
    } catch (RuntimeException bug) {
      // The grammar code reports every input problem as a diagnostic; reaching this is a siplab
      // bug, still reported as a diagnostic so that one bad datagram never stops a simulation.
      Diagnostic d = new Diagnostic(Severity.ERROR, 1, 1, 0,
          "siplab could not read this message because of an internal error (" + bug + "); please"
              + " report it with the message attached", "parser", RFC_MESSAGE);
      return new ParseResult(null, List.of(d));
    }
  }

  /**
   * Whether the datagram's start line is a Status-Line rather than a Request-Line, told apart as
   * the parser does ({@code SIP/} and a digit, after the CRLFs section 7.5 lets precede it), even
   * when the line goes on to break the grammar: a broken response is dropped, a broken request
   * may be answered 400.
   */
  public static boolean startsWithStatusLine(byte[] datagram) {
    int start = startLineOffset(datagram);
    int end = Math.min(datagram.length, start + 5);
    String head = new String(datagram, start, end - start, StandardCharsets.ISO_8859_1);
    return StartLineParser.looksLikeResponse(head, 0, head.length());
  }

  /**
   * Where the start line begins: after any byte order mark and the CRLFs before it, which section
   * 7.5 says to ignore (keep-alives); a bare LF counts as a line end too, but a CR on its own does
   * not, and stays for the start line to report.
   */
  public static int startLineOffset(byte[] datagram) {
    int start = byteOrderMarkLength(datagram);
    while (start < datagram.length && (datagram[start] == '\n' || datagram[start] == '\r'
        && start + 1 < datagram.length && datagram[start + 1] == '\n')) {
      start++;
    }
    return start;
  }

  /** 3 when the datagram starts with UTF-8's byte order mark (EF BB BF), else 0. */
  public static int byteOrderMarkLength(byte[] datagram) {
    return datagram.length >= 3 && (datagram[0] & 0xFF) == 0xEF && (datagram[1] & 0xFF) == 0xBB
        && (datagram[2] & 0xFF) == 0xBF ? 3 : 0;
  }

  /** The state of one parse. */
  private static final class Run {
    private final byte[] data;
    private Diagnostics diags;
    private String text;
    /** Where {@link #text} starts in the datagram (after any CRLFs before the start line). */
    private int textStart;
    private Cursor cursor;
    private int bodyFirstLine;
    private boolean headerHasNonAscii;
    /** Whether the header fields were cut off at {@link Limits#MAX_HEADER_FIELDS}. */
    private boolean fieldsCut;
    /**
     * The known header names (a bit each, by ordinal) that may be among fields a limit kept from
     * being read: every name once the fields were cut off, else the names of fields too long to
     * read. A header missing from the fields read is not called missing when its bit is set.
     */
    private long unreadNames;
    /** Line ends in the header section, counted while looking for its end. */
    private int headerLines;
    /** Of those, the ones written CR LF; and the CRs seen, which are more if one ends no line. */
    private int crlfLineEnds;
    private int carriageReturns;
    /** The offset of the first line feed without a CR before it, or -1. */
    private int firstBareLineFeed = -1;
    private Utf8Text decodedText;

    Run(byte[] data) {
      this.data = data;
    }

    ParseResult parse() {
      if (data.length > Limits.MAX_DATAGRAM_BYTES) {
        return failure("the datagram holds " + data.length + " bytes, more than the "
            + Limits.MAX_DATAGRAM_BYTES + " a UDP datagram can carry", "datagram", RFC_FRAMING);
      }
      // A byte order mark is no part of SIP, but editors put one before UTF-8 text: it is skipped,
      // with an error saying what it is, so that the rest is read and columns count as shown.
      int byteOrderMark = byteOrderMarkLength(data);
      int start = startLineOffset(data);
      int skippedLines = ByteWords.countLineFeeds(data, byteOrderMark, start);
      if (start == data.length) {
        return failure("the datagram is empty: there is no start line", "SIP-message", RFC_MESSAGE);
      }
      int headerEnd = findEmptyLine(start);
      boolean terminated = headerEnd >= 0;
      int bodyStart;
      if (!terminated) {
        headerEnd = data.length;
        bodyStart = data.length;
      } else {
        bodyStart = headerEnd + (data[headerEnd] == '\r' ? 2 : 1);
      }
      textStart = start;
      text = decode(start, headerEnd, skippedLines + 1);
      if (byteOrderMark > 0) {
        diags.add(new Diagnostic(Severity.ERROR, 1, 1, 0, "the datagram starts with a byte order"
            + " mark (U+FEFF, the bytes EF BB BF), which some editors put before UTF-8 text; a SIP"
            + " message starts with its start line (save the file as UTF-8 without a BOM)",
            "SIP-message", RFC_MESSAGE));
      }
      if (!terminated) {
        diags.error(text.length(), "the header section must end with an empty line (CRLF CRLF);"
            + " the datagram ends without one", "SIP-message", RFC_MESSAGE);
      }
      checkLineEnds(start, headerEnd);
      return readMessage(skippedLines + 1, headerEnd, bodyStart);
    }

    private ParseResult failure(String message, String rule, String rfc) {
      Diagnostic d = new Diagnostic(Severity.ERROR, 1, 1, 0, message, rule, rfc);
      return new ParseResult(null, List.of(d));
    }

    /**
     * The index of the empty line ending the header section (at its CR or LF), or -1. The same pass
     * notes whether the header section is all ASCII, so decoding needs no second look. It reads
     * eight bytes at a time and looks only at the line feeds among them; a word with a byte above
     * 0x7F (rare in SIP) is read byte by byte, so that only bytes before the end count as
     * non-ASCII.
     */
    private int findEmptyLine(int from) {
      int i = from;
      for (; i + ByteWords.WIDTH <= data.length; i += ByteWords.WIDTH) {
        long word = ByteWords.word(data, i);
        if (ByteWords.hasHighByte(word)) {
          int found = findEmptyLineInWord(i);
          if (found >= 0) {
            return found;
          }
          continue;
        }
        long returns = ByteWords.carriageReturns(word);
        for (long lineFeeds = ByteWords.lineFeeds(word); lineFeeds != 0;
            lineFeeds &= lineFeeds - 1) {
          int lineFeed = i + (Long.numberOfTrailingZeros(lineFeeds) >>> 3);
          noteLineEnd(lineFeed);
          if (emptyLineAfter(lineFeed)) {
            carriageReturns += Long.bitCount(returns & ByteWords.firstBytes(lineFeed + 1 - i));
            return lineFeed + 1;
          }
        }
        carriageReturns += Long.bitCount(returns);
      }
      return findEmptyLineInWord(i);
    }

    /** {@link #findEmptyLine} byte by byte over the (at most) eight bytes from {@code from}. */
    private int findEmptyLineInWord(int from) {
      int end = Math.min(from + ByteWords.WIDTH, data.length);
      for (int i = from; i < end; i++) {
        if (data[i] < 0) {
          headerHasNonAscii = true;
        } else if (data[i] == '\r') {
          carriageReturns++;
        } else if (data[i] == '\n') {
          noteLineEnd(i);
          if (emptyLineAfter(i)) {
            return i + 1;
          }
        }
      }
      return -1;
    }

    /** Counts a line of the header section, and whether it ends with CR LF or a bare LF. */
    private void noteLineEnd(int lineFeed) {
      headerLines++;
      if (data[lineFeed - 1] == '\r') {
        crlfLineEnds++;
      } else if (firstBareLineFeed < 0) {
        firstBareLineFeed = lineFeed;
      }
    }

    /**
     * Section 7: each line "MUST be terminated by a carriage-return line-feed sequence (CRLF)", and
     * section 7.1 allows no CR or LF elsewhere. A CR that ends no line is an error (every CR was
     * counted by the scan for the header end, so a count above the CRLF line ends finds it without
     * a second pass over clean messages); a bare LF is read as a line end, as many implementations
     * do, with a warning.
     */
    private void checkLineEnds(int from, int to) {
      if (carriageReturns != crlfLineEnds) {
        for (int i = from; i < to; i++) {
          if (data[i] == '\r' && (i + 1 == to || data[i + 1] != '\n')) {
            diags.error(textIndexOf(i), "a CR (carriage return) on its own: SIP allows CR only"
                + " in the CRLF that ends a line", "CRLF", "RFC 3261 section 7.1");
            break;
          }
        }
      }
      if (firstBareLineFeed >= 0 && firstBareLineFeed < to) {
        diags.warning(textIndexOf(firstBareLineFeed), "this line ends with LF alone; SIP lines"
            + " end with CRLF (siplab reads it as a line end, as many implementations do)",
            "CRLF", "RFC 3261 section 7");
      }
    }

    /** The index in {@link #text} of the datagram byte at {@code offset}. */
    private int textIndexOf(int offset) {
      return decodedText.charIndexOf(offset - textStart);
    }

    /** Whether the line after the LF at {@code lineFeed} is empty (LF, or CR LF). */
    private boolean emptyLineAfter(int lineFeed) {
      int next = lineFeed + 1;
      return next < data.length && data[next] == '\n'
          || next + 1 < data.length && data[next] == '\r' && data[next + 1] == '\n';
    }

    /** Decodes the header section, with a diagnostic at the first byte that is not UTF-8. */
    private String decode(int from, int to, int firstLine) {
      Utf8Text decoded = headerHasNonAscii ? Utf8Text.decode(data, from, to)
          : Utf8Text.ascii(data, from, to);
      decodedText = decoded;
      diags = new Diagnostics(decoded, from, firstLine);
      if (decoded.firstBadByte() >= 0) {
        int bad = from + decoded.firstBadByte();
        int index = 0;
        while (index < decoded.text().length()
            && decoded.byteOffset(index) < decoded.firstBadByte()) {
          index++;
        }
        diags.notUtf8(index, String.format(java.util.Locale.ROOT,
            "byte 0x%02X is not valid UTF-8; SIP text is UTF-8", data[bad] & 0xFF),
            "UTF8-NONASCII", "RFC 3261 section 25.1 (UTF8-NONASCII)");
      }
      return decoded.text();
    }

    private ParseResult readMessage(int firstLine, int headerEnd, int bodyStart) {
      int lineEnd = lineEnd(0);
      Cursor startCursor = new Cursor(text, 0, contentEnd(0, lineEnd));
      StartLine startLine;
      try {
        startLine = StartLineParser.parse(startCursor);
      } catch (Malformed m) {
        diags.add(m, "");
        return withoutStartLine(nextLine(lineEnd), headerEnd, firstLine, bodyStart);
      }
      // Section 7.1: "The SIP-Version string is case-insensitive, but implementations MUST send
      // upper-case". The version was read as SIP/2.0; a lower-case one is the sender's slip. In a
      // Request-Line that was read, the version is the line's last seven characters.
      int versionAt = startLine.isRequest() ? startCursor.end - 7 : 0;
      if (!text.startsWith("SIP", versionAt)) {
        diags.warning(versionAt, "the SIP version is written '" + text.substring(versionAt,
            versionAt + 7) + "': it is read as SIP/2.0 (the version is case-insensitive), but"
            + " senders must write it in upper case", "SIP-Version", "RFC 3261 section 7.1");
      }
      Headers headers = readHeaders(nextLine(lineEnd));
      MessageValidator.validate(startLine, headers.fields, headers.starts, unreadNames, diags);
      bodyFirstLine = firstLine + (headerEnd < data.length ? 1 : 0);
      int bodyLength = frameBody(headers.fields, bodyStart);
      SipMessage message = startLine.isRequest()
          ? SipRequest.parsed(startLine.method(), startLine.requestUri(), startLine.version(),
              headers.fields, data, bodyStart, bodyLength)
          : SipResponse.parsed(startLine.status(), startLine.reason(), startLine.version(),
              headers.fields, data, bodyStart, bodyLength);
      if (bodyLength > 0 && !message.has(HeaderName.CONTENT_TYPE) && !fieldsCut) {
        diags.atBody(Severity.ERROR, bodyStart, bodyLine(), "the message has a body of "
            + bodyLength + " bytes but no Content-Type header, which must be present whenever the"
            + " body is not empty", "Content-Type", "RFC 3261 section 20.15 and 7.4.1");
      }
      return new ParseResult(message, diags.sorted());
    }

    /**
     * After a start line that could not be read, nothing is lost: when the next line looks like a
     * header field, the fields are still read, each by its own grammar, with their diagnostics, the
     * body's framing and the checks that hold whatever the start line says. Those that need to know
     * whether this is a request or a response (required headers, the CSeq method) cannot be made,
     * and there is no message; {@link ParseResult#headers()} keeps the fields. Anything else (a
     * binary datagram, a text that is not SIP) stops at the start line's error, as one error says
     * all there is.
     */
    private ParseResult withoutStartLine(int from, int headerEnd, int firstLine, int bodyStart) {
      if (!looksLikeHeaderField(from)) {
        return new ParseResult(null, diags.sorted());
      }
      Headers headers = readHeaders(from);
      MessageValidator.validateFields(null, headers.fields, headers.starts, diags);
      bodyFirstLine = firstLine + (headerEnd < data.length ? 1 : 0);
      frameBody(headers.fields, bodyStart);
      return new ParseResult(null, diags.sorted(), headers.fields);
    }

    /** Whether the line at {@code from} starts as {@code field-name *(SP / HTAB) ":"} does. */
    private boolean looksLikeHeaderField(int from) {
      int i = from;
      while (i < text.length() && org.siplab.message.Quoting.isTokenChar(text.charAt(i))) {
        i++;
      }
      if (i == from) {
        return false;
      }
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      return i < text.length() && text.charAt(i) == ':';
    }

    /** Header fields with the index in the text where each starts. */
    private record Headers(List<HeaderField> fields, int[] starts) {}

    private Headers readHeaders(int from) {
      List<HeaderField> fields = new ArrayList<>(14);
      int[] starts = new int[16];
      int pos = from;
      while (pos < text.length()) {
        int end = logicalLineEnd(pos);
        if (fields.size() == Limits.MAX_HEADER_FIELDS) {
          diags.error(pos, "more than " + Limits.MAX_HEADER_FIELDS + " header fields; the rest"
              + " were not read", "message-header", RFC_HEADERS);
          fieldsCut = true;
          unreadNames = -1L;
          break;
        }
        HeaderField f = readField(pos, contentEnd(pos, end));
        if (f != null) {
          if (fields.size() == starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
          }
          starts[fields.size()] = pos;
          fields.add(f);
        }
        pos = nextLine(end);
      }
      return new Headers(fields, starts);
    }

    /**
     * A field longer than {@link Limits#MAX_LINE_CHARS} is not read. The error names it when its
     * name can be read, and its name is noted so that it is not also called missing.
     */
    private void tooLong(int start, int end) {
      int nameEnd = start;
      while (nameEnd < end && org.siplab.message.Quoting.isTokenChar(text.charAt(nameEnd))) {
        nameEnd++;
      }
      HeaderName name = nameEnd > start ? KnownHeaderNames.find(text, start, nameEnd) : null;
      if (name != null && name.isKnown()) {
        unreadNames |= 1L << name.ordinal();
      }
      String what = nameEnd > start ? text.substring(start, nameEnd) + " header field"
          : "header line";
      diags.error(start, "this " + what + " holds " + (end - start) + " characters with its"
          + " continuation lines, more than the " + Limits.MAX_LINE_CHARS + " siplab reads in one"
          + " field (a limit of siplab's, to bound its work: the RFC sets none), so it was not"
          + " read",
          "message-header", RFC_HEADERS);
    }

    /**
     * {@code message-header = field-name HCOLON field-value CRLF}, with
     * {@code HCOLON = *( SP / HTAB ) ":" SWS}. Returns null when the line is not a header at all.
     */
    private HeaderField readField(int start, int end) {
      if (end - start > Limits.MAX_LINE_CHARS) {
        tooLong(start, end);
        return null;
      }
      char first = text.charAt(start);
      if (first == ' ' || first == '\t') {
        diags.error(start, "a line starting with whitespace continues the previous header, but"
            + " there is no previous header here", "message-header", RFC_HEADERS);
        return null;
      }
      int nameEnd = start;
      while (nameEnd < end && org.siplab.message.Quoting.isTokenChar(text.charAt(nameEnd))) {
        nameEnd++;
      }
      int colon = nameEnd;
      while (colon < end && (text.charAt(colon) == ' ' || text.charAt(colon) == '\t')) {
        colon++;
      }
      if (nameEnd == start || colon >= end || text.charAt(colon) != ':') {
        diags.error(nameEnd == start ? start : colon, "this line is not a header field: expected"
            + " 'Name: value' (a continuation line must start with a space or tab)",
            "message-header", RFC_HEADERS);
        return null;
      }
      // A name written as the RFC spells it keeps the canonical string: no copy of it is made.
      // In an ASCII header section the text's characters are the datagram's bytes, so the name
      // can be compared as words of bytes.
      HeaderName name = headerHasNonAscii ? KnownHeaderNames.exact(text, start, nameEnd)
          : KnownHeaderNames.exactAscii(data, textStart + start, nameEnd - start);
      String written;
      if (name != null && nameEnd - start == name.canonical().length()) {
        written = name.canonical();
      } else {
        if (name == null) {
          name = KnownHeaderNames.find(text, start, nameEnd);
        }
        written = text.substring(start, nameEnd);
        if (name == null) {
          name = HeaderName.of(written);
        }
      }
      return new HeaderField(written, name, values(name, colon + 1, end));
    }

    private List<HeaderValue> values(HeaderName name, int from, int end) {
      if (cursor == null) {
        cursor = new Cursor(text, from, end);
      } else {
        cursor.reset(from, end);
      }
      Cursor c = cursor;
      try {
        return HeaderValueParser.parse(name, c, diags);
      } catch (Malformed m) {
        diags.add(EmptyListValues.explain(name, text, from, end, m), name.canonical() + ": ");
        return List.of(new Text(Unfolding.normalize(text, from, end)));
      }
    }

    /** Section 18.3: Content-Length frames the body inside the datagram. */
    /**
     * The body's length: it is the datagram from {@code bodyStart}, framed as section 18.3 says.
     */
    private int frameBody(List<HeaderField> fields, int bodyStart) {
      int available = data.length - bodyStart;
      long declared = declaredLength(fields);
      if (declared == UNREADABLE) {
        diags.atBody(Severity.WARNING, bodyStart, bodyLine(), "the Content-Length could not be"
            + " read, so the body is taken to run to the end of the datagram (" + available
            + " bytes)",
            "Content-Length", RFC_FRAMING);
        return available;
      }
      if (declared < 0 && fieldsCut) {
        // Saying "no Content-Length" would be wrong: it may be among the fields not read.
        diags.atBody(Severity.WARNING, bodyStart, bodyLine(), "a Content-Length, if there is one,"
            + " is among the header fields not read, so the body is taken to run to the end of"
            + " the datagram (" + available + " bytes)", "Content-Length", RFC_FRAMING);
        return available;
      }
      if (declared < 0) {
        diags.atBody(Severity.WARNING, bodyStart, bodyLine(), "no Content-Length header: over UDP"
            + " the body runs to the end of the datagram (" + available + " bytes), but over TCP"
            + " a missing Content-Length is an error", "Content-Length", RFC_FRAMING
            + " and section 20.14");
        return available;
      }
      if (declared > available) {
        diags.atBody(Severity.ERROR, bodyStart, bodyLine(), "Content-Length says " + declared
            + " bytes, but only " + available + " follow the header section; the message is"
            + " truncated or the length is wrong", "Content-Length", RFC_FRAMING);
        return available;
      }
      if (declared < available) {
        int extraAt = bodyStart + (int) declared;
        // A StringBuilder, not '+': this warning is made on every parse of such a datagram (two of
        // the three benchmark messages), and there the concatenation's method handle was not
        // inlined and took 16% of the parse (async-profiler, twentieth session).
        diags.atBody(Severity.WARNING, extraAt, bodyLine() + linesIn(bodyStart, extraAt),
            bodyColumn(bodyStart, extraAt), new StringBuilder(96).append(available - declared)
                .append(" bytes after the ").append(declared)
                .append("-byte body were ignored, as section 18.3 says").toString(),
            "Content-Length", RFC_FRAMING);
      }
      return (int) declared;
    }

    /** The first Content-Length, -1 when there is none, {@link #UNREADABLE} when it is broken. */
    private long declaredLength(List<HeaderField> fields) {
      for (HeaderField f : fields) {
        if (f.is(HeaderName.CONTENT_LENGTH)) {
          return f.first() instanceof Numeric n ? n.value() : UNREADABLE;
        }
      }
      return -1;
    }

    // ---- lines in the decoded header text ----------------------------------------------------

    /** The index of the LF ending the physical line that starts at {@code from}, or the end. */
    private int lineEnd(int from) {
      int lf = text.indexOf('\n', from);
      return lf < 0 ? text.length() : lf;
    }

    /** The end of a line's content, before its CR LF. */
    private int contentEnd(int from, int lf) {
      return lf > from && text.charAt(lf - 1) == '\r' ? lf - 1 : lf;
    }

    private int nextLine(int lf) {
      return Math.min(lf + 1, text.length());
    }

    /** The LF ending a header field including its continuation lines (those starting with WSP). */
    private int logicalLineEnd(int from) {
      int lf = lineEnd(from);
      while (lf + 1 < text.length()
          && (text.charAt(lf + 1) == ' ' || text.charAt(lf + 1) == '\t')) {
        lf = lineEnd(lf + 1);
      }
      return lf;
    }

    private int linesIn(int from, int to) {
      return ByteWords.countLineFeeds(data, from, to);
    }

    /**
     * The column (from 1, in characters decoded as the header section is) of the body byte at
     * {@code at}, counted from the start of its line, or of the body.
     */
    private int bodyColumn(int bodyStart, int at) {
      int lineStart = at;
      boolean ascii = true;
      while (lineStart > bodyStart && data[lineStart - 1] != '\n') {
        lineStart--;
        ascii &= data[lineStart] >= 0;
      }
      if (ascii) {
        return at - lineStart + 1;
      }
      String before = Utf8Text.decode(data, lineStart, at).text();
      return before.codePointCount(0, before.length()) + 1;
    }

    /** The line the body starts on. */
    private int bodyLine() {
      return bodyFirstLine + headerLines;
    }
  }
}
