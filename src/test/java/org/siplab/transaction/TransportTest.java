package org.siplab.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.siplab.message.HeaderField;
import org.siplab.message.HeaderName;
import org.siplab.message.HostPort;
import org.siplab.message.MediaType;
import org.siplab.message.Method;
import org.siplab.message.Parameter;
import org.siplab.message.Parameters;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.Via;
import org.siplab.message.Warning;
import org.siplab.sim.Endpoint;

/** The UDP transport of section 18 with RFC 3581's rport. */
class TransportTest {

  private static final MediaType TEXT_PLAIN = new MediaType("text", "plain", Parameters.NONE);
  private static final Endpoint ALICE_5070 = new Endpoint(Sip.ALICE, 5070);

  private static final String BROKEN_OPTIONS = "OPTIONS sip:bob@192.0.2.2 SIP/2.0\r\n"
      + "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bKbad;rport\r\n"
      + "Max-Forwards: abc\r\n"
      + "From: <sip:alice@192.0.2.1>;tag=a1\r\n"
      + "To: <sip:bob@192.0.2.2>\r\n"
      + "Call-ID: c1\r\n"
      + "CSeq: 1 OPTIONS\r\n"
      + "Content-Length: 0\r\n\r\n";

  @Test
  @DisplayName("a request whose Via sent-by is a name gets received=<source address>, and its"
      + " response goes to that address and the sent-by port")
  void receivedForAName() {
    Rig rig = new Rig();
    RawPeer alice = rig.raw(ALICE_5070);
    RawPeer alice5060 = rig.raw(Rig.ALICE);
    Rig.Element bob = rig.element("bob", Rig.BOB);
    bob.user.onRequest = (request, tx) -> tx.respond(Sip.response(request, 200));
    alice.send(Rig.BOB, Sip.request(Method.OPTIONS, "z9hG4bKn",
        new HostPort("alice.example.com", 5060), 1));
    rig.scheduler.runUntil(1_000_000);
    Via top = bob.user.requests().get(0).topVia();
    assertEquals(Sip.ALICE, top.received());
    assertFalse(top.hasRport());
    assertEquals(1, alice5060.arrivalsOf("SIP/2.0 200").size());
    assertTrue(alice.arrivals.isEmpty());
  }

  @Test
  @DisplayName("a request whose Via sent-by is an IP address other than its source address gets"
      + " received=<source address> (section 18.2.1), and its response goes to that address and"
      + " the sent-by port (section 18.2.2), not to the sent-by address")
  void receivedForAnotherAddress() {
    Rig rig = new Rig();
    RawPeer alice = rig.raw(ALICE_5070);
    RawPeer alice5060 = rig.raw(Rig.ALICE);
    rig.network.addHost("carol", "192.0.2.77");
    RawPeer sentBy = rig.raw(new Endpoint("192.0.2.77", 5060));
    Rig.Element bob = rig.element("bob", Rig.BOB);
    bob.user.onRequest = (request, tx) -> tx.respond(Sip.response(request, 200));
    alice.send(Rig.BOB, Sip.request(Method.OPTIONS, "z9hG4bKip",
        new HostPort("192.0.2.77", 5060), 1));
    rig.scheduler.runUntil(1_000_000);
    Via top = bob.user.requests().get(0).topVia();
    assertEquals("192.0.2.77", top.sentBy().host());
    assertEquals(Sip.ALICE, top.received());
    assertFalse(top.hasRport());
    assertEquals(1, alice5060.arrivalsOf("SIP/2.0 200").size());
    assertTrue(alice.arrivals.isEmpty());
    assertTrue(sentBy.arrivals.isEmpty());
  }

  @Test
  @DisplayName("a request whose sent-by is its source address gets no received parameter")
  void noReceivedWhenSentByIsTheSource() {
    Rig rig = new Rig();
    RawPeer alice = rig.raw(Rig.ALICE);
    Rig.Element bob = rig.element("bob", Rig.BOB);
    alice.send(Rig.BOB, Sip.request(Method.OPTIONS, "z9hG4bKsame"));
    rig.scheduler.runUntil(1_000_000);
    assertNull(bob.user.requests().get(0).topVia().received());
  }

  @Test
  @DisplayName("a request whose top Via has rport without a value gets rport=<source port> and"
      + " received (RFC 3581 section 4), and its response goes to that address and port")
  void rportFilledIn() {
    Rig rig = new Rig();
    RawPeer alice = rig.raw(ALICE_5070);
    Rig.Element bob = rig.element("bob", Rig.BOB);
    bob.user.onRequest = (request, tx) -> tx.respond(Sip.response(request, 200));
    SipRequest options = Sip.request(Method.OPTIONS, "z9hG4bKrp");
    alice.send(Rig.BOB, bob.transport.outgoing(options));
    rig.scheduler.runUntil(1_000_000);
    Via top = bob.user.requests().get(0).topVia();
    assertEquals(5070, top.rport());
    assertEquals(Sip.ALICE, top.received());
    assertEquals(1, alice.arrivalsOf("SIP/2.0 200").size());
    assertEquals(5070, alice.arrivals.get(0).response().topVia().rport());
  }

  @Test
  @DisplayName("a transport adds rport without a value to the requests it sends, unless"
      + " configured not to")
  void clientAddsRport() {
    Rig rig = new Rig();
    Rig.Element alice = rig.element("alice", Rig.ALICE);
    Rig.Element quiet = rig.element("quiet", ALICE_5070, new TransportSettings(false));
    RawPeer bob = rig.raw(Rig.BOB);
    alice.layer.startClientTransaction(Sip.request(Method.OPTIONS, "z9hG4bKc1"), Rig.BOB);
    quiet.layer.startClientTransaction(Sip.request(Method.OPTIONS, "z9hG4bKc2",
        new HostPort(Sip.ALICE, 5070), 1), Rig.BOB);
    rig.scheduler.runUntil(100_000);
    Via first = bob.arrivals.get(0).request().topVia();
    Via second = bob.arrivals.get(1).request().topVia();
    assertTrue(first.hasRport());
    assertEquals(-1, first.rport());
    assertFalse(second.hasRport());
  }

  @Test
  @DisplayName("a response goes to the maddr of the top Via when it has one (section 18.2.2)")
  void maddrRoutesTheResponse() {
    Rig rig = new Rig();
    RawPeer alice = rig.raw(ALICE_5070);
    RawPeer alice5060 = rig.raw(Rig.ALICE);
    Rig.Element bob = rig.element("bob", Rig.BOB);
    bob.user.onRequest = (request, tx) -> tx.respond(Sip.response(request, 200));
    SipRequest options = Sip.request(Method.OPTIONS, "z9hG4bKma");
    Via withMaddr = options.topVia().withParameter(
        Parameter.of("maddr", Sip.ALICE));
    alice.send(Rig.BOB, options.withFirstValue(HeaderName.VIA, withMaddr));
    rig.scheduler.runUntil(1_000_000);
    assertEquals(1, alice5060.arrivalsOf("SIP/2.0 200").size());
  }

  @Test
  @DisplayName("an unparsable request that still has Via, From, To, Call-ID and CSeq gets 400 Bad"
      + " Request with a 399 Warning naming the first error, and never reaches the TU")
  void badRequestGets400() {
    Rig rig = new Rig();
    RawPeer alice = rig.raw(ALICE_5070);
    Rig.Element bob = rig.element("bob", Rig.BOB);
    alice.send(Rig.BOB, BROKEN_OPTIONS);
    rig.scheduler.runUntil(1_000_000);
    assertTrue(bob.user.calls.isEmpty());
    SipResponse answer = alice.arrivals.get(0).response();
    assertEquals(400, answer.status());
    assertEquals(List.of(new Warning(399, Sip.BOB, "3:15: Max-Forwards: expected the value"
        + " (digits), but found 'abc' (RFC 3261 section 20.22)")), answer.warnings());
    assertTrue(answer.to().tag() != null, "section 8.2.6.2: a To tag is added");
    assertEquals(5070, answer.topVia().rport());
    assertEquals("c1", answer.callId());
    DiscardedDatagram discarded = rig.observer.discarded.get(0);
    assertTrue(discarded.answered());
    assertEquals(1, discarded.diagnostics().stream().filter(d -> d.isError()).count());
    assertEquals(List.of("0 bob sends 400"), rig.observer.linesWith("sends"));
  }

  @Test
  @DisplayName("the 400 for the same broken request carries the same To tag (section 8.2.7)")
  void badRequestTagIsStable() {
    Rig rig = new Rig();
    RawPeer alice = rig.raw(ALICE_5070);
    rig.element("bob", Rig.BOB);
    alice.send(Rig.BOB, BROKEN_OPTIONS);
    alice.send(Rig.BOB, BROKEN_OPTIONS);
    rig.scheduler.runUntil(1_000_000);
    assertEquals(alice.arrivals.get(0).response().to().tag(),
        alice.arrivals.get(1).response().to().tag());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"OPTIONS <sip:bob@192.0.2.2> SIP/2.0",
      "OPTIONS sip:bob@192.0.2.2 ; x=y SIP/2.0", "OPTIONS sip:bob@192.0.2.2 SIP/2.0 extra"})
  @DisplayName("a request whose Request-Line cannot be read gets 400 from the fields after it, as"
      + " RFC 4475 sections 3.1.2.7 and 3.1.2.8 ask for a bracketed or spaced Request-URI")
  void unreadableRequestLineGets400(String requestLine) {
    Rig rig = new Rig();
    RawPeer alice = rig.raw(ALICE_5070);
    Rig.Element bob = rig.element("bob", Rig.BOB);
    alice.send(Rig.BOB, BROKEN_OPTIONS.replace("OPTIONS sip:bob@192.0.2.2 SIP/2.0", requestLine)
        .replace("Max-Forwards: abc", "Max-Forwards: 70"));
    rig.scheduler.runUntil(1_000_000);
    assertTrue(bob.user.calls.isEmpty());
    SipResponse answer = alice.arrivals.get(0).response();
    assertEquals(400, answer.status());
    assertTrue(answer.warnings().get(0).warnText().startsWith("1:"), answer.warnings()::toString);
    assertEquals(5070, answer.topVia().rport(), "the Via is marked as for any request");
    assertEquals("OPTIONS", answer.cseq().method().name());
    assertTrue(answer.to().tag() != null);
    assertTrue(rig.observer.discarded.get(0).answered());
  }

  @Test
  @DisplayName("after an unreadable start line, an ACK (by its CSeq) and a broken Status-Line are"
      + " dropped, never answered")
  void unreadableAckOrStatusLineIsDropped() {
    Rig rig = new Rig();
    RawPeer alice = rig.raw(ALICE_5070);
    rig.element("bob", Rig.BOB);
    String fine = BROKEN_OPTIONS.replace("Max-Forwards: abc", "Max-Forwards: 70");
    alice.send(Rig.BOB, fine.replace("OPTIONS sip:bob@192.0.2.2 SIP/2.0", "ACK <sip:bob@192.0.2.2>"
        + " SIP/2.0").replace("CSeq: 1 OPTIONS", "CSeq: 1 ACK"));
    alice.send(Rig.BOB, fine.replace("OPTIONS sip:bob@192.0.2.2 SIP/2.0", "SIP/2.0 2000 OK"));
    rig.scheduler.runUntil(1_000_000);
    assertTrue(alice.arrivals.isEmpty());
    assertEquals(2, rig.observer.discarded.size());
    assertTrue(rig.observer.discarded.stream().noneMatch(DiscardedDatagram::answered));
  }

  @Test
  @DisplayName("an unparsable request without a readable From is dropped and reported")
  void hopelessRequestIsDropped() {
    Rig rig = new Rig();
    RawPeer alice = rig.raw(Rig.ALICE);
    Rig.Element bob = rig.element("bob", Rig.BOB);
    alice.send(Rig.BOB, BROKEN_OPTIONS.replace("Max-Forwards: abc", "Max-Forwards: 70")
        .replace("From: <sip:alice@192.0.2.1>;tag=a1", "From: garbage<<"));
    alice.send(Rig.BOB, "this is not SIP at all\r\n\r\n");
    rig.scheduler.runUntil(1_000_000);
    assertTrue(alice.arrivals.isEmpty());
    assertTrue(bob.user.calls.isEmpty());
    assertEquals(2, rig.observer.discarded.size());
    assertTrue(rig.observer.discarded.stream().noneMatch(DiscardedDatagram::answered));
    assertTrue(rig.observer.discarded.get(0).reason().contains("From: the '<' opened here"));
  }

  @Test
  @DisplayName("an unparsable response is dropped and reported")
  void brokenResponseIsDropped() {
    Rig rig = new Rig();
    Rig.Element alice = rig.element("alice", Rig.ALICE);
    RawPeer bob = rig.raw(Rig.BOB);
    bob.send(Rig.ALICE, "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bKx\r\n"
        + "From: <sip:alice@192.0.2.1>;tag=a1\r\nTo: <sip:bob@192.0.2.2>\r\nCall-ID: c1\r\n"
        + "CSeq: x OPTIONS\r\n\r\n");
    rig.scheduler.runUntil(1_000_000);
    assertTrue(alice.user.calls.isEmpty());
    assertTrue(bob.arrivals.isEmpty());
    assertEquals(1, rig.observer.discarded.size());
    assertFalse(rig.observer.discarded.get(0).answered());
  }

  @Test
  @DisplayName("a response whose top Via sent-by is not this transport's is silently discarded"
      + " (section 18.1.2), and the reason is reported")
  void foreignResponseIsDiscarded() {
    Rig rig = new Rig();
    Rig.Element alice = rig.element("alice", Rig.ALICE);
    RawPeer bob = rig.raw(Rig.BOB);
    ClientTransaction options =
        alice.layer.startClientTransaction(Sip.request(Method.OPTIONS, "z9hG4bKf"), Rig.BOB);
    SipResponse ok = Sip.response(options.request(), 200);
    Via elsewhere = Via.udp(new HostPort("192.0.2.99", 5060), "z9hG4bKf");
    bob.sendAt(100_000, Rig.ALICE, ok.withFirstValue(HeaderName.VIA, elsewhere));
    bob.sendAt(200_000, Rig.ALICE, ok.withFirstValue(HeaderName.VIA,
        Via.udp(new HostPort(Sip.ALICE, 5070), "z9hG4bKf")));
    rig.scheduler.runUntil(300_000);
    assertTrue(alice.user.calls.isEmpty());
    assertTrue(bob.arrivals.stream().noneMatch(a -> a.text().startsWith("SIP")));
    assertEquals(2, rig.observer.discarded.size());
    assertTrue(rig.observer.discarded.get(0).reason().contains("192.0.2.99:5060"));
    assertTrue(rig.observer.discarded.get(0).diagnostics().isEmpty());
  }

  @Test
  @DisplayName("a user agent's transport discards a response with a second Via below its own"
      + " (section 8.1.3.3), so its client transaction retransmits as if it were lost; a"
      + " proxy's transport takes it")
  void userAgentDiscardsAResponseWithTwoVias() {
    Rig rig = new Rig();
    Rig.Element ua = rig.element("alice", Rig.ALICE, TransportSettings.DEFAULT.forUserAgent());
    Rig.Element proxy = rig.element("proxy", ALICE_5070, TransportSettings.DEFAULT);
    RawPeer bob = rig.raw(Rig.BOB);
    ClientTransaction fromUa =
        ua.layer.startClientTransaction(Sip.request(Method.OPTIONS, "z9hG4bKua"), Rig.BOB);
    ClientTransaction fromProxy = proxy.layer.startClientTransaction(Sip.request(Method.OPTIONS,
        "z9hG4bKpx", new HostPort(Sip.ALICE, 5070), 1), Rig.BOB);
    Via below = Via.udp(new HostPort("192.0.2.99", 5060), "z9hG4bKbelow");
    SipResponse toUa = Sip.response(fromUa.request(), 200);
    SipResponse toProxy = Sip.response(fromProxy.request(), 200);
    bob.sendAt(100_000, Rig.ALICE, toUa.withHeaders(withSecondVia(toUa, below)));
    bob.sendAt(100_000, ALICE_5070, toProxy.withHeaders(withSecondVia(toProxy, below)));
    rig.scheduler.runUntil(1_000_000);
    assertTrue(ua.user.calls.isEmpty(), ua.user.calls.toString());
    assertEquals(1, proxy.user.calls.size(), proxy.user.calls.toString());
    assertEquals(1, rig.observer.discarded.size());
    assertTrue(rig.observer.discarded.get(0).reason().contains("2 Via values"),
        rig.observer.discarded.get(0).reason());
    assertTrue(rig.observer.discarded.get(0).reason().contains("section 8.1.3.3"));
    assertEquals(2, bob.arrivals.stream().filter(a -> a.text().contains("z9hG4bKua")).count(),
        "the UA's request is retransmitted by Timer E (at 0.5 s) as if the response were lost");
  }

  /** The response's fields with {@code below} as a second Via field after its own. */
  private static List<HeaderField> withSecondVia(SipResponse response, Via below) {
    List<HeaderField> fields = new ArrayList<>();
    for (HeaderField f : response.headers()) {
      fields.add(f);
      if (f.is(HeaderName.VIA)) {
        fields.add(HeaderField.of(HeaderName.VIA, below));
      }
    }
    return fields;
  }

  @Test
  @DisplayName("a request too large for one UDP datagram is a transport error: the client"
      + " transaction tells the TU and terminates")
  void oversizedRequestIsATransportError() {
    Rig rig = new Rig();
    Rig.Element alice = rig.element("alice", Rig.ALICE);
    RawPeer bob = rig.raw(Rig.BOB);
    SipRequest huge = Sip.request(Method.MESSAGE, "z9hG4bKbig")
        .withBody(TEXT_PLAIN, new byte[70_000]);
    ClientTransaction transaction = alice.layer.startClientTransaction(huge, Rig.BOB);
    rig.scheduler.runUntilIdle();
    assertTrue(transaction.isTerminated());
    assertEquals(List.of("transport error"), alice.user.whats());
    assertTrue(((String) alice.user.calls.get(0).message()).contains("70"));
    assertTrue(bob.arrivals.isEmpty());
    assertEquals(0, alice.transactionCount());
  }

  @Test
  @DisplayName("a response too large to send is a transport error of the server transaction,"
      + " which tells the TU and, for a non-INVITE, terminates")
  void oversizedResponseIsATransportError() {
    Rig rig = new Rig();
    RawPeer alice = rig.raw(Rig.ALICE);
    Rig.Element bob = rig.element("bob", Rig.BOB);
    bob.user.onRequest = (request, tx) -> tx.respond(Sip.response(request, 200)
        .withBody(TEXT_PLAIN, new byte[70_000]));
    alice.send(Rig.BOB, Sip.request(Method.OPTIONS, "z9hG4bKbig2"));
    rig.scheduler.runUntilIdle();
    assertEquals(List.of("request OPTIONS", "transport error"), bob.user.whats());
    assertEquals(0, bob.transactionCount());
    assertTrue(alice.arrivals.isEmpty());
  }
  @Test
  @DisplayName("an INVITE server transaction whose final response cannot be sent still runs"
      + " Timers G and H in Completed, tells the TU of each failure, and ends when H fires")
  void unsendableFinalResponseStillEndsByTimerH() {
    Rig rig = new Rig();
    RawPeer alice = rig.raw(Rig.ALICE);
    Rig.Element bob = rig.element("bob", Rig.BOB);
    bob.user.onRequest = (request, tx) -> tx.respond(Sip.response(request, 486));
    alice.send(Rig.BOB, unresolvableMaddr(Sip.request(Method.INVITE, "z9hG4bKnoway")));
    rig.scheduler.runUntil(31_900_000);
    assertEquals(1, bob.transactionCount(), "Timer H (64*T1 = 32 s) has not fired yet");
    rig.scheduler.runUntilIdle();
    List<String> whats = bob.user.whats();
    assertEquals("request INVITE", whats.get(0));
    assertEquals("transport error", whats.get(1));
    assertEquals("timeout H", whats.get(whats.size() - 1));
    assertTrue(whats.stream().filter("transport error"::equals).count() > 1,
        "each retransmission by Timer G fails too: " + whats);
    assertEquals(0, bob.transactionCount());
    assertTrue(alice.arrivals.isEmpty());
  }

  @Test
  @DisplayName("an INVITE server transaction whose 2xx cannot be sent still runs Timer L in"
      + " Accepted and ends when it fires (RFC 6026 section 8.7)")
  void unsendable2xxStillEndsByTimerL() {
    Rig rig = new Rig();
    RawPeer alice = rig.raw(Rig.ALICE);
    Rig.Element bob = rig.element("bob", Rig.BOB);
    bob.user.onRequest = (request, tx) -> tx.respond(Sip.response(request, 200)
        .with(HeaderName.TO, request.to().withTag("b1")));
    alice.send(Rig.BOB, unresolvableMaddr(Sip.request(Method.INVITE, "z9hG4bKnoway2")));
    rig.scheduler.runUntil(31_900_000);
    assertEquals(1, bob.transactionCount(), "Timer L (64*T1 = 32 s) has not fired yet");
    rig.scheduler.runUntilIdle();
    assertEquals(List.of("request INVITE", "transport error"), bob.user.whats());
    assertEquals(0, bob.transactionCount());
  }

  /** The request with a maddr that names a host: siplab's network resolves no names. */
  private static SipRequest unresolvableMaddr(SipRequest request) {
    Via top = request.topVia().withParameter(Parameter.of("maddr", "proxy.example.com"));
    return request.withFirstValue(HeaderName.VIA, top);
  }
}
