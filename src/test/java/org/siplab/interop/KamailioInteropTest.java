package org.siplab.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.siplab.codec.Diagnostic;
import org.siplab.codec.ParseResult;
import org.siplab.element.phone.PhoneConfig;
import org.siplab.element.phone.PhoneEvent;
import org.siplab.message.NameAddress;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;

/**
 * siplab's phones register with digest authentication at, and call through, a real registrar and
 * proxy, Kamailio 5.6, over real UDP on 127.0.0.1: Kamailio accepts siplab's digest answers
 * (RFC 2617, RFC 3261 section 22), siplab's phones follow Kamailio's Record-Route (sections
 * 16.12 and 12.2.1.1), siplab's parser reads every datagram Kamailio sent, and siplab's rule
 * checker finds nothing in the run's trace.
 */
@DisplayName("siplab interoperates with the Kamailio registrar and proxy over real UDP")
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class KamailioInteropTest {

  /** How long the bridge runs at most; each exchange here takes a few milliseconds. */
  private static final long RUN_LIMIT_MILLIS = 8_000;

  /**
   * Rings (180) at once, answers 200 after 400 ms. The bridge records a datagram from Kamailio
   * when it reads it, between runs of the simulation; the first INVITE a fresh JVM handles can
   * keep it busy for 100 ms (class loading, compiling), and an answer due in that time would be
   * recorded before Kamailio's 180 that came first.
   */
  private static final PhoneConfig.Answer ANSWER_AFTER_400_MS =
      new PhoneConfig.Answer(400_000, OptionalInt.of(200), true, false);

  /**
   * The call of {@link #twoSiplabPhonesCallThroughKamailio}, after the two registrations. The ACK
   * of the 407 goes to Kamailio alone (section 17.1.1.3: a non-2xx is ACKed hop by hop); the ACK
   * of the 200 and the BYE go through Kamailio by the Route of its Record-Route (section
   * 12.2.1.1). Kamailio's 100 Trying to the INVITE (section 16.2) is not in this list: it and
   * the forwarded INVITE leave Kamailio together, so bob's 180 may be read before it.
   */
  private static final List<String> CALL_LADDER = List.of(
      "alice>kamailio INVITE", "kamailio>alice 407", "alice>kamailio ACK",
      "alice>kamailio INVITE", "kamailio>bob INVITE", "bob>kamailio 180", "kamailio>alice 180",
      "bob>kamailio 200", "kamailio>alice 200",
      "alice>kamailio ACK", "kamailio>bob ACK",
      "alice>kamailio BYE", "kamailio>bob BYE", "bob>kamailio 200", "kamailio>alice 200");

  @TempDir Path dir;

  @BeforeEach
  void needsKamailio() {
    assumeTrue(Kamailio.executable().isPresent(), "Kamailio is not installed (no kamailio on"
        + " the PATH or in /usr/sbin; Debian and Ubuntu: apt-get install kamailio)");
  }

  @Test
  @DisplayName("a siplab phone REGISTERs at Kamailio, answers its 401 challenge with siplab's"
      + " digest client, and gets 200 OK listing its binding")
  void aSiplabPhoneRegistersWithDigestAuthentication() {
    try (KamailioLab lab = new KamailioLab(dir, List.of(
        KamailioLab.phone("alice", UnaryOperator.identity())))) {
      lab.soon("alice", 0, "register", lab.phone("alice")::register);
      assertTrue(lab.runUntil(() -> !lab.events("alice").isEmpty(), RUN_LIMIT_MILLIS),
          "the registration did not end\n" + lab.dump());
      assertEquals(List.of("registered"), lab.events("alice"), lab.dump());
      assertEquals(List.of("alice>kamailio REGISTER", "kamailio>alice 401",
          "alice>kamailio REGISTER", "kamailio>alice 200"), lab.ladder(), lab.dump());
      assertChallengeAnswered(lab, "alice", "WWW-Authenticate", "Authorization");
      List<SipMessage> answers = lab.sent(KamailioLab.KAMAILIO, "alice");
      assertEquals(List.of(lab.phone("alice").contact().uri().text()),
          answers.get(1).contacts().stream().map(c -> c.uri().text()).toList(), lab.dump());
      assertKamailioMessagesParse(lab);
      assertEquals(List.of(), lab.findings(), lab.dump());
    }
  }

  @Test
  @DisplayName("Kamailio refuses a siplab phone with the wrong password: a second 401, and the"
      + " phone gives up instead of retrying for ever (RFC 3665 section 2.5)")
  void kamailioRefusesTheWrongPassword() {
    try (KamailioLab lab = new KamailioLab(dir, List.of(
        KamailioLab.phone("alice", c -> c.withPassword("not-" + KamailioLab.PASSWORD))))) {
      lab.soon("alice", 0, "register", lab.phone("alice")::register);
      assertTrue(lab.runUntil(() -> !lab.events("alice").isEmpty(), RUN_LIMIT_MILLIS),
          "the registration did not end\n" + lab.dump());
      assertEquals(List.of("registration-failed"), lab.events("alice"), lab.dump());
      assertEquals(List.of("alice>kamailio REGISTER", "kamailio>alice 401",
          "alice>kamailio REGISTER", "kamailio>alice 401"), lab.ladder(), lab.dump());
      assertKamailioMessagesParse(lab);
      assertEquals(List.of(), lab.findings(), lab.dump());
    }
  }

  @Test
  @DisplayName("two registered siplab phones call each other through Kamailio: the INVITE is"
      + " challenged with 407 and retried with credentials; 180, 200, ACK, BYE and 200 follow"
      + " Kamailio's Record-Route")
  void twoSiplabPhonesCallThroughKamailio() {
    try (KamailioLab lab = new KamailioLab(dir, List.of(
        KamailioLab.phone("alice", UnaryOperator.identity()),
        KamailioLab.phone("bob", c -> c.withAnswer(ANSWER_AFTER_400_MS))))) {
      registerBoth(lab);
      lab.phone("alice").listen((phone, event, detail) -> {
        if (event == PhoneEvent.IN_CALL) {
          lab.soon("alice", 200_000, "hang up", phone::hangup);
        }
      });
      lab.soon("alice", 0, "call bob", () -> lab.phone("alice").call(lab.aor("bob")));
      assertTrue(lab.runUntil(() -> lab.answeredTo("alice", 200, "BYE"), RUN_LIMIT_MILLIS),
          "the call did not end\n" + lab.dump());
      assertCallLadder(lab);
      assertRecordRouteFollowed(lab);
      assertEquals(List.of("registered", "ringing", "answered", "in-call", "ended"),
          lab.events("alice"), lab.dump());
      assertEquals(List.of("registered", "incoming", "ringing", "answered", "in-call", "ended"),
          lab.events("bob"), lab.dump());
      assertKamailioMessagesParse(lab);
      assertEquals(List.of(), lab.findings(), lab.dump());
    }
  }

  /**
   * After the two registrations (four datagrams each), the call is {@link #CALL_LADDER} with one
   * 100 Trying to alice somewhere after her second INVITE.
   */
  private static void assertCallLadder(KamailioLab lab) {
    String trying = "kamailio>alice 100";
    List<String> call = lab.ladder().subList(8, lab.ladder().size());
    assertEquals(1, Collections.frequency(call, trying), lab.dump());
    assertTrue(call.indexOf(trying) > call.lastIndexOf("alice>kamailio INVITE"), lab.dump());
    assertEquals(CALL_LADDER, call.stream().filter(line -> !line.equals(trying)).toList(),
        lab.dump());
  }

  /**
   * Kamailio's Record-Route reaches bob in the INVITE and alice in the 200; bob's 200 copies it
   * (section 12.1.1); alice's ACK and BYE go to bob's Contact as Request-URI with Kamailio's URI
   * as their Route (section 12.2.1.1: a loose router, its URI has "lr").
   */
  private static void assertRecordRouteFollowed(KamailioLab lab) {
    SipMessage forwarded = requestOf(lab.sent(KamailioLab.KAMAILIO, "bob"), "INVITE");
    assertEquals(1, forwarded.recordRoutes().size(), lab.dump());
    String recordRoute = forwarded.recordRoutes().get(0).text();
    assertTrue(recordRoute.contains(";lr"), recordRoute);
    SipMessage answer = lab.sent("bob", KamailioLab.KAMAILIO).stream()
        .filter(m -> m instanceof SipResponse r && r.status() == 200).findFirst().orElseThrow();
    assertEquals(List.of(recordRoute), texts(answer.recordRoutes()), lab.dump());
    String bobContact = lab.phone("bob").contact().uri().text();
    List<SipMessage> fromAlice = lab.sent("alice", KamailioLab.KAMAILIO);
    // Her last two: the ACK of the 200 and the BYE.
    for (SipMessage m : fromAlice.subList(fromAlice.size() - 2, fromAlice.size())) {
      SipRequest inDialog = (SipRequest) m;
      assertEquals(bobContact, inDialog.requestUri().text(), lab.dump());
      assertEquals(List.of(recordRoute), texts(inDialog.routes()), lab.dump());
    }
  }

  private static SipMessage requestOf(List<SipMessage> messages, String method) {
    return messages.stream().filter(m -> m instanceof SipRequest r
        && r.method().name().equals(method)).findFirst().orElseThrow();
  }

  private static List<String> texts(List<NameAddress> values) {
    return values.stream().map(NameAddress::text).toList();
  }

  /** Both phones REGISTER at once, each answering its own 401; both end registered. */
  private static void registerBoth(KamailioLab lab) {
    lab.soon("alice", 0, "register", lab.phone("alice")::register);
    lab.soon("bob", 0, "register", lab.phone("bob")::register);
    assertTrue(lab.runUntil(() -> lab.heard("alice", PhoneEvent.REGISTERED)
        && lab.heard("bob", PhoneEvent.REGISTERED), RUN_LIMIT_MILLIS),
        "the phones did not both register\n" + lab.dump());
  }

  /**
   * The challenge (section 22.1) carries the realm, a nonce and qop=auth, and the retry answers
   * it with the realm and nonce of the challenge, a cnonce and nc=00000001 (RFC 2617 section
   * 3.2.2).
   */
  private static void assertChallengeAnswered(KamailioLab lab, String phone, String challenge,
      String answer) {
    SipMessage challenged = lab.sent(KamailioLab.KAMAILIO, phone).get(0);
    SipMessage retry = lab.sent(phone, KamailioLab.KAMAILIO).get(1);
    var offered = challenge.equals("WWW-Authenticate") ? challenged.wwwAuthenticate().get(0)
        : challenged.proxyAuthenticate().get(0);
    var given = answer.equals("Authorization") ? retry.authorization().get(0)
        : retry.proxyAuthorization().get(0);
    assertEquals("siplab-interop", offered.parameter("realm"), lab.dump());
    assertEquals("auth", offered.parameter("qop"), lab.dump());
    assertEquals(offered.parameter("realm"), given.parameter("realm"), lab.dump());
    assertEquals(offered.parameter("nonce"), given.parameter("nonce"), lab.dump());
    assertEquals(phone, given.parameter("username"), lab.dump());
    assertEquals("auth", given.parameter("qop"), lab.dump());
    assertEquals("00000001", given.parameter("nc"), lab.dump());
    assertFalse(given.parameter("cnonce").isEmpty(), lab.dump());
  }

  /** siplab's parser reads every datagram Kamailio sent without an error or a warning. */
  private static void assertKamailioMessagesParse(KamailioLab lab) {
    List<ParseResult> parsed = lab.kamailioMessages();
    assertFalse(parsed.isEmpty(), "Kamailio sent nothing\n" + lab.dump());
    for (ParseResult result : parsed) {
      List<Diagnostic> diagnostics = result.diagnostics();
      assertEquals(List.of(), diagnostics.stream().map(Diagnostic::toString).toList(),
          lab.dump());
    }
  }
}
