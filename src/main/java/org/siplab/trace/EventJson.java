package org.siplab.trace;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;

/** One event of trace.json, written and read back, field by field in a fixed order. */
final class EventJson {

  /** The event types {@link #read} knows, in the order trace.json documents them. */
  static final List<String> TYPES = List.of("send", "deliver", "drop", "duplicate", "delay",
      "timer", "transaction", "dialog", "binding", "media", "action");

  private EventJson() {}

  static void write(JsonGenerator g, TraceEvent e, String annotation) throws IOException {
    g.writeStartObject();
    g.writeNumberField("seq", e.seq());
    g.writeNumberField("timeUs", e.timeUs());
    g.writeStringField("type", e.type());
    if (e.cause() == TraceEvent.NO_CAUSE) {
      g.writeNullField("cause");
    } else {
      g.writeNumberField("cause", e.cause());
    }
    if (e instanceof TraceEvent.Send s) {
      str(g, "from", s.from());
      str(g, "to", s.to());
      str(g, "fromAddress", s.fromAddress());
      str(g, "toAddress", s.toAddress());
      g.writeNumberField("datagram", s.datagram());
      str(g, "callId", s.callId());
      str(g, "cseq", s.cseq());
      str(g, "transaction", s.transaction());
      str(g, "dialog", s.dialog());
      str(g, "retransmittedBy", s.retransmittedBy());
      str(g, "message", s.message());
    } else if (e instanceof TraceEvent.Deliver d) {
      str(g, "from", d.from());
      str(g, "to", d.to());
      g.writeNumberField("datagram", d.datagram());
      ids(g, d.callId(), d.cseq(), d.transaction(), d.dialog());
      g.writeBooleanField("copy", d.copy());
    } else if (e instanceof TraceEvent.Drop d) {
      str(g, "from", d.from());
      str(g, "to", d.to());
      g.writeNumberField("datagram", d.datagram());
      ids(g, d.callId(), d.cseq(), d.transaction(), d.dialog());
      str(g, "reason", d.reason());
      str(g, "fault", d.fault());
      g.writeBooleanField("copy", d.copy());
    } else if (e instanceof TraceEvent.Duplicate d) {
      str(g, "from", d.from());
      str(g, "to", d.to());
      g.writeNumberField("datagram", d.datagram());
      ids(g, d.callId(), d.cseq(), d.transaction(), d.dialog());
      str(g, "reason", d.reason());
    } else if (e instanceof TraceEvent.Delay d) {
      str(g, "from", d.from());
      str(g, "to", d.to());
      g.writeNumberField("datagram", d.datagram());
      ids(g, d.callId(), d.cseq(), d.transaction(), d.dialog());
      g.writeNumberField("extraUs", d.extraUs());
      str(g, "reason", d.reason());
    } else if (e instanceof TraceEvent.Timer t) {
      str(g, "element", t.element());
      str(g, "owner", t.owner());
      str(g, "callId", t.callId());
      str(g, "dialog", t.dialog());
      str(g, "timer", t.timer());
      str(g, "action", t.action());
      g.writeNumberField("durationUs", t.durationUs());
    } else if (e instanceof TraceEvent.Transaction t) {
      str(g, "element", t.element());
      str(g, "transaction", t.transaction());
      str(g, "callId", t.callId());
      str(g, "dialog", t.dialog());
      str(g, "kind", t.kind());
      str(g, "fromState", t.fromState());
      str(g, "toState", t.toState());
      str(g, "reason", t.reason());
    } else if (e instanceof TraceEvent.Dialog d) {
      str(g, "element", d.element());
      str(g, "dialog", d.dialog());
      str(g, "callId", d.callId());
      str(g, "fromState", d.fromState());
      str(g, "toState", d.toState());
      g.writeNumberField("localCseq", d.localCseq());
      g.writeNumberField("remoteCseq", d.remoteCseq());
      str(g, "remoteTarget", d.remoteTarget());
      str(g, "reason", d.reason());
    } else if (e instanceof TraceEvent.Binding b) {
      str(g, "element", b.element());
      str(g, "aor", b.aor());
      str(g, "contact", b.contact());
      str(g, "action", b.action());
      g.writeNumberField("expiresUs", b.expiresUs());
    } else if (e instanceof TraceEvent.Media m) {
      str(g, "element", m.element());
      str(g, "peer", m.peer());
      str(g, "action", m.action());
      str(g, "codec", m.codec());
      str(g, "localRtp", m.localRtp());
      str(g, "remoteRtp", m.remoteRtp());
    } else if (e instanceof TraceEvent.Action a) {
      str(g, "element", a.element());
      str(g, "action", a.action());
      str(g, "detail", a.detail());
    } else {
      throw new IllegalArgumentException("unknown event kind " + e);
    }
    if (annotation != null) {
      g.writeStringField("annotation", annotation);
    }
    g.writeEndObject();
  }

  /** The ids of the datagram's send, which deliver, drop, duplicate and delay repeat. */
  private static void ids(JsonGenerator g, String callId, String cseq, String transaction,
      String dialog) throws IOException {
    str(g, "callId", callId);
    str(g, "cseq", cseq);
    str(g, "transaction", transaction);
    str(g, "dialog", dialog);
  }

  private static void str(JsonGenerator g, String name, String value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeStringField(name, value);
    }
  }

  static TraceEvent read(JsonNode n) {
    long seq = n.path("seq").asLong();
    long t = n.path("timeUs").asLong();
    long cause = n.hasNonNull("cause") ? n.get("cause").asLong() : TraceEvent.NO_CAUSE;
    String type = n.path("type").asText();
    return switch (type) {
      case "send" -> new TraceEvent.Send(seq, t, cause, s(n, "from"), s(n, "to"),
          s(n, "fromAddress"), s(n, "toAddress"), n.path("datagram").asLong(), s(n, "message"),
          s(n, "callId"), s(n, "cseq"), s(n, "transaction"), s(n, "dialog"),
          s(n, "retransmittedBy"));
      case "deliver" -> new TraceEvent.Deliver(seq, t, cause, s(n, "from"), s(n, "to"),
          n.path("datagram").asLong(), n.path("copy").asBoolean(), s(n, "callId"), s(n, "cseq"),
          s(n, "transaction"), s(n, "dialog"));
      case "drop" -> new TraceEvent.Drop(seq, t, cause, s(n, "from"), s(n, "to"),
          n.path("datagram").asLong(), s(n, "reason"), s(n, "fault"), n.path("copy").asBoolean(),
          s(n, "callId"), s(n, "cseq"), s(n, "transaction"), s(n, "dialog"));
      case "duplicate" -> new TraceEvent.Duplicate(seq, t, cause, s(n, "from"), s(n, "to"),
          n.path("datagram").asLong(), s(n, "reason"), s(n, "callId"), s(n, "cseq"),
          s(n, "transaction"), s(n, "dialog"));
      case "delay" -> new TraceEvent.Delay(seq, t, cause, s(n, "from"), s(n, "to"),
          n.path("datagram").asLong(), n.path("extraUs").asLong(), s(n, "reason"),
          s(n, "callId"), s(n, "cseq"), s(n, "transaction"), s(n, "dialog"));
      case "timer" -> new TraceEvent.Timer(seq, t, cause, s(n, "element"), s(n, "owner"),
          s(n, "timer"), s(n, "action"), n.path("durationUs").asLong(), s(n, "callId"),
          s(n, "dialog"));
      case "transaction" -> new TraceEvent.Transaction(seq, t, cause, s(n, "element"),
          s(n, "transaction"), s(n, "kind"), s(n, "fromState"), s(n, "toState"), s(n, "reason"),
          s(n, "callId"), s(n, "dialog"));
      case "dialog" -> new TraceEvent.Dialog(seq, t, cause, s(n, "element"), s(n, "dialog"),
          s(n, "callId"), s(n, "fromState"), s(n, "toState"), n.path("localCseq").asLong(),
          n.path("remoteCseq").asLong(), s(n, "remoteTarget"), s(n, "reason"));
      case "binding" -> new TraceEvent.Binding(seq, t, cause, s(n, "element"), s(n, "aor"),
          s(n, "contact"), s(n, "action"), n.path("expiresUs").asLong());
      case "media" -> new TraceEvent.Media(seq, t, cause, s(n, "element"), s(n, "peer"),
          s(n, "action"), s(n, "codec"), s(n, "localRtp"), s(n, "remoteRtp"));
      case "action" -> new TraceEvent.Action(seq, t, cause, s(n, "element"), s(n, "action"),
          s(n, "detail"));
      // TraceReader refuses an unknown type, with its position, before calling this.
      default -> throw new IllegalArgumentException("unknown event type '" + type + "'");
    };
  }

  /** A missing field reads as null, so a trace.json from before a field existed still reads. */
  private static String s(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
