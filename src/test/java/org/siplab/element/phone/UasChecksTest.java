package org.siplab.element.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.message.AbsoluteUri;
import org.siplab.message.HeaderName;
import org.siplab.message.MediaType;
import org.siplab.message.Method;
import org.siplab.message.Parameters;
import org.siplab.message.SipMessage;
import org.siplab.message.SipResponse;
import org.siplab.message.TelUri;
import org.siplab.message.Text;
import org.siplab.message.Token;
import org.siplab.explain.Annotator;
import org.siplab.sim.Endpoint;
import org.siplab.trace.TraceEvent;

@DisplayName("a phone checks what it is asked (RFC 3261 section 8.2) and answers OPTIONS,"
    + " MESSAGE and INFO")
class UasChecksTest {

  private static PhoneLab probing() {
    PhoneLab lab = Phones.direct(Phones.alice(), Phones.bob());
    lab.sim.add(new Prober("probe"), "192.0.2.77", 5060);
    return lab;
  }

  private static Prober prober(PhoneLab lab) {
    return (Prober) lab.sim.node("probe").element();
  }

  @Test
  @DisplayName("a method the phone knows of but does not handle gets 405 with Allow (section"
      + " 8.2.1), one it does not know 501 (section 21.5.2)")
  void unsupportedMethods() {
    PhoneLab lab = probing();
    lab.at(0, "probe", "SUBSCRIBE", () -> prober(lab).send(Method.SUBSCRIBE, Phones.BOB,
        r -> r));
    lab.at(1, "probe", "FOO", () -> prober(lab).send(Method.of("FOO"), Phones.BOB, r -> r));
    lab.runUntil(1_000_000);
    List<SipResponse> answers = prober(lab).responses;
    assertEquals(List.of(405, 501), answers.stream().map(SipResponse::status).toList());
    assertEquals(List.of("INVITE", "ACK", "CANCEL", "BYE", "OPTIONS", "INFO", "MESSAGE"),
        answers.get(0).allow());
    assertEquals(answers.get(0).allow(), answers.get(1).allow());
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  @Test
  @DisplayName("a body of a type the phone does not understand gets 415 with Accept (section"
      + " 8.2.3)")
  void unsupportedMediaType() {
    PhoneLab lab = probing();
    MediaType xml = new MediaType("application", "xml", Parameters.NONE);
    lab.at(0, "probe", "MESSAGE", () -> prober(lab).send(Method.MESSAGE, Phones.BOB,
        r -> r.withBody(xml, "<hello/>".getBytes(StandardCharsets.UTF_8))));
    lab.runUntil(1_000_000);
    SipResponse answer = prober(lab).responses.get(0);
    assertEquals(415, answer.status());
    assertEquals(List.of("application/sdp", "text/plain", "application/dtmf-relay"),
        answer.accept().stream().map(MediaType::essence).toList());
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  @Test
  @DisplayName("a body the phone does not understand is passed over when its Content-Disposition"
      + " says handling=optional, and refused 415 when it says required (sections 8.2.3, 20.11)")
  void optionalBodyIsNotRefused() {
    PhoneLab lab = probing();
    MediaType xml = new MediaType("application", "xml", Parameters.NONE);
    byte[] body = "<hello/>".getBytes(StandardCharsets.UTF_8);
    lab.at(0, "probe", "MESSAGE optional", () -> prober(lab).send(Method.MESSAGE, Phones.BOB,
        r -> r.withBody(xml, body).with(HeaderName.CONTENT_DISPOSITION,
            new Text("render; Handling = Optional"))));
    lab.at(1, "probe", "MESSAGE required", () -> prober(lab).send(Method.MESSAGE, Phones.BOB,
        r -> r.withBody(xml, body).with(HeaderName.CONTENT_DISPOSITION,
            new Text("render;handling=required"))));
    lab.runUntil(1_000_000);
    assertEquals(List.of(200, 415), prober(lab).responses.stream().map(SipResponse::status)
        .toList(), lab.dump());
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  @Test
  @DisplayName("a body in a language other than the English the phone's OPTIONS answer offers"
      + " gets 415 with Accept-Language; English, en-GB included, is taken (section 8.2.3)")
  void unsupportedLanguage() {
    PhoneLab lab = probing();
    byte[] text = "Bonjour".getBytes(StandardCharsets.UTF_8);
    lab.at(0, "probe", "MESSAGE fr", () -> prober(lab).send(Method.MESSAGE, Phones.BOB,
        r -> r.withBody(MediaType.TEXT_PLAIN, text)
            .with(HeaderName.CONTENT_LANGUAGE, new Token("fr"))));
    lab.at(1, "probe", "MESSAGE en-GB", () -> prober(lab).send(Method.MESSAGE, Phones.BOB,
        r -> r.withBody(MediaType.TEXT_PLAIN, text)
            .with(HeaderName.CONTENT_LANGUAGE, new Token("en-GB"))));
    lab.runUntil(1_000_000);
    List<SipResponse> answers = prober(lab).responses;
    assertEquals(List.of(415, 200), answers.stream().map(SipResponse::status).toList(),
        lab.dump());
    assertTrue(answers.get(0).toString().contains("\r\nAccept-Language: en\r\n"),
        answers.get(0).toString());
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  @Test
  @DisplayName("an INVITE that requires an unknown extension gets 420 with Unsupported (section"
      + " 8.2.2.3), and the phone does not ring")
  void badExtension() {
    PhoneLab lab = probing();
    lab.at(0, "probe", "INVITE", () -> prober(lab).send(Method.INVITE, Phones.BOB,
        r -> r.append(HeaderName.REQUIRE, new Token("100rel"))));
    lab.runUntil(1_000_000);
    assertEquals(List.of("probe>bob INVITE", "bob>probe 420", "probe>bob ACK"), lab.sends());
    assertEquals(List.of("100rel"), prober(lab).responses.get(0).unsupported());
    assertEquals("idle", Phones.phone(lab, "bob").state());
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  @Test
  @DisplayName("a second copy of an INVITE, same From tag, Call-ID and CSeq but another branch,"
      + " is a merged request and gets 482, while the first copy is answered as usual (section"
      + " 8.2.2.2)")
  void mergedInviteIs482() {
    PhoneLab lab = probing();
    lab.at(0, "probe", "INVITE twice", () -> prober(lab).sendCopies(Method.INVITE, Phones.BOB, 2));
    lab.runUntil(1_000_000);
    List<SipMessage> invites = lab.messages("probe>bob INVITE");
    assertEquals(2, invites.size(), lab.sends().toString());
    String first = invites.get(0).topVia().branch();
    String second = invites.get(1).topVia().branch();
    assertEquals(List.of(180, 200), statusesOn(prober(lab), first), lab.dump());
    assertEquals(List.of(482), statusesOn(prober(lab), second), lab.dump());
    assertEquals("in-call", Phones.phone(lab, "bob").state());
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  @Test
  @DisplayName("copies of a request of a method the phone does not handle both get 405: the"
      + " method is inspected before the request is taken for a merged one (section 8.2's order:"
      + " 8.2.1 before 8.2.2.2)")
  void methodIsInspectedBeforeMerging() {
    PhoneLab lab = probing();
    lab.at(0, "probe", "SUBSCRIBE twice", () -> prober(lab).sendCopies(Method.SUBSCRIBE,
        Phones.BOB, 2));
    lab.runUntil(1_000_000);
    assertEquals(List.of(405, 405), prober(lab).responses.stream().map(SipResponse::status)
        .toList(), lab.dump());
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  @Test
  @DisplayName("a BYE that requires an unknown extension gets 420 with Unsupported, not 200, and"
      + " the phone stays in the call (sections 15.1.2 and 8.2.2.3)")
  void byeRequiringAnExtensionIs420() {
    PhoneLab lab = probing();
    lab.at(0, "probe", "INVITE", () -> prober(lab).send(Method.INVITE, Phones.BOB, r -> r));
    lab.at(1_000_000, "probe", "BYE", () -> prober(lab).sendInDialog(Method.BYE,
        b -> b.header(HeaderName.REQUIRE, new Token("timer"))));
    lab.runUntil(2_000_000);
    SipResponse answer = prober(lab).responses.get(prober(lab).responses.size() - 1);
    assertEquals(Method.BYE, answer.cseq().method(), lab.dump());
    assertEquals(420, answer.status(), lab.dump());
    assertEquals(List.of("timer"), answer.unsupported());
    assertEquals("in-call", Phones.phone(lab, "bob").state());
  }

  @Test
  @DisplayName("an INFO in a call that requires an unknown extension gets 420 and leaves the"
      + " dialog as it was: its CSeq is not taken as the remote CSeq (sections 12.2.2 and 8.2: a"
      + " refused request changes no state)")
  void refusedRequestInADialogChangesNoState() {
    PhoneLab lab = probing();
    lab.at(0, "probe", "INVITE", () -> prober(lab).send(Method.INVITE, Phones.BOB, r -> r));
    lab.at(1_000_000, "probe", "INFO", () -> prober(lab).sendInDialog(Method.INFO,
        b -> b.header(HeaderName.REQUIRE, new Token("timer"))));
    lab.at(1_100_000, "probe", "INFO", () -> prober(lab).sendInDialog(Method.INFO, b -> { }));
    lab.runUntil(2_000_000);
    List<Integer> infoAnswers = prober(lab).responses.stream()
        .filter(r -> r.cseq().method().equals(Method.INFO)).map(SipResponse::status).toList();
    assertEquals(List.of(420, 200), infoAnswers, lab.dump());
    List<Long> remoteCseqs = lab.sim.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Dialog d && d.element().equals("bob"))
        .map(e -> ((TraceEvent.Dialog) e).remoteCseq()).distinct().toList();
    assertEquals(List.of(1L, 3L), remoteCseqs, lab.dump());
  }

  @Test
  @DisplayName("an OPTIONS in the call's own dialog gets 200, not the 486 a busy phone gives one"
      + " from outside (section 11.2), and leaves the call as it was")
  void optionsInTheCallGets200() {
    PhoneLab lab = probing();
    lab.at(0, "probe", "INVITE", () -> prober(lab).send(Method.INVITE, Phones.BOB, r -> r));
    lab.at(1_000_000, "probe", "OPTIONS", () -> prober(lab).sendInDialog(Method.OPTIONS,
        b -> { }));
    lab.at(1_100_000, "probe", "OPTIONS outside", () -> prober(lab).send(Method.OPTIONS,
        Phones.BOB, r -> r));
    lab.runUntil(2_000_000);
    List<Integer> answers = prober(lab).responses.stream()
        .filter(r -> r.cseq().method().equals(Method.OPTIONS)).map(SipResponse::status).toList();
    assertEquals(List.of(200, 486), answers, lab.dump());
    SipResponse inDialog = prober(lab).responses.stream()
        .filter(r -> r.cseq().method().equals(Method.OPTIONS)).findFirst().orElseThrow();
    assertFalse(inDialog.allow().isEmpty(), lab.dump());
    assertEquals("in-call", Phones.phone(lab, "bob").state());
    Map<Long, String> text = Annotator.annotate(lab.sim.trace());
    String busy = lab.sendEvents().stream().filter(s -> s.firstLine().startsWith("SIP/2.0 486"))
        .map(s -> text.get(s.seq())).findFirst().orElseThrow();
    assertTrue(busy.contains("an OPTIONS from outside a call gets the answer an INVITE would (RFC"
        + " 3261 11.2, 21.4.24)"), busy);
  }

  @Test
  @DisplayName("a retransmitted INVITE (same branch) is absorbed by the server transaction and is"
      + " not taken for a merged request")
  void retransmittedInviteIsNot482() {
    PhoneLab lab = Phones.direct(Phones.alice(), Phones.bob().withAnswer(Phones.ringingForever()));
    lab.sim.add(new Prober("probe"), "192.0.2.77", 5060);
    lab.dropNth(1, "bob", "probe", "SIP/2.0 180");
    lab.at(0, "probe", "INVITE", () -> prober(lab).send(Method.INVITE, Phones.BOB, r -> r));
    lab.runUntil(2_000_000);
    assertEquals(List.of("probe>bob INVITE", "bob>probe 180", "probe>bob INVITE",
        "bob>probe 180"), lab.sends());
    assertEquals(List.of(180), prober(lab).responses.stream().map(SipResponse::status).toList());
    assertEquals("ringing", Phones.phone(lab, "bob").state());
  }

  @Test
  @DisplayName("a Request-URI of a scheme the phone does not understand (tel, mailto) gets 416,"
      + " and the phone does not ring (section 8.2.2.1)")
  void unsupportedUriSchemeIs416() {
    PhoneLab lab = probing();
    Endpoint bob = lab.sim.node("bob").endpoint();
    lab.at(0, "probe", "INVITE tel", () -> prober(lab).sendTo(bob, Method.INVITE, Phones.BOB,
        r -> r.withRequestUri(new TelUri("+1-228-555-0100", Parameters.NONE))));
    lab.at(1, "probe", "MESSAGE mailto", () -> prober(lab).sendTo(bob, Method.MESSAGE,
        Phones.BOB, r -> r.withRequestUri(new AbsoluteUri("mailto", "bob@biloxi.example.com"))));
    lab.runUntil(1_000_000);
    assertEquals(List.of(416, 416), prober(lab).responses.stream().map(SipResponse::status)
        .toList(), lab.dump());
    assertEquals("idle", Phones.phone(lab, "bob").state());
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  @Test
  @DisplayName("a Request-URI for another user gets 404, while the phone's AOR and its Contact are"
      + " both accepted (section 8.2.2.1)")
  void requestUriOfAnotherUserIs404() {
    PhoneLab lab = probing();
    Endpoint bob = lab.sim.node("bob").endpoint();
    lab.at(0, "probe", "OPTIONS carol", () -> prober(lab).sendTo(bob, Method.OPTIONS,
        "sip:carol@biloxi.example.com", r -> r));
    lab.at(1, "probe", "OPTIONS AOR", () -> prober(lab).sendTo(bob, Method.OPTIONS, Phones.BOB,
        r -> r));
    lab.at(2, "probe", "OPTIONS contact", () -> prober(lab).sendTo(bob, Method.OPTIONS,
        "sip:bob@192.0.2.201:5060", r -> r));
    lab.runUntil(1_000_000);
    assertEquals(List.of(404, 200, 200), prober(lab).responses.stream()
        .map(SipResponse::status).toList(), lab.dump());
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  private static List<Integer> statusesOn(Prober prober, String branch) {
    return prober.responses.stream().filter(r -> r.topVia().branch().equals(branch))
        .map(SipResponse::status).toList();
  }

  @Test
  @DisplayName("OPTIONS gets 200 with Allow, Accept, Supported and an SDP of the phone's codecs;"
      + " a phone in a call answers 486, as it would an INVITE (section 11.2)")
  void options() {
    PhoneLab lab = probing();
    lab.at(0, "alice", "OPTIONS", () -> Phones.phone(lab, "alice").options("bob"));
    lab.at(1_000_000, "alice", "call", () -> Phones.phone(lab, "alice").call("bob"));
    lab.at(2_000_000, "probe", "OPTIONS", () -> prober(lab).send(Method.OPTIONS, Phones.BOB,
        r -> r));
    lab.runUntil(3_000_000);
    SipMessage ok = lab.message("bob>alice 200");
    assertEquals(Phones.phone(lab, "bob").config().codecs().size(), 2);
    assertTrue(ok.has(HeaderName.ALLOW) && ok.has(HeaderName.ACCEPT)
        && ok.has(HeaderName.SUPPORTED), ok.toString());
    assertTrue(ok.bodyText().contains("m=audio 49172 RTP/AVP 0 8"), ok.bodyText());
    assertTrue(lab.notes("alice").stream().anyMatch(n -> n.startsWith("capabilities: "
        + Phones.BOB + " answered 200 OK; Allow: [INVITE, ACK")), lab.notes("alice").toString());
    assertEquals(486, prober(lab).responses.get(0).status());
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  @Test
  @DisplayName("MESSAGE is answered 200 and its text shows in the trace (RFC 3428)")
  void message() {
    PhoneLab lab = probing();
    lab.at(0, "alice", "MESSAGE", () -> Phones.phone(lab, "alice").message("bob", "Hello Bob"));
    lab.runUntil(1_000_000);
    assertEquals(List.of("alice>bob MESSAGE", "bob>alice 200"), lab.sends());
    assertEquals("text/plain", lab.message("alice>bob MESSAGE").contentType().essence());
    assertTrue(lab.notes("bob").contains("message: from " + Phones.ALICE + ": \"Hello Bob\""),
        lab.notes("bob").toString());
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  @Test
  @DisplayName("INFO in a call is answered 200 and noted; INFO outside a call gets 481")
  void info() {
    PhoneLab lab = probing();
    lab.at(0, "alice", "call", () -> Phones.phone(lab, "alice").call("bob"));
    lab.at(1_000_000, "alice", "INFO", () -> Phones.phone(lab, "alice").info());
    lab.at(1_000_000, "probe", "INFO", () -> prober(lab).send(Method.INFO, Phones.BOB, r -> r));
    lab.runUntil(2_000_000);
    assertTrue(lab.firstSends().containsAll(List.of("alice>bob INFO", "bob>alice 200")));
    assertTrue(lab.notes("bob").contains("info: INFO in the call carries application/dtmf-relay"
        + " \"Signal=1; Duration=160\""), lab.notes("bob").toString());
    assertEquals(2, lab.message("alice>bob INFO").cseq().number());
    assertEquals(481, prober(lab).responses.get(0).status());
    assertEquals(List.of(), lab.findings(), lab.dump());
    String text = Annotator.annotate(lab.sim.trace()).get(lab.sendEvents().stream()
        .filter(s -> s.firstLine().startsWith("SIP/2.0 481")).findFirst().orElseThrow().seq());
    assertTrue(text.contains("the INFO has no To tag, so it names no dialog"), text);
  }

  @Test
  @DisplayName("a BYE without a To tag matches no call and gets 481, noted as a BYE and explained"
      + " by its missing tag (section 15.1.2)")
  void byeOutsideACall() {
    PhoneLab lab = probing();
    lab.at(0, "probe", "BYE", () -> prober(lab).send(Method.BYE, Phones.BOB, r -> r));
    lab.runUntil(1_000_000);
    assertEquals(481, prober(lab).responses.get(0).status());
    assertTrue(lab.notes("bob").contains("refuses: BYE outside a call: 481 (it belongs to a"
        + " call)"), lab.notes("bob").toString());
    String text = Annotator.annotate(lab.sim.trace()).get(lab.sendEvents().stream()
        .filter(s -> s.firstLine().startsWith("SIP/2.0 481")).findFirst().orElseThrow().seq());
    assertTrue(text.contains("the BYE has no To tag, so it names no dialog, and it belongs in"
        + " one (RFC 3261 15.1.2, 12.2.2)"), text);
    assertFalse(text.contains("names a dialog (its To tag)"), text);
  }

  @Test
  @DisplayName("a target that is neither a SIP URI nor a phone of the scenario is noted, and"
      + " nothing is sent")
  void unknownTarget() {
    PhoneLab lab = probing();
    lab.at(0, "alice", "call", () -> Phones.phone(lab, "alice").call("nobody"));
    lab.runUntil(1_000_000);
    assertEquals(List.of(), lab.sends());
    assertTrue(lab.notes("alice").contains("unknown target: nobody is neither a SIP URI nor a"
        + " phone of the scenario"), lab.notes("alice").toString());
  }

  @Test
  @DisplayName("an INVITE in the early dialog before the phone's final response to the first gets"
      + " 500 with a Retry-After of 0 to 10 s, explained by section 14.2 (not as a lower CSeq)")
  void inviteBeforeTheFinalResponseIs500() {
    PhoneLab lab = Phones.direct(Phones.alice(), Phones.bob().withAnswer(Phones.ringingForever()));
    lab.sim.add(new Prober("probe"), "192.0.2.77", 5060);
    lab.at(0, "probe", "INVITE", () -> prober(lab).send(Method.INVITE, Phones.BOB, r -> r));
    lab.at(1_000_000, "probe", "re-INVITE", () -> prober(lab).sendInDialog(Method.INVITE,
        b -> { }));
    lab.runUntil(2_000_000);
    SipResponse refusal = prober(lab).responses.stream().filter(r -> r.status() == 500)
        .findFirst().orElseThrow(() -> new AssertionError(lab.sends().toString()));
    assertTrue(refusal.retryAfter().seconds() <= 10, refusal.toString());
    TraceEvent.Send sent = lab.sendEvents().stream()
        .filter(s -> s.firstLine().startsWith("SIP/2.0 500")).findFirst().orElseThrow();
    String text = Annotator.annotate(lab.sim.trace()).get(sent.seq());
    assertTrue(text.contains("while an earlier INVITE of this dialog still had no final"
        + " response; the Retry-After asks probe to try again") && text.contains("14.2"), text);
    assertFalse(text.contains("lower"), text);
  }
}
