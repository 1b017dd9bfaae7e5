package org.siplab.element.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("each misbehaviour switch breaks its rule, and the rule checker catches it (or, for"
    + " replay-nonce-count, finds nothing: the server catches that one)")
class MisbehaviourTest {

  @ParameterizedTest(name = "{0}")
  @EnumSource(Misbehaviour.class)
  @DisplayName("a phone switched to misbehave is caught by exactly the checker rule the switch"
      + " names, and says in the trace that it misbehaves")
  void caughtByItsRule(Misbehaviour m) {
    PhoneLab lab = scenario(m);
    assertEquals(expectedRules(m), lab.rules(), lab.findings() + "\n" + lab.dump());
    assertTrue(lab.notes(misbehaving(m)).stream()
        .anyMatch(n -> n.startsWith("misbehaves: " + m.token())), lab.dump());
  }

  /**
   * The rule the switch names; half-t1 names the four timer rules, and its flow, an INVITE whose
   * first transmission is lost, shows Timer A's; no-backoff names Timers A's and E's, and its
   * flow, an INVITE lost twice, shows Timer A's. accept-lower-cseq needs a request with a lower
   * CSeq to take, which the other phone's lower-cseq sends (CSEQ-003).
   */
  private static List<String> expectedRules(Misbehaviour m) {
    switch (m) {
      case HALF_T1:
      case NO_BACKOFF:
        return List.of("TIMER-001");
      case ACCEPT_LOWER_CSEQ:
        return List.of("CSEQ-003", "CSEQ-007");
      default:
        return m.rule() == null ? List.of() : List.of(m.rule());
    }
  }

  /** The phone that misbehaves: bob for the switches of a UAS, else alice. */
  private static String misbehaving(Misbehaviour m) {
    switch (m) {
      case DROP_TO_TAG:
      case WRONG_RESPONSE_CSEQ:
      case CHANGE_TO_TAG:
      case ADD_VIA_TO_RESPONSE:
      case ACCEPT_LOWER_CSEQ:
        return "bob";
      default:
        return "alice";
    }
  }

  /** A flow that gives the switch a chance to act: alice misbehaves, or bob as the UAS. */
  private static PhoneLab scenario(Misbehaviour m) {
    switch (m) {
      case REUSE_CSEQ:
      case LOWER_CSEQ:
      case ACK_WRONG_CSEQ:
      case NO_MAGIC_COOKIE:
      case DROP_FROM_TAG:
      case MISSING_COLON:
      case HUGE_CSEQ:
      case NEW_CALL_ID_IN_DIALOG:
      case NO_TO_TAG_IN_DIALOG:
      case CONTACT_IN_BYE:
        return callAndHangUp(Phones.alice().withMisbehave(m), Phones.bob());
      case DROP_TO_TAG:
      case WRONG_RESPONSE_CSEQ:
      case CHANGE_TO_TAG:
      case ADD_VIA_TO_RESPONSE:
        return callAndHangUp(Phones.alice(), Phones.bob().withMisbehave(m));
      case ACCEPT_LOWER_CSEQ:
        return infoInCall(Phones.alice().withMisbehave(Misbehaviour.LOWER_CSEQ),
            Phones.bob().withMisbehave(m));
      case NEW_CALL_ID_ON_RETRY:
      case NEW_FROM_TAG_ON_RETRY:
        return challengedCall(Phones.alice().withMisbehave(m));
      case REUSE_BRANCH:
        return optionsThenMessage(Phones.alice().withMisbehave(m));
      case RENUMBER_RETRANSMISSIONS:
        return callWithLoss(Phones.alice().withMisbehave(m), "bob", "alice", "SIP/2.0 180");
      case HALF_T1:
        return callWithLoss(Phones.alice().withMisbehave(m), "alice", "bob", "INVITE");
      case NO_BACKOFF:
        return callWithLosses(Phones.alice().withMisbehave(m), 2);
      case CANCEL_WRONG_CSEQ:
      case CANCEL_OTHER_URI:
        return cancelledCall(Phones.alice().withMisbehave(m));
      case REUSE_REGISTER_CSEQ:
      case NEW_CALL_ID_ON_REFRESH:
        return registration(Phones.alice().withMisbehave(m));
      case RETRANSMIT_AFTER_TIMEOUT:
        return unansweredCall(Phones.alice().withMisbehave(m));
      case REPLAY_NONCE_COUNT:
        return ReplayNonceCountTest.registerTwice(Phones.alice().withMisbehave(m));
      default:
        throw new AssertionError(m);
    }
  }

  private static PhoneLab callAndHangUp(PhoneConfig alice, PhoneConfig bob) {
    PhoneLab lab = Phones.direct(alice, bob.withAnswer(Phones.answering(1_000_000, 200)));
    lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
    lab.at(3_000_000, "alice", "hang up", () -> Phones.phone(lab, "alice").hangup());
    lab.runUntil(40_000_000);
    return lab;
  }

  /** A call in which alice sends INFO, and bob hangs up. */
  private static PhoneLab infoInCall(PhoneConfig alice, PhoneConfig bob) {
    PhoneLab lab = Phones.direct(alice, bob.withAnswer(Phones.answering(1_000_000, 200)));
    lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
    lab.at(2_000_000, "alice", "INFO", () -> Phones.phone(lab, "alice").info());
    lab.at(3_000_000, "bob", "hang up", () -> Phones.phone(lab, "bob").hangup());
    lab.runUntil(40_000_000);
    return lab;
  }

  /**
   * A call and hang-up in which the network loses alice's first {@code losses} INVITEs, so that
   * a retransmission after the first shows how Timer A was reset.
   */
  private static PhoneLab callWithLosses(PhoneConfig alice, int losses) {
    PhoneLab lab = Phones.direct(alice, Phones.bob().withAnswer(Phones.answering(1_000_000, 200)));
    for (int n = 1; n <= losses; n++) {
      lab.dropNth(n, "alice", "bob", "INVITE");
    }
    lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
    lab.at(3_000_000, "alice", "hang up", () -> Phones.phone(lab, "alice").hangup());
    lab.runUntil(40_000_000);
    return lab;
  }

  /** A call and hang-up in which the network loses the first message that starts so. */
  private static PhoneLab callWithLoss(PhoneConfig alice, String from, String to, String start) {
    PhoneLab lab = Phones.direct(alice, Phones.bob().withAnswer(Phones.answering(1_000_000, 200)));
    lab.dropNth(1, from, to, start);
    lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
    lab.at(3_000_000, "alice", "hang up", () -> Phones.phone(lab, "alice").hangup());
    lab.runUntil(40_000_000);
    return lab;
  }

  private static PhoneLab cancelledCall(PhoneConfig alice) {
    PhoneLab lab = Phones.direct(alice, Phones.bob().withAnswer(Phones.ringingForever()));
    lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
    lab.at(1_000_000, "alice", "cancel", () -> Phones.phone(lab, "alice").cancel());
    lab.runUntil(40_000_000);
    return lab;
  }

  /** Alice registers with a challenging registrar that grants 90 s, and refreshes once. */
  private static PhoneLab registration(PhoneConfig alice) {
    PhoneLab lab = new PhoneLab();
    lab.registrar("registrar", "192.0.2.10", "atlanta.example.com",
        Map.of("alice", "cleartext"), 90);
    lab.phone("alice", "192.0.2.101", alice.withRegistrar("registrar"));
    lab.at(0, "alice", "register", () -> Phones.phone(lab, "alice").register());
    lab.runUntil(70_000_000);
    return lab;
  }

  /** Alice calls bob over a link that loses everything, past Timer B and long after. */
  private static PhoneLab unansweredCall(PhoneConfig alice) {
    PhoneLab lab = Phones.direct(alice, Phones.bob());
    lab.dropAll("alice", "bob");
    lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
    lab.runUntil(130_000_000);
    return lab;
  }

  private static PhoneLab challengedCall(PhoneConfig alice) {
    PhoneLab lab = new PhoneLab();
    lab.phone("alice", "192.0.2.101", alice.withProxies("proxy-1"));
    Phone bob = lab.phone("bob", "192.0.2.201", Phones.bob());
    lab.proxy("proxy-1", "192.0.2.10", "atlanta.example.com", Map.of("alice", "cleartext"),
        false, PhoneLab.locate(Phones.BOB, bob));
    lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
    lab.runUntil(3_000_000);
    return lab;
  }

  private static PhoneLab optionsThenMessage(PhoneConfig alice) {
    PhoneLab lab = Phones.direct(alice, Phones.bob());
    lab.at(0, "alice", "OPTIONS", () -> Phones.phone(lab, "alice").options("bob"));
    lab.at(1_000_000, "alice", "MESSAGE", () -> Phones.phone(lab, "alice").message("bob", "hi"));
    lab.runUntil(2_000_000);
    return lab;
  }
}
