package org.siplab.element.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import org.siplab.dialog.Dialog;
import org.siplab.dialog.IdSource;
import org.siplab.dialog.UserAgentCore;
import org.siplab.message.CSeq;
import org.siplab.message.HeaderField;
import org.siplab.message.HeaderName;
import org.siplab.message.HostPort;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.message.Text;
import org.siplab.message.Via;
import org.siplab.sim.Endpoint;
import org.siplab.transaction.ClientTransaction;
import org.siplab.transaction.LayerSettings;
import org.siplab.transaction.TimerSettings;

/**
 * The one place where a phone breaks RFC 3261 on purpose, each switch of {@link Misbehaviour} at
 * the point where a correct phone makes the value it spoils. Each time a switch acts, the trace
 * gets a note saying so, so that a student sees the mistake is deliberate.
 *
 * <p>What the switches reach: the requests the phone builds itself (outside a dialog, retries,
 * and the in-dialog requests whose CSeq, Call-ID or To tag is spoiled), its CANCEL, and the
 * responses its application makes. The UA core's own messages (the ACK for a 2xx, requests in a
 * dialog sent normally, the 200 to BYE and CANCEL, 481 and 500) stay correct: the core offers no
 * hook on them but one, accept-lower-cseq, which takes the place of its 500. So ack-wrong-cseq
 * sends a second, wrong ACK after the core's correct one, and drop-to-tag, wrong-response-cseq
 * and change-to-tag spare the 2xx to an INVITE, whose To tag and CSeq the core needs to track the
 * dialog and its ACK. Two switches act below the phone, on the transaction layer it is given
 * ({@link #layerSettings}): half-t1 and renumber-retransmissions; retransmit-after-timeout acts
 * when the UA core reports a timeout.
 */
final class Misbehaviours {

  /** A branch used for a transaction of a method, for reuse-branch. */
  private record Used(String branch, Method method) {}

  /** Section 8.1.1.5: a CSeq number outside a dialog "MUST be less than 2**31". */
  static final long TWO_TO_THE_31 = 1L << 31;

  private final Set<Misbehaviour> on;
  private final UserAgentCore core;
  private final IdSource ids;
  private final Reporter reporter;
  private final List<Used> used = new ArrayList<>();

  Misbehaviours(Set<Misbehaviour> on, UserAgentCore core, Reporter reporter) {
    this.on = on;
    this.core = core;
    this.ids = core.ids();
    this.reporter = reporter;
  }

  /**
   * The transaction layer a phone with {@code on} runs on, given the network's: the switches
   * that act below the phone change it.
   */
  static LayerSettings layerSettings(Set<Misbehaviour> on, LayerSettings network) {
    LayerSettings out = network;
    if (on.contains(Misbehaviour.HALF_T1)) {
      TimerSettings t = network.timers();
      out = out.withTimers(new TimerSettings(Math.max(1, t.t1Us() / 2), t.t2Us(), t.t4Us()));
    }
    if (on.contains(Misbehaviour.NO_BACKOFF)) {
      out = out.withTimers(out.timers().withBackoff(false));
    }
    if (on.contains(Misbehaviour.RENUMBER_RETRANSMISSIONS)) {
      out = out.withRenumberedRetransmissions(true);
    }
    return out;
  }

  /**
   * Notes the switches that act from the start, below the phone or in its UA core, and hooks
   * accept-lower-cseq into the core.
   */
  void start() {
    if (has(Misbehaviour.HALF_T1)) {
      note(Misbehaviour.HALF_T1, "its transactions run on T1 = "
          + core.layer().settings().timers().t1Us() / 1000 + " ms, half the network's");
    }
    if (has(Misbehaviour.NO_BACKOFF)) {
      note(Misbehaviour.NO_BACKOFF, "its client transactions retransmit every "
          + core.layer().settings().timers().t1Us() / 1000 + " ms (T1) without doubling");
    }
    if (has(Misbehaviour.RENUMBER_RETRANSMISSIONS)) {
      note(Misbehaviour.RENUMBER_RETRANSMISSIONS, "each retransmission of its requests takes"
          + " the next CSeq number");
    }
    if (has(Misbehaviour.ACCEPT_LOWER_CSEQ)) {
      core.acceptOutOfOrder(what -> note(Misbehaviour.ACCEPT_LOWER_CSEQ, what));
    }
  }

  boolean has(Misbehaviour m) {
    return on.contains(m);
  }

  private void note(Misbehaviour m, String what) {
    reporter.note("misbehaves", m.token() + ": " + what + (m.rule() != null
        ? " (the rule checker flags it as " + m.rule() + ")"
        : " (no checker rule sees it; the server checking the credentials should refuse it)"));
  }

  /**
   * RFC 2617 section 3.2.2: nc "is the hexadecimal count of the number of requests (including the
   * current request) that the client has sent with the nonce value in this request".
   * replay-nonce-count sends 1 again instead of {@code count}, the number a correct client sends.
   */
  long nonceCount(String nonce, long count) {
    if (!has(Misbehaviour.REPLAY_NONCE_COUNT) || count < 2) {
      return count;
    }
    note(Misbehaviour.REPLAY_NONCE_COUNT, "nc=00000001 again with nonce " + nonce + ", where "
        + String.format(Locale.ROOT, "nc=%08x", count) + " is due");
    return 1;
  }

  /**
   * Section 8.1.1.7: the branch of a new client transaction "MUST be unique across space and time"
   * and "MUST always begin with the characters "z9hG4bK"". reuse-branch takes the latest branch not
   * yet used with this method (the transaction layer refuses two live transactions with one id);
   * no-magic-cookie cuts the cookie off.
   */
  String branch(Method method) {
    String branch = ids.branch();
    if (has(Misbehaviour.REUSE_BRANCH)) {
      for (int i = used.size() - 1; i >= 0; i--) {
        String old = used.get(i).branch();
        if (used.stream().noneMatch(u -> u.branch().equals(old) && u.method().equals(method))) {
          note(Misbehaviour.REUSE_BRANCH, method + " reuses branch " + old + " of "
              + used.get(i).method());
          branch = old;
          break;
        }
      }
    }
    if (has(Misbehaviour.NO_MAGIC_COOKIE) && branch.startsWith(Via.MAGIC_COOKIE)) {
      branch = branch.substring(Via.MAGIC_COOKIE.length());
      note(Misbehaviour.NO_MAGIC_COOKIE, method + " gets branch " + branch);
    }
    used.add(new Used(branch, method));
    return branch;
  }

  /**
   * A request the phone sends itself, before its Via goes on top.
   * Section 8.1.1.3: "The From field MUST contain a new "tag" parameter"; drop-from-tag drops it.
   * Section 8.1.1.5: outside a dialog the CSeq "MUST be less than 2**31"; huge-cseq adds 2**31.
   * Section 7.3.1: "Each header field consists of a field name followed by a colon"; outside a
   * dialog, missing-colon adds a line 'User-Agent siplab' without one, by ending the Max-Forwards
   * value with a line of its own.
   */
  SipRequest outgoing(SipRequest request) {
    SipRequest out = request;
    if (has(Misbehaviour.DROP_FROM_TAG) && out.from() != null && out.from().hasTag()) {
      note(Misbehaviour.DROP_FROM_TAG, out.method() + " leaves without its From tag");
      out = out.with(HeaderName.FROM, out.from().withoutTag());
    }
    boolean outside = out.to() != null && !out.to().hasTag();
    if (has(Misbehaviour.HUGE_CSEQ) && outside && out.cseq().number() < TWO_TO_THE_31) {
      CSeq huge = out.cseq().withNumber(out.cseq().number() + TWO_TO_THE_31);
      note(Misbehaviour.HUGE_CSEQ, out.method() + " takes CSeq " + huge.number() + " instead of "
          + out.cseq().number());
      out = out.with(HeaderName.CSEQ, huge);
    }
    if (has(Misbehaviour.MISSING_COLON) && outside && out.maxForwards() >= 0) {
      note(Misbehaviour.MISSING_COLON, out.method() + " carries the line 'User-Agent siplab',"
          + " without a colon");
      out = withRawField(out, HeaderName.MAX_FORWARDS,
          new Text(out.maxForwards() + "\r\nUser-Agent siplab"));
    }
    return out;
  }

  /**
   * A copy where this header's fields are one field holding {@code value} as it is, line breaks
   * included: the model's builders and {@code with} refuse a value that would print on two lines
   * (section 7.3.1), and breaking the wire on purpose is what a misbehaviour is for, so it makes
   * the field with the constructor the parser uses, which does not check.
   */
  private static SipRequest withRawField(SipRequest request, HeaderName name, Text value) {
    List<HeaderField> fields = new ArrayList<>(request.headers().size());
    boolean placed = false;
    for (HeaderField f : request.headers()) {
      if (!f.is(name)) {
        fields.add(f);
      } else if (!placed) {
        fields.add(new HeaderField(name.canonical(), name, List.of(value)));
        placed = true;
      }
    }
    return request.withHeaders(fields);
  }

  /**
   * Section 9.1: the CANCEL copies the INVITE's Request-URI and CSeq number; cancel-wrong-cseq
   * adds one to the number; cancel-other-uri writes the address the INVITE was sent to,
   * {@code destination}, as the Request-URI's host, the next hop taken for the target.
   */
  SipRequest cancel(SipRequest cancel, Endpoint destination) {
    SipRequest out = cancel;
    if (has(Misbehaviour.CANCEL_WRONG_CSEQ)) {
      CSeq wrong = out.cseq().withNumber(out.cseq().number() + 1);
      note(Misbehaviour.CANCEL_WRONG_CSEQ, "the CANCEL carries CSeq " + wrong + " for the INVITE"
          + " with CSeq " + out.cseq().number());
      out = out.with(HeaderName.CSEQ, wrong);
    }
    if (has(Misbehaviour.CANCEL_OTHER_URI) && out.requestUri() instanceof SipUri target) {
      String host = destination.address().indexOf(':') >= 0 ? "[" + destination.address() + "]"
          : destination.address();
      SipUri hop = target.withHostPort(new HostPort(host, destination.port()));
      if (!hop.equals(target)) {
        note(Misbehaviour.CANCEL_OTHER_URI, "the CANCEL's Request-URI is " + hop + " where the"
            + " INVITE's is " + target);
        out = out.withRequestUri(hop);
      }
    }
    return out;
  }

  /**
   * Section 10.2: each REGISTER with the same Call-ID takes the CSeq one higher; the next number
   * after {@code last} (0 before the first). reuse-register-cseq repeats {@code last}.
   */
  long registerCseq(long last) {
    if (has(Misbehaviour.REUSE_REGISTER_CSEQ) && last > 0) {
      note(Misbehaviour.REUSE_REGISTER_CSEQ, "REGISTER repeats CSeq " + last);
      return last;
    }
    return last + 1;
  }

  /**
   * Sections 8.1.1.4 and 12.2.1.1: a request in a dialog carries the dialog's Call-ID and the
   * remote tag in To; it is returned unchanged when no switch spoils it.
   * new-call-id-in-dialog gives it a new Call-ID.
   * no-to-tag-in-dialog drops the To tag.
   * contact-in-bye puts the phone's Contact into a BYE, where Table 2 marks it not applicable.
   */
  SipRequest inDialog(SipRequest request) {
    SipRequest out = request;
    if (has(Misbehaviour.NEW_CALL_ID_IN_DIALOG)) {
      String fresh = ids.callId();
      note(Misbehaviour.NEW_CALL_ID_IN_DIALOG, out.method() + " takes Call-ID " + fresh
          + " instead of the dialog's " + out.callId());
      out = out.with(HeaderName.CALL_ID, new Text(fresh));
    }
    if (has(Misbehaviour.NO_TO_TAG_IN_DIALOG) && out.to().hasTag()) {
      note(Misbehaviour.NO_TO_TAG_IN_DIALOG, out.method() + " leaves without its To tag "
          + out.to().tag());
      out = out.with(HeaderName.TO, out.to().withoutTag());
    }
    if (has(Misbehaviour.CONTACT_IN_BYE) && out.method().equals(Method.BYE)
        && !out.has(HeaderName.CONTACT)) {
      note(Misbehaviour.CONTACT_IN_BYE, "BYE carries the Contact " + core.contact().uri());
      out = out.with(HeaderName.CONTACT, core.contact());
    }
    return out;
  }

  /**
   * Section 10.2: the registrations to one registrar "SHOULD use the same Call-ID";
   * new-call-id-on-refresh gives each refresh a new one.
   */
  String refreshCallId(String callId) {
    if (!has(Misbehaviour.NEW_CALL_ID_ON_REFRESH)) {
      return callId;
    }
    String fresh = ids.callId();
    note(Misbehaviour.NEW_CALL_ID_ON_REFRESH, "the refresh takes Call-ID " + fresh
        + " instead of " + callId);
    return fresh;
  }

  /**
   * Sections 17.1.1.2 and 17.1.2.2: Timer B or F ends the client transaction. With
   * retransmit-after-timeout the phone passes its request to the transport twice more, at the
   * times Timer A (INVITE) or E (any other request) would have fired next, had it gone on.
   */
  void timedOut(ClientTransaction transaction) {
    if (!has(Misbehaviour.RETRANSMIT_AFTER_TIMEOUT)) {
      return;
    }
    SipRequest request = transaction.request();
    boolean invite = request.method().equals(Method.INVITE);
    TimerSettings t = core.layer().settings().timers();
    long timeout = invite ? t.timerB() : t.timerF();
    long interval = invite ? t.timerA() : t.timerE();
    long sent = 0;
    List<Long> after = new ArrayList<>(2);
    while (after.size() < 2) {
      sent += interval;
      if (sent > timeout) {
        after.add(sent - timeout);
      }
      interval = invite ? t.nextTimerA(interval) : t.nextTimerE(interval);
    }
    note(Misbehaviour.RETRANSMIT_AFTER_TIMEOUT, request.method() + " timed out, and is sent"
        + " again " + after.get(0) / 1000 + " ms and " + after.get(1) / 1000 + " ms later");
    for (long delay : after) {
      core.timers().startForCall(request.callId(), null, "retransmit after timeout", delay,
          () -> core.layer().sendStateless(request, transaction.destination()));
    }
  }

  /**
   * Section 12.2.1.1: a request in a dialog takes the local sequence number plus one. reuse-cseq
   * repeats the last number, lower-cseq goes one below it; empty when behaving, and for the first
   * request of a side whose number is still empty (it may start anywhere).
   */
  OptionalLong dialogCseq(Dialog dialog, Method method) {
    long last = dialog.localCseq();
    if (last == Dialog.EMPTY) {
      return OptionalLong.empty();
    }
    if (has(Misbehaviour.REUSE_CSEQ)) {
      note(Misbehaviour.REUSE_CSEQ, method + " repeats CSeq " + last);
      return OptionalLong.of(last);
    }
    if (has(Misbehaviour.LOWER_CSEQ)) {
      long lower = Math.max(0, last - 1);
      note(Misbehaviour.LOWER_CSEQ, method + " takes CSeq " + lower + " after " + last);
      return OptionalLong.of(lower);
    }
    return OptionalLong.empty();
  }

  /** Section 8.1.3.5: the retry "SHOULD have the same value of the Call-ID". */
  String retryCallId(String callId) {
    if (!has(Misbehaviour.NEW_CALL_ID_ON_RETRY)) {
      return callId;
    }
    String fresh = ids.callId();
    note(Misbehaviour.NEW_CALL_ID_ON_RETRY, "the retry takes Call-ID " + fresh);
    return fresh;
  }

  /** Section 8.1.3.5: the retry "SHOULD have the same value of the ... From". */
  NameAddress retryFrom(NameAddress from) {
    if (!has(Misbehaviour.NEW_FROM_TAG_ON_RETRY)) {
      return from;
    }
    String fresh = ids.tag();
    note(Misbehaviour.NEW_FROM_TAG_ON_RETRY, "the retry takes From tag " + fresh);
    return from.withTag(fresh);
  }

  /**
   * Section 8.2.6.2: a response carries the request's Via values, its CSeq and, above 100, one
   * To tag. add-via-to-response adds a Via of the phone's own below the request's. drop-to-tag,
   * wrong-response-cseq and change-to-tag (a new tag on each provisional response) spoil the
   * others, except in a 2xx to an INVITE.
   */
  SipResponse response(SipResponse response, SipRequest request) {
    SipResponse out = response;
    if (has(Misbehaviour.ADD_VIA_TO_RESPONSE)) {
      Via own = Via.udp(core.layer().transport().sentBy(), ids.branch());
      note(Misbehaviour.ADD_VIA_TO_RESPONSE, out.status() + " carries the phone's own Via "
          + own + " below the request's");
      out = withViaBelow(out, own);
    }
    if (request.method().equals(Method.INVITE) && out.isSuccess()) {
      return out;
    }
    if (has(Misbehaviour.CHANGE_TO_TAG) && out.status() > 100 && out.status() < 200
        && out.to().hasTag()) {
      String fresh = ids.tag();
      note(Misbehaviour.CHANGE_TO_TAG, out.status() + " takes To tag " + fresh + " instead of "
          + out.to().tag());
      out = out.with(HeaderName.TO, out.to().withTag(fresh));
    }
    if (has(Misbehaviour.DROP_TO_TAG) && out.status() > 100 && out.to().hasTag()) {
      note(Misbehaviour.DROP_TO_TAG, out.status() + " leaves without its To tag");
      out = out.with(HeaderName.TO, out.to().withoutTag());
    }
    if (has(Misbehaviour.WRONG_RESPONSE_CSEQ)) {
      CSeq wrong = out.cseq().withNumber(out.cseq().number() + 1);
      note(Misbehaviour.WRONG_RESPONSE_CSEQ, out.status() + " carries CSeq " + wrong
          + " for a request with CSeq " + out.cseq());
      out = out.with(HeaderName.CSEQ, wrong);
    }
    return out;
  }

  /** The response with {@code via} as a further Via field, right after its last one. */
  private static SipResponse withViaBelow(SipResponse response, Via via) {
    List<HeaderField> fields = new ArrayList<>(response.headers());
    int afterLastVia = 0;
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).is(HeaderName.VIA)) {
        afterLastVia = i + 1;
      }
    }
    fields.add(afterLastVia, HeaderField.of(HeaderName.VIA, via));
    return response.withHeaders(fields);
  }

  /**
   * Section 13.2.2.4: the ACK's CSeq number "MUST be the same as the INVITE being acknowledged".
   * With ack-wrong-cseq, the CSeq number of the wrong ACK sent after the core's; else empty.
   */
  OptionalLong wrongAckCseq(long inviteCseq) {
    if (!has(Misbehaviour.ACK_WRONG_CSEQ)) {
      return OptionalLong.empty();
    }
    note(Misbehaviour.ACK_WRONG_CSEQ, "a second ACK carries CSeq " + (inviteCseq + 1)
        + " for the INVITE with CSeq " + inviteCseq);
    return OptionalLong.of(inviteCseq + 1);
  }
}
