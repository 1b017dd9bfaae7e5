package org.siplab.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.codec.SipParser;
import org.siplab.message.CSeq;
import org.siplab.message.Credentials;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.Parameter;
import org.siplab.message.Parameters;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.sim.LinkProfile;
import org.siplab.testkit.Lab;
import org.siplab.trace.TraceEvent;

@DisplayName("the UA core (RFC 3261 sections 12 to 15)")
class UserAgentCoreTest {

  /** Alice calls bob, and a second after the call starts she hangs up; a second more runs. */
  private static Lab callThenHangUp() {
    Lab lab = new Lab();
    lab.sim.at(0, "alice", "call bob", () -> lab.alice.invite(lab.bob));
    lab.runFor(1_000_000);
    DialogId id = lab.alice.lastDialog.id();
    lab.sim.at(lab.sim.scheduler().nowUs(), "alice", "hang up",
        () -> lab.alice.ua().sendInDialog(id, Method.BYE, b -> { }));
    lab.runFor(1_000_000);
    return lab;
  }

  @Test
  @DisplayName("a call is set up and torn down: INVITE, 180, 200, ACK, then BYE and its 200")
  void callSetUpAndTornDown() {
    Lab lab = callThenHangUp();
    assertEquals(List.of("alice>bob INVITE", "bob>alice 180", "bob>alice 200", "alice>bob ACK",
        "alice>bob BYE", "bob>alice 200"), lab.sends());
    assertTrue(lab.bob.seen.contains("ack"));
    assertTrue(lab.alice.ua().dialogs().isEmpty(), "the BYE's 200 ends alice's dialog");
    assertTrue(lab.bob.ua().dialogs().isEmpty(), "the BYE ends bob's dialog");
  }

  @Test
  @DisplayName("the UAS retransmits its 2xx at T1, 2*T1, ... until the ACK arrives, each copy"
      + " traced with the INVITE's transaction, and the UAC ACKs each one")
  void twoHundredRetransmittedUntilAck() {
    Lab lab = new Lab(1, LinkProfile.PERFECT);
    lab.dropNth(1, "alice", "bob", "ACK");
    lab.dropNth(2, "alice", "bob", "ACK");
    lab.sim.at(0, "alice", "call bob", () -> lab.alice.invite(lab.bob));
    lab.runFor(10_000_000);
    List<TraceEvent.Send> oks = lab.sendEvents().stream()
        .filter(s -> s.firstLine().startsWith("SIP/2.0 200")).toList();
    assertEquals(3, oks.size(), lab.sends().toString());
    assertEquals(500_000, oks.get(1).timeUs() - oks.get(0).timeUs(), "first retransmission at T1");
    assertEquals(1_000_000, oks.get(2).timeUs() - oks.get(1).timeUs(), "then at 2*T1");
    assertEquals("2xx", oks.get(1).retransmittedBy());
    assertTrue(oks.get(0).transaction().endsWith("/INVITE"), oks.get(0).transaction());
    assertEquals(oks.get(0).transaction(), oks.get(2).transaction(),
        "a copy of the 2xx answers the same INVITE, and the trace names its transaction");
    long acks = lab.sends().stream().filter(s -> s.equals("alice>bob ACK")).count();
    assertEquals(3, acks, "one ACK for each 2xx");
    assertTrue(lab.bob.seen.contains("ack"));
  }

  @Test
  @DisplayName("without an ACK the UAS stops retransmitting after 64*T1 and ends the call with BYE")
  void noAckMeansBye() {
    Lab lab = new Lab(1, LinkProfile.PERFECT);
    lab.dropEvery("alice", "bob", "ACK");
    lab.sim.at(0, "alice", "call bob", () -> lab.alice.invite(lab.bob));
    lab.runFor(40_000_000);
    List<TraceEvent.Send> bobSends = lab.sendEvents().stream()
        .filter(s -> s.from().equals("bob")).toList();
    TraceEvent.Send bye = bobSends.stream().filter(s -> s.firstLine().startsWith("BYE"))
        .findFirst().orElseThrow();
    assertEquals(32_000_000, bye.timeUs(), "BYE at 64*T1 = 32 s");
    assertTrue(bye.message().contains("Reason:"), "the BYE says why");
  }

  @Test
  @DisplayName("an early dialog that no 2xx confirms ends 64*T1 after the first 2xx, and the"
      + " confirmed one stays (section 13.2.2.4)")
  void unconfirmedEarlyDialogEnds64T1AfterTheFirst2xx() {
    Lab lab = new Lab();
    // As a forking proxy would pass them on: one fork rings (To tag "fork1"), another answers.
    lab.bob.onInvite = (request, tx) -> {
      lab.bob.ua().respond(tx, lab.bob.ua().responseTo(tx, 180).build()
          .with(HeaderName.TO, request.to().withTag("fork1")));
      lab.bob.ua().respond(tx, lab.bob.ua().responseTo(tx, 200).build()
          .with(HeaderName.TO, request.to().withTag("fork2")));
    };
    lab.sim.at(0, "alice", "call bob", () -> lab.alice.invite(lab.bob));
    lab.runFor(1_000_000);
    assertEquals(List.of(DialogState.CONFIRMED, DialogState.EARLY), remoteTagStates(lab));
    TraceEvent.Send ok = lab.sendEvents().stream()
        .filter(s -> s.firstLine().startsWith("SIP/2.0 200")).findFirst().orElseThrow();
    long okArrivedUs = lab.sim.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Deliver d && d.datagram() == ok.datagram())
        .findFirst().orElseThrow().timeUs();
    lab.runFor(okArrivedUs + 32_000_000 - 1 - lab.sim.scheduler().nowUs());
    assertEquals(List.of(DialogState.CONFIRMED, DialogState.EARLY), remoteTagStates(lab),
        "one microsecond before 64*T1");
    lab.runFor(2);
    assertEquals(List.of(DialogState.CONFIRMED), remoteTagStates(lab));
    TraceEvent.Dialog ended = lab.sim.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Dialog d && "terminated".equals(d.toState()))
        .map(e -> (TraceEvent.Dialog) e).findFirst().orElseThrow();
    assertEquals("alice", ended.element());
    assertTrue(ended.reason().contains("section 13.2.2.4"), ended.reason());
    TraceEvent cause = lab.sim.trace().events().stream().filter(e -> e.seq() == ended.cause())
        .findFirst().orElseThrow();
    assertTrue(cause instanceof TraceEvent.Timer t && t.timer().equals("M")
        && t.action().equals("fired") && t.element().equals("alice"),
        "caused by Timer M ending the INVITE client transaction (RFC 6026): " + cause);
  }

  @Test
  @DisplayName("a copy of the 2xx that arrives after Timer M ended the INVITE client transaction is"
      + " discarded, not ACKed (RFC 6026 section 8.9), and the ACK kept for the copies before it"
      + " is let go")
  void aTwoHundredAfterTimerMIsDiscarded() {
    Lab lab = callThenHangUp();
    assertEquals(1, lab.alice.ua().sentAcksKept(), "kept while the INVITE transaction is Accepted");
    lab.runFor(40_000_000);
    assertEquals(0, lab.alice.ua().sentAcksKept(), "let go when Timer M ends the transaction");
    SipResponse ok = (SipResponse) SipParser.parse(lab.sendEvents().stream()
        .filter(s -> s.firstLine().startsWith("SIP/2.0 200") && s.cseq().endsWith("INVITE"))
        .findFirst().orElseThrow().message()).message();
    int before = lab.sends().size();
    lab.sim.at(lab.sim.scheduler().nowUs(), "bob", "send a late copy of the 2xx", () -> lab.bob
        .ua().layer().sendStateless(ok));
    lab.runFor(5_000_000);
    assertEquals(List.of("bob>alice 200"), lab.sends().subList(before, lab.sends().size()),
        "no ACK for a 2xx that matches no transaction");
  }

  /** Alice's dialogs, fork2's first, by state. */
  private static List<DialogState> remoteTagStates(Lab lab) {
    return lab.alice.ua().dialogs().stream()
        .sorted(java.util.Comparator.comparing(d -> d.id().remoteTag().equals("fork1")))
        .map(Dialog::state).toList();
  }

  @Test
  @DisplayName("the ACK for a 2xx carries the INVITE's Authorization and Proxy-Authorization,"
      + " each as it was (section 13.2.2.4)")
  void ackForA2xxCarriesTheInvitesCredentials() {
    Lab lab = new Lab();
    Credentials user = credentials("example.com", "0123456789abcdef0123456789abcdef");
    Credentials proxy = credentials("proxy.example.com", "fedcba9876543210fedcba9876543210");
    lab.sim.at(0, "alice", "call bob with credentials", () -> lab.alice.ua().send(
        lab.alice.ua().newRequest(Method.INVITE, lab.bob.self().uri(), lab.alice.self(),
            lab.bob.self()).header(HeaderName.AUTHORIZATION, user)
            .header(HeaderName.PROXY_AUTHORIZATION, proxy).build(),
        lab.sim.node("bob").endpoint()));
    lab.runFor(1_000_000);
    SipRequest ack = (SipRequest) SipParser.parse(lab.sendEvents().stream()
        .filter(s -> s.firstLine().startsWith("ACK ")).findFirst().orElseThrow().message())
        .message();
    assertEquals(List.of(user), ack.authorization(), ack.toString());
    assertEquals(List.of(proxy), ack.proxyAuthorization(), ack.toString());
  }

  private static Credentials credentials(String realm, String response) {
    return new Credentials("Digest", Parameters.of(Parameter.quoted("username", "alice"),
        Parameter.quoted("realm", realm), Parameter.quoted("nonce", "4f1a"),
        Parameter.quoted("uri", "sip:bob@example.com"), Parameter.quoted("response", response)));
  }

  @Test
  @DisplayName("a copy of an OPTIONS by another branch while the first is still in its"
      + " transaction gets 482 from the core (section 8.2.2.2); a copy of a REGISTER is left to"
      + " the registrar (section 10.3 step 7)")
  void mergedRequestsAre482ButNotRegister() {
    Lab lab = new Lab();
    for (Method method : List.of(Method.OPTIONS, Method.REGISTER)) {
      lab.sim.at(0, "alice", "send " + method + " twice", () -> {
        SipRequest request = lab.alice.ua().newRequest(method, lab.bob.self().uri(),
            lab.alice.self(), lab.bob.self()).build();
        lab.alice.ua().send(request, lab.sim.node("bob").endpoint());
        lab.alice.ua().send(request, lab.sim.node("bob").endpoint());
      });
    }
    lab.runFor(1_000_000);
    List<String> answers = lab.sendEvents().stream().filter(s -> s.from().equals("bob"))
        .map(s -> s.firstLine() + " / " + s.cseq()).toList();
    assertEquals(List.of("SIP/2.0 200 OK / 1 OPTIONS", "SIP/2.0 482 Loop Detected / 1 OPTIONS",
        "SIP/2.0 200 OK / 1 REGISTER", "SIP/2.0 200 OK / 1 REGISTER"), answers);
    assertEquals(3, Collections.frequency(lab.bob.seen, "request OPTIONS")
        + Collections.frequency(lab.bob.seen, "request REGISTER"), lab.bob.seen.toString());
  }

  @Test
  @DisplayName("a request whose To tag matches no dialog is answered 481")
  void unknownDialogIs481() {
    Lab lab = new Lab();
    lab.sim.at(0, "alice", "call bob", () -> lab.alice.invite(lab.bob));
    lab.runFor(1_000_000);
    DialogId id = lab.alice.lastDialog.id();
    lab.bob.ua().forget(id.mirrored(), "the test makes bob forget the dialog");
    lab.sim.at(lab.sim.scheduler().nowUs(), "alice", "send INFO",
        () -> lab.alice.ua().sendInDialog(id, Method.INFO, b -> { }));
    lab.runFor(1_000_000);
    assertTrue(lab.sends().contains("bob>alice 481"), lab.sends().toString());
  }

  @Test
  @DisplayName("tags are tokens, compared ignoring case: a request whose tags are written in other"
      + " case belongs to the dialog and is answered 200, not 481 (sections 7.3.1 and 12.2.2)")
  void tagsCompareIgnoringCase() {
    Lab lab = new Lab();
    lab.sim.at(0, "alice", "call bob", () -> lab.alice.invite(lab.bob));
    lab.runFor(1_000_000);
    DialogId id = lab.alice.lastDialog.id();
    Dialog d = lab.alice.ua().dialog(id).orElseThrow();
    String localTag = swapCase(id.localTag());
    String remoteTag = swapCase(id.remoteTag());
    assertNotEquals(id.remoteTag(), remoteTag, "the test needs a tag with a letter in it");
    lab.sim.at(lab.sim.scheduler().nowUs(), "alice", "send an INFO with its tags in other case",
        () -> {
          SipRequest info = d.nextRequest(Method.INFO, 1).request().build();
          lab.alice.ua().send(info.with(HeaderName.FROM, info.from().withTag(localTag))
              .with(HeaderName.TO, info.to().withTag(remoteTag)));
        });
    lab.runFor(1_000_000);
    List<String> answersToInfo = lab.sendEvents().stream()
        .filter(e -> e.firstLine().startsWith("SIP/2.0") && e.message().contains(" INFO\r\n"))
        .map(e -> e.from() + ">" + e.to() + " " + e.firstLine()).toList();
    assertEquals(List.of("bob>alice SIP/2.0 200 OK"), answersToInfo);
  }

  private static String swapCase(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      b.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
    }
    return b.toString();
  }

  @Test
  @DisplayName("a request in a dialog with a lower CSeq than the last one received is answered 500")
  void lowerCseqIs500() {
    Lab lab = new Lab();
    lab.sim.at(0, "alice", "call bob", () -> lab.alice.invite(lab.bob));
    lab.runFor(1_000_000);
    DialogId id = lab.alice.lastDialog.id();
    Dialog d = lab.alice.ua().dialog(id).orElseThrow();
    lab.sim.at(lab.sim.scheduler().nowUs(), "alice", "send an INFO with a lowered CSeq", () -> {
      Dialog.Next next = d.nextRequest(Method.INFO, 1);
      lab.alice.ua().send(next.request().build().with(HeaderName.CSEQ,
          new CSeq(d.localCseq() - 1, Method.INFO)));
    });
    lab.runFor(1_000_000);
    List<TraceEvent.Send> fiveHundred = lab.sendEvents().stream()
        .filter(s -> s.firstLine().startsWith("SIP/2.0 500")).toList();
    assertEquals(1, fiveHundred.size(), lab.sends().toString());
    assertTrue(fiveHundred.get(0).message().contains("is lower than"));
  }

  @Test
  @DisplayName("CANCEL of a pending INVITE gets 200, the INVITE gets 487, and the 487 is ACKed")
  void cancelOfAPendingInvite() {
    Lab lab = new Lab();
    lab.bob.onInvite = (request, tx) ->
        lab.bob.ua().respond(tx, lab.bob.ua().responseTo(tx, 180).build());
    var invite = new org.siplab.transaction.ClientTransaction[1];
    lab.sim.at(0, "alice", "call bob", () -> invite[0] = lab.alice.invite(lab.bob));
    lab.sim.at(2_000_000, "alice", "cancel", () -> lab.alice.ua().layer().startClientTransaction(
        Cancels.cancelOf(invite[0].request()), lab.sim.node("bob").endpoint()));
    lab.runFor(5_000_000);
    assertEquals(List.of("alice>bob INVITE", "bob>alice 180", "alice>bob CANCEL",
        "bob>alice 200", "bob>alice 487", "alice>bob ACK"), lab.sends());
    assertTrue(lab.bob.seen.contains("cancelled"));
    assertTrue(lab.alice.seen.contains("response 487 INVITE"));
  }

  @Test
  @DisplayName("a CANCEL that arrives after the INVITE was answered 200 gets 200 with the To tag of"
      + " the INVITE's response, and the INVITE stays answered (section 9.2)")
  void cancelAfterTheAnswerCarriesTheAnswersTag() {
    Lab lab = new Lab();
    var invite = new org.siplab.transaction.ClientTransaction[1];
    lab.sim.at(0, "alice", "call bob", () -> invite[0] = lab.alice.invite(lab.bob));
    lab.sim.at(2_000_000, "alice", "cancel", () -> lab.alice.ua().layer().startClientTransaction(
        Cancels.cancelOf(invite[0].request()), lab.sim.node("bob").endpoint()));
    lab.runFor(5_000_000);
    assertEquals(List.of("alice>bob INVITE", "bob>alice 180", "bob>alice 200", "alice>bob ACK",
        "alice>bob CANCEL", "bob>alice 200"), lab.sends());
    List<String> toLines = lab.sendEvents().stream().filter(s -> s.from().equals("bob"))
        .map(s -> s.message().lines().filter(l -> l.startsWith("To: ")).findFirst().orElseThrow())
        .toList();
    assertEquals(toLines.get(1), toLines.get(2), "the 200 to the CANCEL and the 200 to the INVITE");
  }

  @Test
  @DisplayName("a BYE in an early dialog gets 200, and the INVITE still pending gets 487, which the"
      + " caller ACKs, so that neither side's INVITE transaction is left waiting (section 15.1.2)")
  void byeInAnEarlyDialogEndsThePendingInvite() {
    Lab lab = new Lab();
    lab.bob.onInvite = (request, tx) ->
        lab.bob.ua().respond(tx, lab.bob.ua().responseTo(tx, 180).build());
    lab.sim.at(0, "alice", "call bob", () -> lab.alice.invite(lab.bob));
    lab.runFor(1_000_000);
    DialogId id = lab.alice.lastDialog.id();
    lab.sim.at(lab.sim.scheduler().nowUs(), "alice", "hang up in the early dialog",
        () -> lab.alice.ua().sendInDialog(id, Method.BYE, b -> { }));
    lab.runFor(60_000_000);
    assertEquals(List.of("alice>bob INVITE", "bob>alice 180", "alice>bob BYE", "bob>alice 200",
        "bob>alice 487", "alice>bob ACK"), lab.sends());
    List<String> toLines = lab.sendEvents().stream().filter(s -> s.from().equals("bob"))
        .map(s -> s.message().lines().filter(l -> l.startsWith("To: ")).findFirst().orElseThrow())
        .toList();
    assertEquals(toLines.get(0), toLines.get(2), "the 487 carries the early dialog's To tag");
    assertEquals(0, lab.bob.ua().layer().serverTransactionCount());
    assertEquals(0, lab.alice.ua().layer().clientTransactionCount());
    assertTrue(lab.alice.ua().dialogs().isEmpty() && lab.bob.ua().dialogs().isEmpty());
  }

  @Test
  @DisplayName("a BYE answers a re-INVITE the application still holds with 487, which the caller"
      + " ACKs, so that no request of the ended dialog is left pending, and the application's late"
      + " 200 is dropped (section 15.1.2)")
  void byeEndsAPendingReinvite() {
    Lab lab = new Lab();
    var held = new org.siplab.transaction.ServerTransaction[1];
    lab.bob.onOther = (request, tx) -> held[0] = tx;
    lab.sim.at(0, "alice", "call bob", () -> lab.alice.invite(lab.bob));
    lab.runFor(1_000_000);
    DialogId id = lab.alice.lastDialog.id();
    lab.sim.at(lab.sim.scheduler().nowUs(), "alice", "re-INVITE",
        () -> lab.alice.ua().sendInDialog(id, Method.INVITE, b -> { }));
    lab.runFor(100_000);
    lab.sim.at(lab.sim.scheduler().nowUs(), "alice", "hang up",
        () -> lab.alice.ua().sendInDialog(id, Method.BYE, b -> { }));
    lab.runFor(1_000_000);
    lab.sim.at(lab.sim.scheduler().nowUs(), "bob", "answer the re-INVITE too late",
        () -> lab.bob.ua().respond(held[0], lab.bob.ua().responseTo(held[0], 200).build()));
    lab.runFor(60_000_000);
    assertEquals(List.of("alice>bob INVITE", "bob>alice 180", "bob>alice 200", "alice>bob ACK",
        "alice>bob INVITE", "alice>bob BYE", "bob>alice 200", "bob>alice 487", "alice>bob ACK"),
        lab.sends(), "the late 200 goes nowhere");
    assertEquals(0, lab.bob.ua().layer().serverTransactionCount());
    assertEquals(0, lab.alice.ua().layer().clientTransactionCount());
  }

  /**
   * Alice calls bob, then sends a re-INVITE whose Contact moves her to 192.0.2.77; bob holds it
   * and answers {@code status} a second later. Returns bob's dialog while the re-INVITE is held
   * and after the answer.
   */
  private static List<Dialog> reinviteMovingAliceAnswered(int status) {
    Lab lab = new Lab();
    var held = new org.siplab.transaction.ServerTransaction[1];
    lab.bob.onOther = (request, tx) -> held[0] = tx;
    lab.sim.at(0, "alice", "call bob", () -> lab.alice.invite(lab.bob));
    lab.runFor(1_000_000);
    DialogId id = lab.alice.lastDialog.id();
    lab.sim.at(lab.sim.scheduler().nowUs(), "alice", "re-INVITE from another address",
        () -> lab.alice.ua().sendInDialog(id, Method.INVITE, b -> b.header(HeaderName.CONTACT,
            org.siplab.message.NameAddress.of(org.siplab.message.SipUri.of("alice",
                "192.0.2.77")))));
    lab.runFor(1_000_000);
    Dialog pending = lab.bob.ua().dialogs().get(0);
    lab.sim.at(lab.sim.scheduler().nowUs(), "bob", "answer the re-INVITE " + status,
        () -> lab.bob.ua().respond(held[0], lab.bob.ua().responseTo(held[0], status).build()));
    lab.runFor(1_000_000);
    return List.of(pending, lab.bob.ua().dialogs().get(0));
  }

  @Test
  @DisplayName("a re-INVITE sets the remote CSeq on receipt but its Contact becomes the remote"
      + " target only when the UAS answers 2xx (section 12.2.2)")
  void reinviteRefreshesTheTargetWhenAccepted() {
    List<Dialog> bob = reinviteMovingAliceAnswered(200);
    assertEquals(2, bob.get(0).remoteCseq(), "the remote CSeq is the re-INVITE's at once");
    assertNotEquals("sip:alice@192.0.2.77", bob.get(0).remoteTarget().toString());
    assertEquals("sip:alice@192.0.2.77", bob.get(1).remoteTarget().toString());
  }

  @Test
  @DisplayName("a re-INVITE the UAS rejects leaves the remote target as it was: \"If the request"
      + " is rejected, none of the state changes are performed\" (section 12.2.2)")
  void rejectedReinviteKeepsTheTarget() {
    List<Dialog> bob = reinviteMovingAliceAnswered(488);
    assertEquals(bob.get(0).remoteTarget(), bob.get(1).remoteTarget());
    assertNotEquals("sip:alice@192.0.2.77", bob.get(1).remoteTarget().toString());
    assertEquals(2, bob.get(1).remoteCseq());
  }

  @Test
  @DisplayName("an OPTIONS in a dialog is answered 200 and leaves the remote CSeq as it was, even"
      + " with a lower CSeq (sections 11.2 and 12.2.2)")
  void optionsInADialogLeavesTheCseq() {
    Lab lab = new Lab();
    lab.sim.at(0, "alice", "call bob", () -> lab.alice.invite(lab.bob));
    lab.runFor(1_000_000);
    DialogId id = lab.alice.lastDialog.id();
    Dialog d = lab.alice.ua().dialog(id).orElseThrow();
    lab.sim.at(lab.sim.scheduler().nowUs(), "alice", "ask bob's options in the dialog, CSeq 5",
        () -> lab.alice.ua().send(d.nextRequest(Method.OPTIONS, 1).request().build()
            .with(HeaderName.CSEQ, new CSeq(5, Method.OPTIONS))));
    lab.runFor(1_000_000);
    assertEquals(1, lab.bob.ua().dialogs().get(0).remoteCseq());
    lab.sim.at(lab.sim.scheduler().nowUs(), "alice", "hang up with CSeq 2",
        () -> lab.alice.ua().sendInDialog(id, Method.BYE, b -> { }));
    lab.runFor(1_000_000);
    assertEquals(List.of("alice>bob INVITE", "bob>alice 180", "bob>alice 200", "alice>bob ACK",
        "alice>bob OPTIONS", "bob>alice 200", "alice>bob BYE", "bob>alice 200"), lab.sends(),
        "the BYE's CSeq 2 is in order: the OPTIONS's 5 was not stored");
  }

  @Test
  @DisplayName("a request that crosses the BYE this UA sent gets 481 with a Warning saying so, is"
      + " not passed up and takes no CSeq, and its sender ends the dialog (sections 15.1.1,"
      + " 12.2.2, 12.2.1.2)")
  void requestCrossingOwnByeGets481() {
    Lab lab = new Lab();
    lab.sim.at(0, "alice", "call bob", () -> lab.alice.invite(lab.bob));
    lab.runFor(1_000_000);
    DialogId aliceSide = lab.alice.lastDialog.id();
    DialogId bobSide = lab.bob.ua().dialogs().get(0).id();
    long now = lab.sim.scheduler().nowUs();
    lab.sim.at(now, "alice", "hang up",
        () -> lab.alice.ua().sendInDialog(aliceSide, Method.BYE, b -> { }));
    lab.sim.at(now, "bob", "INFO", () -> lab.bob.ua().sendInDialog(bobSide, Method.INFO,
        b -> { }));
    lab.runFor(60_000_000);
    assertEquals(List.of("alice>bob INVITE", "bob>alice 180", "bob>alice 200", "alice>bob ACK",
        "alice>bob BYE", "bob>alice INFO", "bob>alice 200", "alice>bob 481"), lab.sends());
    String answer = lab.sendEvents().get(7).message();
    assertTrue(answer.contains("Warning: 399 ") && answer.contains("15.1.1"), answer);
    assertTrue(lab.alice.seen.stream().noneMatch(s -> s.equals("request INFO")),
        lab.alice.seen.toString());
    assertTrue(lab.sim.trace().events().stream().noneMatch(e -> e instanceof TraceEvent.Dialog d
        && d.element().equals("alice") && d.reason().startsWith("received INFO")));
    assertTrue(lab.bob.seen.contains("response 481 INFO"), lab.bob.seen.toString());
    assertEquals(0, lab.alice.ua().layer().serverTransactionCount() + lab.bob.ua().layer()
        .clientTransactionCount());
    assertTrue(lab.alice.ua().dialogs().isEmpty() && lab.bob.ua().dialogs().isEmpty());
  }

  @Test
  @DisplayName("a BYE that crosses this UA's own BYE is still answered 200 (section 15.1.2)")
  void byeCrossingOwnByeGets200() {
    Lab lab = new Lab();
    lab.sim.at(0, "alice", "call bob", () -> lab.alice.invite(lab.bob));
    lab.runFor(1_000_000);
    DialogId aliceSide = lab.alice.lastDialog.id();
    DialogId bobSide = lab.bob.ua().dialogs().get(0).id();
    long now = lab.sim.scheduler().nowUs();
    lab.sim.at(now, "alice", "hang up",
        () -> lab.alice.ua().sendInDialog(aliceSide, Method.BYE, b -> { }));
    lab.sim.at(now, "bob", "hang up",
        () -> lab.bob.ua().sendInDialog(bobSide, Method.BYE, b -> { }));
    lab.runFor(60_000_000);
    List<String> answers = lab.sends().subList(6, 8);
    assertTrue(answers.contains("alice>bob 200") && answers.contains("bob>alice 200"),
        lab.sends().toString());
  }

  @Test
  @DisplayName("a CANCEL of a pending non-INVITE request gets 200 and has no other effect: the"
      + " request gets no 487, the TU hears of no cancellation, and its own answer goes out"
      + " (section 9.2)")
  void cancelOfANonInviteHasNoEffect() {
    Lab lab = new Lab();
    var held = new org.siplab.transaction.ServerTransaction[1];
    lab.bob.onOther = (request, tx) -> held[0] = tx;
    var options = new org.siplab.transaction.ClientTransaction[1];
    lab.sim.at(0, "alice", "send OPTIONS", () -> options[0] = lab.alice.ua().send(
        lab.alice.ua().newRequest(Method.OPTIONS, lab.bob.self().uri(), lab.alice.self(),
            lab.bob.self()).build(), lab.sim.node("bob").endpoint()));
    lab.sim.at(100_000, "alice", "cancel the OPTIONS", () -> lab.alice.ua().layer()
        .startClientTransaction(Cancels.cancelOf(options[0].request()),
            lab.sim.node("bob").endpoint()));
    lab.sim.at(200_000, "bob", "answer the OPTIONS", () -> lab.bob.ua().respond(held[0],
        lab.bob.ua().responseTo(held[0], 200).build()));
    lab.runFor(1_000_000);
    List<String> answers = lab.sendEvents().stream().filter(s -> s.from().equals("bob"))
        .map(s -> s.firstLine() + " / " + s.cseq()).toList();
    assertEquals(List.of("SIP/2.0 200 OK / 1 CANCEL", "SIP/2.0 200 OK / 1 OPTIONS"), answers);
    assertTrue(!lab.bob.seen.contains("cancelled"), lab.bob.seen.toString());
  }

  @Test
  @DisplayName("an ACK is never answered: a repeated ACK, an ACK with another CSeq and an ACK for"
      + " no dialog get no response, and only the first ACK reaches the TU (sections 17.2.3,"
      + " 13.3.1.4)")
  void anAckIsNeverAnswered() {
    Lab lab = new Lab();
    lab.sim.at(0, "alice", "call bob", () -> lab.alice.invite(lab.bob));
    lab.runFor(1_000_000);
    String ack = lab.sendEvents().stream().filter(s -> s.firstLine().startsWith("ACK "))
        .findFirst().orElseThrow().message();
    String callId = ack.lines().filter(l -> l.startsWith("Call-ID: ")).findFirst().orElseThrow();
    String cseq = ack.lines().filter(l -> l.startsWith("CSeq: ")).findFirst().orElseThrow();
    int before = lab.sends().size();
    long now = lab.sim.scheduler().nowUs();
    List<String> strays = List.of(ack, ack.replace(cseq, "CSeq: 7 ACK"),
        ack.replace(callId, "Call-ID: no-such-call@192.0.2.1"));
    for (int i = 0; i < strays.size(); i++) {
      SipRequest stray = (SipRequest) SipParser.parse(strays.get(i)).message();
      lab.sim.at(now + i * 10_000, "alice", "send a stray ACK", () -> lab.alice.ua().layer()
          .sendStateless(stray, lab.sim.node("bob").endpoint()));
    }
    lab.runFor(5_000_000);
    List<String> after = lab.sends().subList(before, lab.sends().size());
    assertEquals(List.of("alice>bob ACK", "alice>bob ACK", "alice>bob ACK"), after);
    assertEquals(1, Collections.frequency(lab.bob.seen, "ack"), lab.bob.seen.toString());
    assertEquals(1, lab.bob.ua().dialogs().size(), "the call goes on");
  }
}
