package org.siplab.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.siplab.codec.Diagnostic;
import org.siplab.message.CSeq;
import org.siplab.message.NameAddress;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.Uri;
import org.siplab.message.Via;

/**
 * Writes {@code siplab lint --json}: a top-level array with one object per file, in the key order
 * DESIGN.md fixes ("Interfaces users and tests rely on"). Scripts read this, so the shape never
 * depends on the message: every key is always written, and a value the message does not give is
 * {@code null}. Absent is {@code null} the same way on every path: {@code cseq}, {@code from} and
 * {@code to} are {@code null} when their header is absent or could not be read, never an object of
 * nulls, and {@code via} is {@code null} when no Via value was read, never {@code []}. When the
 * start line could not be read there is no message: the start line's keys ({@code kind} to {@code
 * reason}) and {@code bodyLength} are {@code null}, and the keys read from header fields are filled
 * from the fields the parser still read after it, or {@code null} when there were none; the errors
 * say why.
 *
 * <p>The bytes are deterministic: two-space indent, {@code "key": value}, and {@code \n} line ends
 * whatever the platform (Jackson's default pretty printer would use the system line separator).
 */
final class LintJsonWriter {

  /** The message-derived keys, in contract order, written as nulls when there is no message. */
  static final List<String> MESSAGE_KEYS = List.of("kind", "method", "requestUri", "status",
      "reason", "callId", "cseq", "from", "to", "via", "contentLength", "bodyLength");

  /** The keys of the start line, the first five of {@link #MESSAGE_KEYS}. */
  private static final List<String> START_LINE_KEYS = MESSAGE_KEYS.subList(0, 5);

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private LintJsonWriter() {}

  /** Writes the array and a final newline; does not close {@code out}. */
  static void write(List<LintedFile> files, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(prettyPrinter());
      g.writeStartArray();
      for (LintedFile f : files) {
        writeFile(g, f);
      }
      g.writeEndArray();
    }
    out.write('\n');
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  private static void writeFile(JsonGenerator g, LintedFile f) throws IOException {
    g.writeStartObject();
    g.writeStringField("file", f.file());
    g.writeBooleanField("valid", f.isValid());
    SipMessage m = f.result() == null ? null : f.result().message();
    if (m != null) {
      writeMessage(g, m);
    } else if (f.result() != null && !f.result().headers().isEmpty()) {
      for (String key : START_LINE_KEYS) {
        g.writeNullField(key);
      }
      writeHeaderKeys(g, new HeaderReadings(f.result().headers()));
      g.writeNullField("bodyLength");
    } else {
      for (String key : MESSAGE_KEYS) {
        g.writeNullField(key);
      }
    }
    if (f.unreadableReason() != null) {
      writeUnreadable(g, f.unreadableReason());
    } else {
      writeDiagnostics(g, "errors", f.errors());
    }
    writeDiagnostics(g, "warnings", f.warnings());
    g.writeEndObject();
  }

  /**
   * The one error of a file that could not be read. It has no line or column, since there is no
   * text to point into, and no RFC rule, since no message broke one: those are null, as DESIGN.md
   * has absent values.
   */
  private static void writeUnreadable(JsonGenerator g, String reason) throws IOException {
    g.writeArrayFieldStart("errors");
    g.writeStartObject();
    g.writeNullField("line");
    g.writeNullField("column");
    g.writeStringField("message", "cannot read: " + reason);
    g.writeNullField("rfc");
    g.writeEndObject();
    g.writeEndArray();
  }

  private static void writeMessage(JsonGenerator g, SipMessage m) throws IOException {
    if (m instanceof SipRequest request) {
      writeRequestLine(g, request);
    } else {
      writeStatusLine(g, (SipResponse) m);
    }
    writeHeaderKeys(g, new HeaderReadings(m.headers()));
    g.writeNumberField("bodyLength", m.bodyLength());
  }

  /** The keys from {@code callId} to {@code contentLength}, read from header fields. */
  private static void writeHeaderKeys(JsonGenerator g, HeaderReadings h) throws IOException {
    g.writeStringField("callId", h.callId());
    writeCSeq(g, h.cseq());
    writeAddress(g, "from", h.from());
    writeAddress(g, "to", h.to());
    writeVias(g, h.vias());
    writeNumberOrNull(g, "contentLength", h.contentLength());
  }

  private static void writeRequestLine(JsonGenerator g, SipRequest r) throws IOException {
    g.writeStringField("kind", "request");
    g.writeStringField("method", r.method().name());
    g.writeStringField("requestUri", uriText(r.requestUri()));
    g.writeNullField("status");
    g.writeNullField("reason");
  }

  /** A response has no method of its own: its CSeq method names the request it answers. */
  private static void writeStatusLine(JsonGenerator g, SipResponse r) throws IOException {
    g.writeStringField("kind", "response");
    g.writeNullField("method");
    g.writeNullField("requestUri");
    g.writeNumberField("status", r.status());
    g.writeStringField("reason", r.reason());
  }

  private static void writeCSeq(JsonGenerator g, CSeq cseq) throws IOException {
    if (cseq == null) {
      g.writeNullField("cseq");
      return;
    }
    g.writeObjectFieldStart("cseq");
    g.writeNumberField("number", cseq.number());
    g.writeStringField("method", cseq.method().name());
    g.writeEndObject();
  }

  private static void writeAddress(JsonGenerator g, String key, NameAddress address)
      throws IOException {
    if (address == null) {
      g.writeNullField(key);
      return;
    }
    g.writeObjectFieldStart(key);
    g.writeStringField("uri", uriText(address.uri()));
    g.writeStringField("tag", address.tag());
    g.writeEndObject();
  }

  /** No Via value read is {@code null}, as the file with no message has it, not {@code []}. */
  private static void writeVias(JsonGenerator g, List<Via> vias) throws IOException {
    if (vias.isEmpty()) {
      g.writeNullField("via");
      return;
    }
    g.writeArrayFieldStart("via");
    for (Via via : vias) {
      writeVia(g, via);
    }
    g.writeEndArray();
  }

  /**
   * One Via value. {@code rport} (RFC 3581 section 3): absent is {@code null}; present without a
   * value, as a client writes it to ask for the source port, is {@code true}; filled in by the
   * server, it is the port number.
   */
  private static void writeVia(JsonGenerator g, Via via) throws IOException {
    g.writeStartObject();
    g.writeStringField("transport", via.transport());
    g.writeStringField("host", via.sentBy().host());
    writeNumberOrNull(g, "port", via.sentBy().port());
    g.writeStringField("branch", via.branch());
    g.writeStringField("received", via.received());
    g.writeFieldName("rport");
    if (!via.hasRport()) {
      g.writeNull();
    } else if (via.rport() < 0) {
      g.writeBoolean(true);
    } else {
      g.writeNumber(via.rport());
    }
    g.writeEndObject();
  }

  private static void writeDiagnostics(JsonGenerator g, String key, List<Diagnostic> list)
      throws IOException {
    g.writeArrayFieldStart(key);
    for (Diagnostic d : list) {
      g.writeStartObject();
      g.writeNumberField("line", d.line());
      g.writeNumberField("column", d.column());
      g.writeStringField("message", d.message());
      g.writeStringField("rfc", d.rfc());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** The model's "absent" numbers are negative (-1); JSON says absent with null. */
  private static void writeNumberOrNull(JsonGenerator g, String key, long value)
      throws IOException {
    if (value < 0) {
      g.writeNullField(key);
    } else {
      g.writeNumberField(key, value);
    }
  }

  private static String uriText(Uri uri) {
    return uri.text();
  }
}
