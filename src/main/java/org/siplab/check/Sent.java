package org.siplab.check;

import java.util.List;
import java.util.Objects;
import org.siplab.codec.ParseResult;
import org.siplab.message.CSeq;
import org.siplab.message.NameAddress;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.Via;
import org.siplab.trace.TraceEvent;

/**
 * One {@code send} event of a trace with its message parsed: the unit the rules work on. The typed
 * accessors return {@code null} (or 0) when the message, or the header, could not be read, so that
 * a rule skips what it cannot judge instead of guessing.
 *
 * <p>A retransmission is a Sent of its own (each transmission is an event) whose {@link
 * #original()} is the first transmission of the same message.
 */
public final class Sent {

  private final int index;
  private final TraceEvent.Send event;
  private final ParseResult parse;
  private final Sent original;
  private final long arrival;

  Sent(int index, TraceEvent.Send event, ParseResult parse, Sent original, long arrival) {
    this.index = index;
    this.event = event;
    this.parse = parse;
    this.original = original == null ? this : original;
    this.arrival = arrival;
  }

  /** Position among the trace's sends ({@link TraceView#sends()}), from 0. */
  public int index() {
    return index;
  }

  public TraceEvent.Send event() {
    return event;
  }

  public long seq() {
    return event.seq();
  }

  public long timeUs() {
    return event.timeUs();
  }

  /** The sending element's name; empty when the trace does not say. */
  public String from() {
    return event.from() == null ? "" : event.from();
  }

  /** The receiving element's name (or its address when no element has it); may be empty. */
  public String to() {
    return event.to() == null ? "" : event.to();
  }

  /** What the parser made of the wire text; null when the event has no message at all. */
  public ParseResult parse() {
    return parse;
  }

  /** The message, possibly invalid but built, or null when not even its start line was readable. */
  public SipMessage message() {
    return parse == null ? null : parse.message();
  }

  public boolean isRequest() {
    return message() instanceof SipRequest;
  }

  public boolean isResponse() {
    return message() instanceof SipResponse;
  }

  /** The request, or null for a response or an unreadable message. */
  public SipRequest request() {
    return message() instanceof SipRequest r ? r : null;
  }

  /** The response, or null for a request or an unreadable message. */
  public SipResponse response() {
    return message() instanceof SipResponse r ? r : null;
  }

  /** The request's method, or for a response the method of its CSeq; null when unknown. */
  public String method() {
    if (request() != null) {
      return request().method().name();
    }
    CSeq cseq = cseq();
    return cseq == null ? null : cseq.method().name();
  }

  /** The response's status code, or 0 for a request. */
  public int status() {
    return response() == null ? 0 : response().status();
  }

  public boolean isMethod(String name) {
    return name.equals(method());
  }

  public CSeq cseq() {
    return message() == null ? null : message().cseq();
  }

  public String callId() {
    return message() == null ? null : message().callId();
  }

  public List<Via> vias() {
    return message() == null ? List.of() : message().vias();
  }

  public Via topVia() {
    return message() == null ? null : message().topVia();
  }

  /** The branch of the top Via, or null. */
  public String branch() {
    Via top = topVia();
    return top == null ? null : top.branch();
  }

  public String fromTag() {
    NameAddress from = message() == null ? null : message().from();
    return from == null ? null : from.tag();
  }

  public String toTag() {
    NameAddress to = message() == null ? null : message().to();
    return to == null ? null : to.tag();
  }

  /**
   * Whether the From and the To could be read, so that a missing tag is really missing: a field
   * the codec cannot read (two tags, a broken URI) is MSG-001's error, and says nothing of tags.
   */
  public boolean addressesRead() {
    SipMessage m = message();
    return m != null && m.from() != null && m.to() != null;
  }

  /** The first transmission of this message: itself unless this is a retransmission. */
  public Sent original() {
    return original;
  }

  public boolean isRetransmission() {
    return original != this;
  }

  /** Whether this is a retransmission with exactly the bytes of its first transmission. */
  public boolean repeatsOriginal() {
    return isRetransmission() && Objects.equals(event.message(), original.event.message());
  }

  /**
   * The seq of the event at which the message reached {@link #to()}: its delivery when the trace
   * records the network's fate of datagrams, else the send itself. -1 when it never arrived.
   */
  public long arrival() {
    return arrival;
  }

  /** Whether it reached its receiver before the event {@code seq} happened. */
  public boolean arrivedBefore(long seq) {
    return arrival >= 0 && arrival < seq;
  }

  /** How a sentence names it: {@code INVITE}, {@code 180 Ringing}, or its start line. */
  public String label() {
    if (request() != null) {
      return request().method().name();
    }
    if (response() != null) {
      return response().status() + " " + response().reason();
    }
    return "the message '" + firstLine() + "'";
  }

  /** How a sentence names the request a response answers: {@code 180 Ringing to INVITE}. */
  public String labelWithMethod() {
    return response() != null && method() != null ? label() + " to " + method() : label();
  }

  /** The start line as sent, or an empty string when the event carries no message. */
  public String firstLine() {
    return event.message() == null ? "" : event.firstLine();
  }

  @Override
  public String toString() {
    return "event " + seq() + " " + from() + " > " + to() + ": " + firstLine();
  }
}
