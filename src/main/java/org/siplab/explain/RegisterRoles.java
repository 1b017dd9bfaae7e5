package org.siplab.explain;

import java.util.ArrayList;
import java.util.List;
import org.siplab.message.HeaderName;
import org.siplab.message.NameAddress;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.trace.TraceEvent.Deliver;

/**
 * Explains REGISTER (RFC 3261 10.2: adding, refreshing, removing and fetching bindings, with
 * credentials after a challenge) and a registrar's 200 OK listing the bindings (10.3 step 8).
 */
final class RegisterRoles {

  private RegisterRoles() {}

  static Explanation register(Outgoing o, SipRequest r) {
    String aor = r.to() == null ? "its address-of-record" : Words.uri(r.to());
    String head = o.from() + " sends REGISTER to " + o.to() + o.on() + ": ";
    if (r.hasWildcardContact()) {
      return note(head + "Contact: * with Expires: 0 removes every binding of " + aor + ", with "
          + Messages.cseq(r) + Rfc.cite("10.2.2"));
    }
    if (r.contacts().isEmpty()) {
      return note(head + "without a Contact it only asks for the current bindings of " + aor
          + ", with " + Messages.cseq(r) + Rfc.cite("10.2.3"));
    }
    String contact = Words.uri(r.contacts().get(0));
    long expires = expires(r, r.contacts().get(0));
    if (expires == 0) {
      return note(head + "expires 0 removes the binding " + aor + " -> " + contact + ", with "
          + Messages.cseq(r) + Rfc.cite("10.2.2"));
    }
    String lifetime = expires < 0 ? "the registrar's default time" : expires + " s";
    String what = "it binds " + contact + " to " + aor + " for " + lifetime + ", with "
        + Messages.cseq(r) + " (one more for each REGISTER with the same Call-ID)";
    // Why this REGISTER: the response or timer that caused it says, before any credentials do;
    // a REGISTER may carry the credentials of an earlier challenge whatever made it leave.
    int answered = o.causeMessage() instanceof SipResponse cause ? cause.status() : 0;
    if (answered == 401 || answered == 407) {
      String header = answered == 401 ? "an Authorization" : "a Proxy-Authorization";
      return note(head + "the same REGISTER again, now with " + header + " header answering the "
          + answered + " challenge; " + keptFrom(o, r) + what
          + Rfc.cite(answered == 401 ? "22.2" : "22.3", "10.2"));
    }
    String credentials = r.has(HeaderName.AUTHORIZATION)
        || r.has(HeaderName.PROXY_AUTHORIZATION)
        ? ", carrying the credentials of the earlier challenge" : "";
    if (answered == 423) {
      return note(head + "again, with an expiration no shorter than the Min-Expires the 423"
          + " asked for" + credentials + "; " + what + Rfc.cite("10.2.8", "10.3 step 7"));
    }
    if (o.causedByTimer("registration refresh")) {
      return note(head + "a refresh before the binding expires" + credentials + "; " + what
          + Rfc.cite("10.2.4"));
    }
    return note(head + what + credentials + Rfc.cite("10.2", "10.2.1"));
  }

  /**
   * The retry's Call-ID (and From tag) against the challenged REGISTER's, which the challenge
   * echoes: section 8.1.3.5 has a retry keep the Call-ID, and section 10.2 has every REGISTER of
   * a UA to one registrar use the same one. Empty when the challenge carries no CSeq.
   */
  private static String keptFrom(Outgoing o, SipRequest r) {
    if (!(o.causeMessage() instanceof SipResponse challenge) || challenge.cseq() == null) {
      return "";
    }
    return Identity.kept(r, challenge, "the challenged REGISTER (CSeq number "
        + challenge.cseq().number() + ", echoed by the response at seq " + o.causeSeq() + ")")
        + "; ";
  }

  /** The registrar's 200 OK: the bindings now current, each with its expires (10.3 step 8). */
  static Explanation ok(Outgoing o, SipResponse r, Deliver answered) {
    List<String> bindings = new ArrayList<>();
    for (NameAddress c : r.contacts()) {
      long expires = c.expires();
      bindings.add(Words.uri(c) + (expires >= 0 ? " for " + expires + " s" : ""));
    }
    String list = bindings.isEmpty() ? "no binding is left"
        : "the bindings now current are " + String.join(", ", bindings);
    return note(o.from() + " accepts " + Answers.request(answered, "REGISTER") + " with 200 OK"
        + o.onUnless(seqOf(answered)) + ": " + list + Rfc.cite("10.3 step 8"));
  }

  private static long seqOf(Deliver d) {
    return d == null ? 0 : d.seq();
  }

  /** A Contact's expires parameter, else the Expires header, else -1 (10.2.1.1). */
  private static long expires(SipMessage r, NameAddress contact) {
    long own = contact.expires();
    return own >= 0 ? own : r.expires();
  }

  private static Explanation note(String text) {
    return new Explanation(text + ".", Note.REGISTRATION_AND_DIGEST);
  }
}
