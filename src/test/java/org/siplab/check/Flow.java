package org.siplab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.siplab.codec.SipParser;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.Via;
import org.siplab.trace.ElementInfo;
import org.siplab.trace.RunSettings;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/**
 * A call flow as a list of sends, the shape the RFC 3665 examples have: who sent which message to
 * whom and when. Tests change a flow (a mutation, a repair) by copying it, then make a {@link
 * Trace} of it whose events are the sends, so that step i is event i + 1.
 *
 * @param name what failure messages call it: {@code 3.2} or {@code 3.2 repaired}
 */
record Flow(String name, List<ElementInfo> elements, List<Step> steps) {

  static final long T1_US = 500_000;
  static final long T2_US = 4_000_000;

  /**
   * One send.
   *
   * @param label the RFC's name of the step (F1...), or a made-up one for an inserted step
   * @param retransmittedBy the timer behind a retransmission, or null
   */
  record Step(String label, String from, String to, long timeUs, String message,
      String retransmittedBy) {

    Step withMessage(String text) {
      return new Step(label, from, to, timeUs, text, retransmittedBy);
    }

    Step withTime(long us) {
      return new Step(label, from, to, us, message, retransmittedBy);
    }

    SipMessage parsed() {
      return SipParser.parse(message).message();
    }
  }

  Flow {
    elements = List.copyOf(elements);
    steps = List.copyOf(steps);
  }

  /** The seq of the event the step with this label becomes. */
  long seq(String label) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).label().equals(label)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(name + " has no step " + label);
  }

  Step step(long seq) {
    return steps.get((int) seq - 1);
  }

  String kind(String element) {
    for (ElementInfo e : elements) {
      if (e.name().equals(element)) {
        return e.kind();
      }
    }
    return "";
  }

  Flow named(String newName) {
    return new Flow(newName, elements, steps);
  }

  /** A copy with the step at {@code seq} changed. */
  Flow with(long seq, UnaryOperator<Step> change) {
    List<Step> out = new ArrayList<>(steps);
    out.set((int) seq - 1, change.apply(out.get((int) seq - 1)));
    return new Flow(name, elements, out);
  }

  /** A copy with {@code step} inserted so that it becomes event {@code seq}. */
  Flow inserting(long seq, Step step) {
    List<Step> out = new ArrayList<>(steps);
    out.add((int) seq - 1, step);
    return new Flow(name, elements, out);
  }

  /** A copy where every step from {@code seq} on happens {@code us} later. */
  Flow delayingFrom(long seq, long us) {
    List<Step> out = new ArrayList<>(steps);
    for (int i = (int) seq - 1; i < out.size(); i++) {
      out.set(i, out.get(i).withTime(out.get(i).timeUs() + us));
    }
    return new Flow(name, elements, out);
  }

  Trace trace() {
    Trace trace = new Trace("rfc3665-" + name, 1);
    elements.forEach(trace::addElement);
    trace.settings(new RunSettings(1, T1_US, T2_US, 5_000_000,
        new RunSettings.Link(null, null, 0, 0, 0, 0, 0, 0, List.of()), List.of(), List.of()));
    for (Step step : steps) {
      trace.append(seq -> send(seq, step));
    }
    return trace;
  }

  private TraceEvent.Send send(long seq, Step step) {
    SipMessage m = step.parsed();
    String callId = m == null ? null : m.callId();
    String cseq = m == null || m.cseq() == null ? null : m.cseq().toString();
    return new TraceEvent.Send(seq, step.timeUs(), TraceEvent.NO_CAUSE, step.from(), step.to(),
        address(step.from()), address(step.to()), seq, step.message(), callId, cseq,
        transaction(m), null, step.retransmittedBy());
  }

  private static String transaction(SipMessage m) {
    Via top = m == null ? null : m.topVia();
    if (top == null || top.branch() == null) {
      return null;
    }
    String method = m instanceof SipRequest r ? r.method().name()
        : m.cseq() == null ? "?" : m.cseq().method().name();
    return top.branch() + "/" + method;
  }

  @Override
  public String toString() {
    return name;
  }

  private String address(String element) {
    for (ElementInfo e : elements) {
      if (e.name().equals(element)) {
        return e.address();
      }
    }
    return element;
  }
}
