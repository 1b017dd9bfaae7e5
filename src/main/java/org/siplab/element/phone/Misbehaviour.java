package org.siplab.element.phone;

import java.util.Optional;

/**
 * A deliberate RFC 3261 violation a phone can be switched into, for teaching: the rule checker
 * catches each one under the rule named here. {@link Misbehaviours} is the one place that applies
 * them.
 */
public enum Misbehaviour {

  /** Section 12.2.1.1: a new request in a dialog repeats the previous CSeq number. */
  REUSE_CSEQ("reuse-cseq", "CSEQ-003"),

  /** Section 12.2.1.1: a new request in a dialog takes a CSeq number lower than the last. */
  LOWER_CSEQ("lower-cseq", "CSEQ-003"),

  /** Section 13.2.2.4: an ACK for a 2xx carries a CSeq number other than its INVITE's. */
  ACK_WRONG_CSEQ("ack-wrong-cseq", "CSEQ-006"),

  /** Section 8.1.3.5: the request retried after 401 or 407 takes a new Call-ID. */
  NEW_CALL_ID_ON_RETRY("new-call-id-on-retry", "CALLID-003"),

  /** Section 8.1.3.5: the request retried after 401 or 407 takes a new From tag. */
  NEW_FROM_TAG_ON_RETRY("new-from-tag-on-retry", "CALLID-003"),

  /** Section 8.1.1.7: branches lack the magic cookie z9hG4bK. */
  NO_MAGIC_COOKIE("no-magic-cookie", "VIA-001"),

  /** Section 8.2.6.2: responses this phone makes as a UAS carry no To tag. */
  DROP_TO_TAG("drop-to-tag", "TAG-002"),

  /** Section 8.1.1.3: requests this phone starts carry no From tag. */
  DROP_FROM_TAG("drop-from-tag", "TAG-001"),

  /** Section 8.1.1.7: a new transaction reuses the branch of an earlier one. */
  REUSE_BRANCH("reuse-branch", "VIA-002"),

  /** Section 8.2.6.2: responses carry a CSeq number other than their request's. */
  WRONG_RESPONSE_CSEQ("wrong-response-cseq", "CSEQ-002"),

  /**
   * Section 7.3.1: "Each header field consists of a field name followed by a colon (":") and the
   * field value." The requests it builds outside a dialog carry a line {@code User-Agent siplab},
   * without the colon, as a stack that glues header text together by hand might write it.
   */
  MISSING_COLON("missing-colon", "MSG-001"),

  /**
   * Section 8.1.1.5: the CSeq number "MUST be less than 2**31" in a request outside a dialog. Its
   * requests outside a dialog number their CSeq from 2**31 on.
   */
  HUGE_CSEQ("huge-cseq", "CSEQ-001"),

  /**
   * Section 17.1.1.2: to retransmit is "to take the message previously sent to the transport layer
   * and pass it to the transport layer once more". Its transaction layer rebuilds each
   * retransmission with the next CSeq number instead.
   */
  RENUMBER_RETRANSMISSIONS("renumber-retransmissions", "CSEQ-004"),

  /**
   * Section 9.1: "the numeric part of CSeq ... in the CANCEL request MUST be identical to" the
   * INVITE's. Its CANCEL carries the INVITE's number plus one.
   */
  CANCEL_WRONG_CSEQ("cancel-wrong-cseq", "CSEQ-005"),

  /**
   * Section 12.2.2: a request in a dialog with a CSeq "lower than the remote sequence number ...
   * MUST be rejected with a 500". It takes such a request as if it were in order.
   */
  ACCEPT_LOWER_CSEQ("accept-lower-cseq", "CSEQ-007"),

  /**
   * Section 10.2: "A UA MUST increment the CSeq value by one for each REGISTER request with the
   * same Call-ID". Each REGISTER after its first repeats the CSeq of the one before.
   */
  REUSE_REGISTER_CSEQ("reuse-register-cseq", "CSEQ-008"),

  /**
   * Section 8.1.1.4: the Call-ID "MUST be the same for all requests and responses sent by either
   * UA in a dialog". The requests it sends in a dialog carry a new Call-ID.
   */
  NEW_CALL_ID_IN_DIALOG("new-call-id-in-dialog", "CALLID-001"),

  /**
   * Section 8.1.1.4: the Call-ID "SHOULD be the same in each registration from a UA"; section
   * 10.2: "All registrations from a UAC SHOULD use the same Call-ID header field value for
   * registrations sent to a particular registrar". Each REGISTER that refreshes its
   * binding takes a new Call-ID.
   */
  NEW_CALL_ID_ON_REFRESH("new-call-id-on-refresh", "CALLID-002"),

  /**
   * Section 8.2.6.2: "The same tag MUST be used for all responses to that request, both final and
   * provisional". Each provisional response it makes (above 100) gets a To tag of its own.
   */
  CHANGE_TO_TAG("change-to-tag", "TAG-003"),

  /**
   * Section 12.2.1.1: "The tag in the To header field of the request MUST be set to the remote tag
   * of the dialog ID". The requests it sends in a dialog carry no To tag.
   */
  NO_TO_TAG_IN_DIALOG("no-to-tag-in-dialog", "TAG-004"),

  /**
   * Section 8.2.6.2: "The Via header field values in the response MUST equal the Via header field
   * values in the request". The responses it makes carry a Via of its own below the request's.
   */
  ADD_VIA_TO_RESPONSE("add-via-to-response", "VIA-003"),

  /**
   * Section 20, Table 2: Contact is "not applicable" to BYE, which "means that the header field
   * MUST NOT be present in a request". Its BYE carries its Contact, as SIPp's built-in scenarios
   * write theirs.
   */
  CONTACT_IN_BYE("contact-in-bye", "HDR-001"),

  /**
   * Section 9.1: "The Request-URI, Call-ID, To, the numeric part of CSeq, and From header fields
   * in the CANCEL request MUST be identical to those in the request being cancelled". Its CANCEL
   * has the address the INVITE was sent to as its Request-URI's host, the next hop taken for the
   * target; SIPp's built-in UAC also changes it (see scenarios/captures/sipp-cancel.pcap).
   */
  CANCEL_OTHER_URI("cancel-other-uri", "TX-001"),

  /**
   * Section 17.1.1.2: elements "MAY (though it is NOT RECOMMENDED) use smaller values of T1 within
   * closed, private networks", and "Whatever the value of T1, the exponential backoffs on
   * retransmissions described in this section MUST be used". Its transaction layer and 2xx
   * retransmission run on half the scenario's T1, still doubling, so its retransmissions come
   * early: the checker judges an INVITE's (Timer A) or another request's (Timer E) as a warning
   * for the smaller T1, a non-2xx final response's (Timer G) or a 2xx's by the rule of that timer.
   */
  HALF_T1("half-t1", "TIMER-001 to TIMER-004"),

  /**
   * Section 17.1.2.2: Timer E is reset with "MIN(2*T1, T2)"; section 17.1.1.2: Timer A "with a
   * value of 2*T1", and "Whatever the value of T1, the exponential backoffs on retransmissions
   * described in this section MUST be used". Its client transactions retransmit every T1 without
   * doubling, so every retransmission after the first comes early.
   */
  NO_BACKOFF("no-backoff", "TIMER-001 and TIMER-002"),

  /**
   * Sections 17.1.1.2 and 17.1.2.2: when Timer B or F fires, "the client transaction MUST
   * transition to the terminated state". After the timeout it passes the request to the transport
   * twice more, where Timer A or E would have fired next.
   */
  RETRANSMIT_AFTER_TIMEOUT("retransmit-after-timeout", "TIMER-005"),

  /**
   * RFC 2617 section 3.2.2 (section 22.4): every request signed with one nonce carries nc=1, as a
   * replay of the first would. No checker rule sees it; the server that checks the credentials
   * does ("if the same nc-value is seen twice, then the request is a replay").
   */
  REPLAY_NONCE_COUNT("replay-nonce-count", null);

  private final String token;
  private final String rule;

  Misbehaviour(String token, String rule) {
    this.token = token;
    this.rule = rule;
  }

  /** The switch as a scenario file writes it: {@code reuse-cseq}. */
  public String token() {
    return token;
  }

  /**
   * The id of the checker rule ({@code org.siplab.check.Catalog}) that catches it; for half-t1,
   * the range of timer rules, one of which each retransmission breaks; null when no rule does and
   * the server receiving the request catches it (replay-nonce-count).
   */
  public String rule() {
    return rule;
  }

  /** The switch a scenario file names, if there is one. */
  public static Optional<Misbehaviour> fromToken(String token) {
    for (Misbehaviour m : values()) {
      if (m.token.equals(token)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return token;
  }
}
