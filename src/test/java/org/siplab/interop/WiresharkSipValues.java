package org.siplab.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;

/**
 * The values of a SIP message that identify it to every RFC 3261 element (section 8.1.1: the
 * method or status, Call-ID, CSeq, the From and To tags, the top Via's branch that names its
 * transaction in section 17.2.3, the Via count, and the Content-Length that frames the body over
 * UDP in section 18.3), as one reader read them. Each is text, or null when the message lacks it,
 * so that two readers' values compare one to one.
 */
record WiresharkSipValues(String methodOrStatus, String callId, String cseqNumber,
    String cseqMethod, String fromTag, String toTag, String topBranch, String viaCount,
    String contentLength) {

  /** What siplab's parser read. */
  static WiresharkSipValues readBySiplab(SipMessage m) {
    String methodOrStatus = m instanceof SipRequest request ? request.method().name()
        : String.valueOf(((SipResponse) m).status());
    return new WiresharkSipValues(methodOrStatus, m.callId(),
        m.cseq() == null ? null : String.valueOf(m.cseq().number()),
        m.cseq() == null ? null : m.cseq().method().name(),
        m.from() == null ? null : m.from().tag(),
        m.to() == null ? null : m.to().tag(),
        m.topVia() == null ? null : m.topVia().branch(),
        String.valueOf(m.vias().size()),
        m.contentLength() < 0 ? null : String.valueOf(m.contentLength()));
  }

  /** What Wireshark's SIP dissector read. */
  static WiresharkSipValues readByWireshark(WiresharkFrame f) {
    String method = f.single("sip.Method");
    int vias = f.all("sip.Via.transport").size();
    return new WiresharkSipValues(method != null ? method : f.single("sip.Status-Code"),
        f.single("sip.Call-ID"), f.single("sip.CSeq.seq"), f.single("sip.CSeq.method"),
        f.single("sip.from.tag"), f.single("sip.to.tag"), topBranch(f, vias),
        String.valueOf(vias), f.single("sip.Content-Length"));
  }

  /**
   * The first branch Wireshark lists is the top Via's only when every Via value has one: the
   * fields come without saying which Via each belongs to.
   */
  private static String topBranch(WiresharkFrame f, int vias) {
    List<String> branches = f.all("sip.Via.branch");
    if (branches.size() != vias) {
      return branches.size() + " branches for " + vias + " Via values";
    }
    return branches.isEmpty() ? null : branches.get(0);
  }

  /** The values by name, in the order of section 8.1.1. */
  Map<String, String> named() {
    Map<String, String> named = new LinkedHashMap<>();
    named.put("method or status", methodOrStatus);
    named.put("Call-ID", callId);
    named.put("CSeq number", cseqNumber);
    named.put("CSeq method", cseqMethod);
    named.put("From tag", fromTag);
    named.put("To tag", toTag);
    named.put("top Via branch", topBranch);
    named.put("Via values", viaCount);
    named.put("Content-Length", contentLength);
    return named;
  }

  /**
   * One value two readers read differently.
   *
   * @param value the value's name in {@link #named()}, e.g. "Call-ID"
   * @param siplab what siplab read, or null for none
   * @param wireshark what Wireshark read, or null for none
   */
  record Difference(String value, String siplab, String wireshark) {

    @Override
    public String toString() {
      return value + ": siplab " + quoted(siplab) + ", Wireshark " + quoted(wireshark);
    }
  }

  /** Each value siplab and Wireshark read differently, in the order of {@link #named()}. */
  static List<Difference> differences(WiresharkSipValues siplab, WiresharkSipValues wireshark) {
    List<Difference> out = new ArrayList<>();
    Map<String, String> theirs = wireshark.named();
    siplab.named().forEach((name, ours) -> {
      if (!Objects.equals(ours, theirs.get(name))) {
        out.add(new Difference(name, ours, theirs.get(name)));
      }
    });
    return out;
  }

  /** The value in quotes, with a line break shown as the escape a reader can see. */
  private static String quoted(String value) {
    return value == null ? "none"
        : "'" + value.replace("\r", "\\r").replace("\n", "\\n") + "'";
  }
}
