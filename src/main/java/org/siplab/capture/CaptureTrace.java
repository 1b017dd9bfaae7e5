package org.siplab.capture;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.siplab.codec.SipParser;
import org.siplab.dialog.DialogId;
import org.siplab.message.Method;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.trace.ElementInfo;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;
import org.siplab.transaction.TransactionId;

/**
 * A capture's SIP traffic as a trace, so that the rule checker, the annotator and the report read
 * it as they read a run: one element a UDP endpoint ({@code address:port}), and for each SIP
 * datagram a {@code send} and, at the same time, its {@code deliver}. An endpoint that sends a
 * request with more than one Via value is a proxy (a user agent's request has one Via, section
 * 8.1.1.7; a proxy adds its own on top, section 16.6 step 8), so the checker applies the proxy
 * rules to it; every other endpoint is of kind {@value #KIND}. A capture
 * is taken at one place, so it cannot say when a datagram arrived, and times count from the first
 * SIP datagram; what caused a send is what the SIP rules say caused it ({@link CaptureCauses}).
 * Same file, same trace.
 *
 * <p>A datagram is SIP when its first line (after any CRLF keep-alives, RFC 5626 section 4.4.1)
 * holds {@code SIP/}: a request line ends with the version, a status line begins with it. A
 * message that is SIP but broken stays in, for the checker and the report to show what is wrong.
 */
public final class CaptureTrace {

  /** The kind of an element not seen forwarding: a capture does not say what it is. */
  public static final String KIND = "captured";

  /** The kind of an element seen forwarding a request. */
  public static final String PROXY = "proxy";

  /**
   * The trace; what of the capture it leaves out, with how many packets for each reason; and how
   * many messages were captured earlier than the one before them (a clock stepping back, or files
   * merged out of order), which keep their place in the file at the previous message's time.
   */
  public record Result(Trace trace, Map<String, Integer> leftOut, int timesStepBack) {}

  static final String NOT_SIP = "UDP but not SIP (RTP, DNS, keep-alives...)";

  private CaptureTrace() {}

  public static Result of(Capture capture, String name) {
    Trace trace = Trace.ofCapture(name);
    Map<String, Integer> leftOut = new LinkedHashMap<>(capture.passedOver());
    Set<String> endpoints = new LinkedHashSet<>();
    Set<String> proxies = new HashSet<>();
    List<CapturedDatagram> sip = new ArrayList<>();
    List<SipMessage> messages = new ArrayList<>();
    for (CapturedDatagram d : capture.datagrams()) {
      if (isSip(d.payload())) {
        SipMessage m = SipParser.parse(d.payload()).message();
        sip.add(d);
        messages.add(m);
        endpoints.add(d.from());
        endpoints.add(d.to());
        if (m instanceof SipRequest && m.vias().size() > 1) {
          proxies.add(d.from());
        }
      } else {
        leftOut.merge(NOT_SIP, 1, Integer::sum);
      }
    }
    for (String endpoint : endpoints) {
      trace.addElement(new ElementInfo(endpoint, proxies.contains(endpoint) ? PROXY : KIND,
          endpoint));
    }
    Set<String> inviteBranches = new HashSet<>();
    CaptureCauses causes = new CaptureCauses();
    long start = sip.isEmpty() ? 0 : sip.get(0).timeUs();
    long last = 0;
    int stepsBack = 0;
    for (int i = 0; i < sip.size(); i++) {
      CapturedDatagram d = sip.get(i);
      long time = d.timeUs() - start;
      if (time < last) {
        stepsBack++;
        time = last;
      }
      last = time;
      record(trace, d, messages.get(i), time, inviteBranches, causes, proxies.contains(d.from()));
    }
    return new Result(trace, leftOut, stepsBack);
  }

  private static void record(Trace trace, CapturedDatagram d, SipMessage m, long time,
      Set<String> inviteBranches, CaptureCauses causes, boolean proxy) {
    String callId = m == null ? null : m.callId();
    String cseq = m == null || m.cseq() == null ? null : m.cseq().toString();
    String transaction = m == null ? null : transactionOf(m, inviteBranches);
    String dialog = m == null ? null : DialogId.keyOf(m);
    String text = new String(d.payload(), StandardCharsets.UTF_8);
    if (!isUtf8(d.payload())) {
      trace.keepBytes(d.packet(), d.payload());
    }
    long cause = m == null ? TraceEvent.NO_CAUSE : causes.of(d.from(), m, transaction, proxy);
    TraceEvent.Send send = trace.append(seq -> new TraceEvent.Send(seq, time, cause, d.from(),
        d.to(), d.from(), d.to(), d.packet(), text, callId, cseq, transaction, dialog, null));
    TraceEvent.Deliver deliver = trace.append(seq -> new TraceEvent.Deliver(seq, time,
        send.seq(), d.from(), d.to(), d.packet(), false, callId, cseq, transaction, dialog));
    causes.delivered(deliver.seq(), d.to(), m, transaction);
  }

  /**
   * The transaction a message belongs to, by the matching rules of sections 17.1.3 and 17.2.3:
   * the top Via's branch with the request's method (a response's CSeq method). An ACK with the
   * branch of an INVITE seen before acknowledges a failure inside that INVITE's transaction
   * (section 17.1.1.3); any other ACK, for a 2xx, belongs to no transaction (section 13.2.2.4).
   */
  private static String transactionOf(SipMessage m, Set<String> inviteBranches) {
    if (m.topVia() == null || m.topVia().branch() == null || m.cseq() == null) {
      return null;
    }
    String branch = m.topVia().branch();
    if (m instanceof SipRequest r) {
      if (r.method().equals(Method.ACK)) {
        return inviteBranches.contains(branch)
            ? new TransactionId(branch, Method.INVITE).toString() : null;
      }
      if (r.method().equals(Method.INVITE)) {
        inviteBranches.add(branch);
      }
      return TransactionId.of(r).toString();
    }
    return new TransactionId(branch, ((SipResponse) m).cseq().method()).toString();
  }

  private static boolean isUtf8(byte[] payload) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(payload));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  /** Whether the first line that is not empty holds {@code SIP/} (in any case). */
  public static boolean isSip(byte[] payload) {
    int start = 0;
    while (start < payload.length && (payload[start] == '\r' || payload[start] == '\n')) {
      start++;
    }
    int end = start;
    while (end < payload.length && payload[end] != '\r' && payload[end] != '\n') {
      end++;
    }
    for (int i = start; i + 4 <= end; i++) {
      if ((payload[i] | 0x20) == 's' && (payload[i + 1] | 0x20) == 'i'
          && (payload[i + 2] | 0x20) == 'p' && payload[i + 3] == '/') {
        return true;
      }
    }
    return false;
  }
}
