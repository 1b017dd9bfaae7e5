package org.siplab.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.siplab.codec.Diagnostic;
import org.siplab.message.HeaderName;
import org.siplab.message.MediaType;
import org.siplab.message.SipMessage;

/**
 * The learner's view of one linted message: the verdict, the start line and every header field as
 * written with what it means and its RFC section, the body, then each error and warning in message
 * order as {@code FILE:LINE:COLUMN: error: message (RFC ...)} with a caret under the offending
 * text.
 *
 * <p>Explanations are word-wrapped for an 80-column terminal. Diagnostic lines are not wrapped:
 * editors and scripts recognize the {@code FILE:LINE:COLUMN:} form only on one line. Lines end in
 * {@code \n} on every platform, so that the output is the same bytes everywhere.
 */
final class LintTextWriter {

  /** Explanations are indented to line up with the source lines after the gutter. */
  private static final String INDENT = " ".repeat(TextLayout.GUTTER);
  private static final int SOURCE_ROOM = TextLayout.WIDTH - INDENT.length();

  private LintTextWriter() {}

  /** The whole explanation of one file. */
  static String explain(LintedFile f) {
    StringBuilder out = new StringBuilder(4096);
    SourceLines source = SourceLines.of(f.datagram());
    SipMessage m = f.result().message();
    String file = TextLayout.printable(f.file());
    out.append(file).append(": ").append(verdict(f)).append("\n\n");
    out.append("Start line:\n");
    sourceLine(out, source.startLineNumber(), source.startLine());
    if (m == null && f.result().headers().isEmpty()) {
      paragraph(out, "The start line could not be read, so the rest of the message was not"
          + " parsed; see the errors below.");
    } else if (m == null) {
      paragraph(out, "The start line could not be read; see the errors below. The header fields"
          + " after it were still read, each by its own grammar, but the checks that depend on"
          + " whether this is a request or a response (the required headers, the CSeq method)"
          + " were not made.");
      headers(out, source);
    } else {
      for (String sentence : StartLineExplainer.explain(m)) {
        paragraph(out, sentence);
      }
      headers(out, source);
      body(out, m, source);
    }
    out.append('\n');
    diagnostics(out, f, file, source);
    return out.toString();
  }

  private static String verdict(LintedFile f) {
    SipMessage m = f.result().message();
    String counts = " (" + count(f.errors().size(), "error") + ", "
        + count(f.warnings().size(), "warning") + ")";
    if (m == null) {
      return "not a readable SIP message" + counts;
    }
    String kind = m.isRequest() ? "request" : "response";
    return (f.isValid() ? "a valid SIP " : "an invalid SIP ") + kind + counts;
  }

  private static void headers(StringBuilder out, SourceLines source) {
    List<SourceLines.Field> fields = source.headerFields();
    if (fields.isEmpty()) {
      out.append("\nNo header fields.\n");
      return;
    }
    out.append("\nHeader fields, as written (RFC 3261 section 7.3):\n");
    Set<HeaderName> explained = new LinkedHashSet<>();
    for (SourceLines.Field field : fields) {
      for (int i = 0; i < field.lines().size(); i++) {
        sourceLine(out, field.lineNumber() + i, field.lines().get(i));
      }
      for (String sentence : HeaderExplainer.explain(field, explained)) {
        paragraph(out, sentence);
      }
      if (field.name() != null) {
        explained.add(HeaderName.of(field.name()));
      }
    }
  }

  /** RFC 3261 section 7.4: Content-Type gives the body's media type, Content-Length its size. */
  private static void body(StringBuilder out, SipMessage m, SourceLines source) {
    out.append("\nBody (RFC 3261 section 7.4):\n");
    int length = m.bodyLength();
    MediaType type = m.contentType();
    if (!source.hasEmptyLine()) {
      paragraph(out, "None: the datagram ends without the empty line that ends the header"
          + " section, so no body can follow (RFC 3261 section 7).");
    } else if (length == 0) {
      paragraph(out, "None: the message ends after the empty line.");
    } else if (type != null) {
      paragraph(out, count(length, "byte") + " of type " + type.type() + "/" + type.subtype()
          + ", as Content-Type says (RFC 3261 section 7.4.1).");
    } else {
      paragraph(out, count(length, "byte") + ", but no Content-Type says what they are; the"
          + " body's media type MUST be given by Content-Type (RFC 3261 section 7.4.1).");
    }
    if (source.hasEmptyLine()) {
      lineEndSlip(out, m);
    }
  }

  /**
   * Section 20.14: Content-Length counts every byte of the body, CR and LF included. The commonest
   * slip is a length counted as if the body's lines ended in LF alone when they end in CRLF, or the
   * reverse; when the length is off by exactly the number of such line ends, say so.
   */
  private static void lineEndSlip(StringBuilder out, SipMessage m) {
    byte[] wire = m.wire();
    long declared = m.contentLength();
    if (wire == null || declared < 0) {
      return;
    }
    int start = m.wireBodyOffset();
    int available = wire.length - start;
    int crlf = 0;
    int bareLf = 0;
    for (int i = start; i < wire.length; i++) {
      if (wire[i] == '\n') {
        if (i > start && wire[i - 1] == '\r') {
          crlf++;
        } else {
          bareLf++;
        }
      }
    }
    if (crlf > 0 && declared < available && available - declared == crlf) {
      paragraph(out, "Content-Length says " + declared + ", but " + available + " bytes follow the"
          + " empty line: the difference, " + crlf + ", is the number of the body's lines that end"
          + " in CRLF, so the length was most likely counted as if they ended in LF alone."
          + " Content-Length counts both bytes of each CRLF (RFC 3261 section 20.14).");
    } else if (bareLf > 0 && declared > available && declared - available == bareLf) {
      paragraph(out, "Content-Length says " + declared + ", but only " + available + " bytes"
          + " follow the empty line: the difference, " + bareLf + ", is the number of the body's"
          + " lines that end in LF alone, so the length was most likely counted for CRLF line ends"
          + " the body does not have (RFC 3261 section 20.14).");
    }
  }

  private static void diagnostics(
      StringBuilder out, LintedFile f, String file, SourceLines source) {
    List<Diagnostic> all = f.diagnostics();
    if (all.isEmpty()) {
      out.append("No errors or warnings.\n");
      return;
    }
    out.append("Errors and warnings, in message order:\n");
    List<Repeats.Item> items = new ArrayList<>();
    for (Diagnostic d : all) {
      items.add(new Repeats.Item(d.severity().label() + ": " + d.message() + " (" + d.rfc() + ")",
          d.line(), d.column()));
    }
    for (Repeats.Line shown : Repeats.plan(items)) {
      if (shown instanceof Repeats.Full full) {
        Diagnostic d = all.get(full.index());
        out.append(file).append(':').append(d.line()).append(':').append(d.column())
            .append(": ").append(d.severity().label()).append(": ")
            .append(TextLayout.printable(d.message())).append(" (").append(d.rfc())
            .append(")\n");
        String line = source.line(d.line());
        if (line != null) {
          out.append(DiagnosticExcerpt.render(d.line(), line, d.column()));
        }
      } else if (shown instanceof Repeats.Rest rest) {
        // No excerpt: the ones printed above show what the error looks like.
        Diagnostic d = all.get(rest.index());
        out.append(file).append(':').append(d.line()).append(':').append(d.column())
            .append(": ").append(d.severity().label()).append(": ").append(rest.words())
            .append(": ").append(TextLayout.printable(d.message())).append(" (")
            .append(d.rfc()).append(")\n");
      }
    }
  }

  private static void sourceLine(StringBuilder out, int number, String line) {
    out.append(TextLayout.gutter(number))
        .append(TextLayout.clip(TextLayout.printable(line), SOURCE_ROOM)).append('\n');
  }

  private static void paragraph(StringBuilder out, String text) {
    for (String line : TextLayout.wrap(INDENT, TextLayout.printable(text))) {
      out.append(line).append('\n');
    }
  }

  /** "no errors", "1 error", "2 errors". */
  private static String count(int n, String noun) {
    return (n == 0 ? "no" : Integer.toString(n)) + " " + noun + (n == 1 ? "" : "s");
  }
}
