package org.siplab.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.codec.SipParser;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;

@DisplayName("dialogs (RFC 3261 section 12)")
class DialogTest {

  private static final String INVITE = String.join("\r\n",
      "INVITE sip:bob@biloxi.example.com SIP/2.0",
      "Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK74bf9",
      "Max-Forwards: 70",
      "From: Alice <sip:alice@atlanta.example.com>;tag=9fxced76sl",
      "To: Bob <sip:bob@biloxi.example.com>",
      "Call-ID: 3848276298220188511@atlanta.example.com",
      "CSeq: 7 INVITE",
      "Record-Route: <sip:p2.biloxi.example.com;lr>, <sip:p1.atlanta.example.com;lr>",
      "Contact: <sip:alice@client.atlanta.example.com>",
      "Content-Length: 0", "", "");

  private static final String OK = String.join("\r\n",
      "SIP/2.0 200 OK",
      "Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK74bf9",
      "From: Alice <sip:alice@atlanta.example.com>;tag=9fxced76sl",
      "To: Bob <sip:bob@biloxi.example.com>;tag=8321234356",
      "Call-ID: 3848276298220188511@atlanta.example.com",
      "CSeq: 7 INVITE",
      "Record-Route: <sip:p2.biloxi.example.com;lr>, <sip:p1.atlanta.example.com;lr>",
      "Contact: <sip:bob@client.biloxi.example.com>",
      "Content-Length: 0", "", "");

  private static SipRequest invite() {
    return (SipRequest) SipParser.parse(INVITE).orThrow();
  }

  private static SipResponse ok() {
    return (SipResponse) SipParser.parse(OK).orThrow();
  }

  @Test
  @DisplayName("the UAC's route set is the 2xx's Record-Route reversed, and its target the Contact")
  void uacDialogFromA2xx() {
    Dialog d = Dialog.asUac(invite(), ok());
    assertEquals(DialogState.CONFIRMED, d.state());
    assertEquals(new DialogId("3848276298220188511@atlanta.example.com", "9fxced76sl",
        "8321234356"), d.id());
    assertEquals("sip:p1.atlanta.example.com;lr", d.routeSet().get(0).uri().toString());
    assertEquals("sip:bob@client.biloxi.example.com", d.remoteTarget().toString());
    assertEquals(7, d.localCseq());
    assertEquals(Dialog.EMPTY, d.remoteCseq());
  }

  @Test
  @DisplayName("a 2xx that confirms an early dialog recomputes its route set from the 2xx's"
      + " Record-Route (section 13.2.2.4)")
  void confirmingA2xxRecomputesTheRouteSet() {
    SipResponse ringing = (SipResponse) SipParser.parse(OK.replace("200 OK", "180 Ringing")
        .replaceAll("Record-Route: [^\\r]*\\r\\n", "")).orThrow();
    Dialog early = Dialog.asUac(invite(), ringing);
    assertEquals(DialogState.EARLY, early.state());
    assertEquals(List.of(), early.routeSet());
    Dialog confirmed = early.confirmedBy(ok());
    assertEquals(DialogState.CONFIRMED, confirmed.state());
    assertEquals(List.of("sip:p1.atlanta.example.com;lr", "sip:p2.biloxi.example.com;lr"),
        confirmed.routeSet().stream().map(r -> r.uri().toString()).toList());
  }

  @Test
  @DisplayName("a 2xx to a re-INVITE refreshes the remote target but keeps the route set"
      + " (section 12.2.1.2)")
  void refreshKeepsTheRouteSet() {
    Dialog d = Dialog.asUac(invite(), ok());
    SipResponse moved = (SipResponse) SipParser.parse(OK
        .replace("<sip:bob@client.biloxi.example.com>", "<sip:bob@192.0.2.99>")
        .replaceAll("Record-Route: [^\\r]*\\r\\n", "")).orThrow();
    Dialog refreshed = d.confirmedBy(moved);
    assertEquals(d.routeSet(), refreshed.routeSet());
    assertEquals("sip:bob@192.0.2.99", refreshed.remoteTarget().toString());
    assertEquals(DialogState.CONFIRMED, refreshed.state());
  }

  @Test
  @DisplayName("the UAS's route set is the request's Record-Route in order, and its remote CSeq"
      + " the request's")
  void uasDialogFromTheRequest() {
    Dialog d = Dialog.asUas(invite(), "8321234356", false);
    assertEquals(DialogState.EARLY, d.state());
    assertEquals("sip:p2.biloxi.example.com;lr", d.routeSet().get(0).uri().toString());
    assertEquals(7, d.remoteCseq());
    assertEquals(Dialog.EMPTY, d.localCseq());
    assertEquals(d.id().mirrored(), Dialog.asUac(invite(), ok()).id());
  }

  @Test
  @DisplayName("each new request in a dialog carries the local CSeq plus one, and a BYE follows"
      + " the route set")
  void nextRequestIncrementsTheCseq() {
    Dialog d = Dialog.asUac(invite(), ok());
    Dialog.Next bye = d.nextRequest(Method.BYE, 1);
    SipRequest request = bye.request().build();
    assertEquals(8, request.cseq().number());
    assertEquals(Method.BYE, request.cseq().method());
    assertEquals(8, bye.dialog().localCseq());
    assertEquals("sip:bob@client.biloxi.example.com", request.requestUri().toString());
    assertEquals(2, request.routes().size());
    assertEquals("8321234356", request.to().tag());
    assertEquals("9fxced76sl", request.from().tag());
  }

  @Test
  @DisplayName("the ACK for a 2xx repeats the INVITE's CSeq number with method ACK")
  void ackRepeatsTheInviteNumber() {
    Dialog d = Dialog.asUac(invite(), ok());
    SipRequest ack = d.ackFor(invite().cseq()).build();
    assertEquals(7, ack.cseq().number());
    assertEquals(Method.ACK, ack.cseq().method());
    assertEquals(Method.ACK, ack.method());
  }

  @Test
  @DisplayName("a request with a lower CSeq than the remembered remote CSeq is out of order (500)")
  void lowerCseqIsOutOfOrder() {
    Dialog d = Dialog.asUas(invite(), "8321234356", true);
    SipRequest stale = invite().with(org.siplab.message.HeaderName.CSEQ,
        new org.siplab.message.CSeq(6, Method.BYE));
    Dialog.Received r = d.receive(stale);
    assertInstanceOf(Dialog.OutOfOrder.class, r);
    assertEquals(7, ((Dialog.OutOfOrder) r).remembered());
  }

  @Test
  @DisplayName("a higher CSeq is accepted and remembered; ACK and CANCEL do not move it")
  void higherCseqIsRemembered() {
    Dialog d = Dialog.asUas(invite(), "8321234356", true);
    SipRequest bye = invite().with(org.siplab.message.HeaderName.CSEQ,
        new org.siplab.message.CSeq(9, Method.BYE));
    Dialog after = ((Dialog.Accepted) d.receive(bye)).dialog();
    assertEquals(9, after.remoteCseq());
    SipRequest ack = (SipRequest) SipParser.parse(INVITE.replace("INVITE", "ACK")).orThrow();
    assertTrue(after.receive(ack) instanceof Dialog.Accepted a && a.dialog().remoteCseq() == 9);
  }

  @Test
  @DisplayName("an OPTIONS in a dialog, whatever its CSeq, leaves the dialog as it was: no 500, no"
      + " new remote CSeq (sections 11.2 and 12.2.2)")
  void optionsLeavesTheDialogAlone() {
    Dialog d = Dialog.asUas(invite(), "8321234356", true);
    qt().withFixedSeed(3261L).forAll(longs().between(1, (1L << 31) - 1)).checkAssert(n -> {
      SipRequest options = (SipRequest) SipParser.parse(INVITE.replace("INVITE sip", "OPTIONS sip")
          .replace("CSeq: 7 INVITE", "CSeq: " + n + " OPTIONS")).orThrow();
      assertEquals(new Dialog.Accepted(d), d.receive(options));
    });
  }

  @Test
  @DisplayName("a re-INVITE received moves the remote CSeq but not the remote target, which waits"
      + " for the UAS's 2xx (section 12.2.2)")
  void reinviteTargetWaitsForAcceptance() {
    Dialog d = Dialog.asUas(invite(), "8321234356", true);
    SipRequest reinvite = (SipRequest) SipParser.parse(INVITE
        .replace("<sip:alice@client.atlanta.example.com>", "<sip:alice@192.0.2.77>")
        .replace("CSeq: 7 INVITE", "CSeq: 8 INVITE")).orThrow();
    Dialog received = ((Dialog.Accepted) d.receive(reinvite)).dialog();
    assertEquals(8, received.remoteCseq());
    assertEquals(d.remoteTarget(), received.remoteTarget());
    assertEquals("sip:alice@192.0.2.77",
        received.refreshedByAccepted(reinvite).remoteTarget().toString());
  }

  @Test
  @DisplayName("a strict router first in the route set becomes the Request-URI (the RFC's example)")
  void strictRouting() {
    List<NameAddress> routeSet = List.of(na("sip:proxy1"), na("sip:proxy2"), na("sip:proxy3;lr"),
        na("sip:proxy4"));
    Routing r = Routing.of(uri("sip:user@remoteua"), routeSet);
    assertEquals("sip:proxy1", r.requestUri().toString());
    assertEquals(List.of("sip:proxy2", "sip:proxy3;lr", "sip:proxy4", "sip:user@remoteua"),
        r.route().stream().map(n -> n.uri().toString()).toList());
  }

  @Test
  @DisplayName("a CANCEL copies the Request-URI, Call-ID, To, From, CSeq number and top Via of the"
      + " request")
  void cancelCopiesTheRequest() {
    SipRequest cancel = Cancels.cancelOf(invite());
    assertEquals(Method.CANCEL, cancel.method());
    assertEquals(7, cancel.cseq().number());
    assertEquals(Method.CANCEL, cancel.cseq().method());
    assertEquals(invite().topVia(), cancel.topVia());
    assertEquals(1, cancel.vias().size());
    assertEquals(invite().requestUri(), cancel.requestUri());
  }

  private static NameAddress na(String uri) {
    return NameAddress.of(uri(uri));
  }

  private static org.siplab.message.Uri uri(String text) {
    SipRequest r = (SipRequest) SipParser.parse("OPTIONS " + text + " SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP h;branch=z9hG4bK1\r\nFrom: <sip:a@b>;tag=1\r\nTo: <sip:a@b>\r\n"
        + "Call-ID: x\r\nCSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\n\r\n").orThrow();
    return r.requestUri();
  }
}
