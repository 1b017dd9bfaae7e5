package org.siplab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.explain.RealTraces.Story;
import org.siplab.sim.LinkProfile;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

@DisplayName("the wording of retransmissions and their timers")
class RetransmissionWordingTest {

  private static final String TX = "z9hG4bK1/INVITE";
  private static final String INVITE = Sip.request("INVITE", "sip:bob@biloxi.example.com",
      "z9hG4bK1", "1 INVITE");

  @Test
  @DisplayName("Timer A firing twice: the second firing is 1 s, T1 doubled once")
  void timerAFiresTwice() {
    TraceBuilder b = phones();
    long call = b.script(0, "alice", "call bob");
    long first = b.send(0, call, "alice", "bob", INVITE, TX, null);
    long setA = b.timer(0, call, "alice", TX, "A", "set", 500_000);
    b.timer(0, call, "alice", TX, "B", "set", 32_000_000);
    long firedA = b.timer(500_000, setA, "alice", TX, "A", "fired", 500_000);
    b.send(500_000, firedA, "alice", "bob", INVITE, TX, "A");
    long resetA = b.timer(500_000, firedA, "alice", TX, "A", "set", 1_000_000);
    long firedAgain = b.timer(1_500_000, resetA, "alice", TX, "A", "fired", 1_000_000);
    long again = b.send(1_500_000, firedAgain, "alice", "bob", INVITE, TX, "A");
    long setTwice = b.timer(1_500_000, firedAgain, "alice", TX, "A", "set", 2_000_000);
    Map<Long, String> text = Annotator.annotate(b.trace());

    assertEquals("alice's Timer A fired after 1 s (T1 = 500 ms, doubled once), set at seq "
        + resetA + " (for the INVITE sent at seq " + first + "): the INVITE client transaction"
        + " retransmits because no provisional response has arrived (RFC 3261 17.1.1.2).",
        text.get(firedAgain));
    assertEquals("Timer A fired after 1 s (T1 = 500 ms, doubled once) at seq " + firedAgain
        + ", so alice's INVITE client transaction retransmits the INVITE to bob (first sent at"
        + " seq " + first + ") because no provisional response has arrived (RFC 3261 17.1.1.2).",
        text.get(again));
    assertEquals("alice sets Timer A to 2 s (T1 = 500 ms, doubled twice) for the INVITE sent at"
        + " seq " + first + ", on Timer A firing at seq " + firedAgain + ": it retransmits the"
        + " INVITE if no response arrives (RFC 3261 17.1.1.2).", text.get(setTwice));
  }

  @Test
  @DisplayName("Timer A cancelled because Timer B fired is said to be ended by the timeout, not"
      + " by a response")
  void retransmissionTimerCancelledByTimeout() {
    TraceBuilder b = phones();
    long call = b.script(0, "alice", "call bob");
    b.send(0, call, "alice", "bob", INVITE, TX, null);
    b.timer(0, call, "alice", TX, "A", "set", 500_000);
    long setB = b.timer(0, call, "alice", TX, "B", "set", 32_000_000);
    long firedB = b.timer(32_000_000, setB, "alice", TX, "B", "fired", 32_000_000);
    long cancelled = b.timer(32_000_000, firedB, "alice", TX, "A", "cancelled", 500_000);
    String text = Annotator.annotate(b.trace()).get(cancelled);
    assertTrue(text.contains("Timer B fired first and ended the transaction, so Timer A has"
        + " nothing left to do"), text);
    assertTrue(!text.contains("arrived"), text);
  }

  @Test
  @DisplayName("the interval comes from the trace's T1, not from RFC 3261's default")
  void intervalsFollowTheTracesT1() {
    TraceBuilder b = new TraceBuilder(200_000).element("alice", "phone", "192.0.2.1:5060")
        .element("bob", "phone", "192.0.2.2:5060");
    long call = b.script(0, "alice", "call bob");
    b.send(0, call, "alice", "bob", INVITE, TX, null);
    long set = b.timer(0, call, "alice", TX, "A", "set", 800_000);
    long fired = b.timer(800_000, set, "alice", TX, "A", "fired", 800_000);
    long again = b.send(800_000, fired, "alice", "bob", INVITE, TX, "A");
    String text = Annotator.annotate(b.trace()).get(again);
    assertTrue(text.startsWith("Timer A fired after 800 ms (T1 = 200 ms, doubled twice)"), text);
  }

  @Test
  @DisplayName("Timer E stops doubling at T2: a REGISTER retransmitted after 4 s says so")
  void timerECappedAtT2() {
    TraceBuilder b = phones().element("registrar", "registrar", "192.0.2.5:5060");
    String register = Sip.request("REGISTER", "sip:biloxi.example.com", "z9hG4bK7", "1 REGISTER",
        "Contact: <sip:alice@192.0.2.1:5060>", "Expires: 3600");
    long start = b.script(0, "alice", "register");
    b.send(0, start, "alice", "registrar", register, "z9hG4bK7/REGISTER", null);
    long set = b.timer(3_500_000, start, "alice", "z9hG4bK7/REGISTER", "E", "set", 4_000_000);
    long fired = b.timer(7_500_000, set, "alice", "z9hG4bK7/REGISTER", "E", "fired", 4_000_000);
    long again = b.send(7_500_000, fired, "alice", "registrar", register, "z9hG4bK7/REGISTER",
        "E");
    assertEquals("Timer E fired after 4 s (T2, the cap) at seq " + fired + ", so alice's"
        + " non-INVITE client transaction retransmits the REGISTER to registrar (first sent at"
        + " seq 2) because no final response has arrived (RFC 3261 17.1.2.2).",
        Annotator.annotate(b.trace()).get(again));
  }

  @Test
  @DisplayName("Timer G retransmits a final response to an INVITE until the ACK comes")
  void timerGRetransmitsTheFinalResponse() {
    TraceBuilder b = phones();
    long sent = b.send(0, 0, "alice", "bob", INVITE, TX, null);
    long arrived = b.deliver(10_000, sent);
    String busy = Sip.msg("SIP/2.0 486 Busy Here",
        "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1",
        "From: <sip:alice@atlanta.example.com>;tag=a1",
        "To: <sip:bob@biloxi.example.com>;tag=b1", "Call-ID: call-1@192.0.2.1",
        "CSeq: 1 INVITE");
    b.send(10_000, arrived, "bob", "alice", busy, TX, null);
    long set = b.timer(10_000, arrived, "bob", TX, "G", "set", 500_000);
    long fired = b.timer(510_000, set, "bob", TX, "G", "fired", 500_000);
    long again = b.send(510_000, fired, "bob", "alice", busy, TX, "G");
    Map<Long, String> text = Annotator.annotate(b.trace());
    assertEquals("Timer G fired after 500 ms (T1) at seq " + fired + ", so bob's INVITE server"
        + " transaction retransmits the 486 Busy Here to INVITE to alice (first sent at seq 3)"
        + " because no ACK has arrived (RFC 3261 17.2.1).", text.get(again));
    assertTrue(text.get(fired).contains("retransmits its final response because no ACK has"
        + " arrived (RFC 3261 17.2.1)"), text.get(fired));
  }

  @Test
  @DisplayName("the UA core retransmits its 2xx until the ACK comes, and the UAC ACKs each copy")
  void twoHundredRetransmittedAndAckedAgain() {
    Trace trace = RealTraces.run(Story.LOST_ACKS, 1, LinkProfile.PERFECT);
    Map<Long, String> text = Annotator.annotate(trace);
    TraceEvent.Send retransmitted = Find.send(trace, s -> "2xx".equals(s.retransmittedBy()));
    assertTrue(text.get(retransmitted.seq()).matches("The 2xx retransmission timer fired after"
        + " 500 ms \\(T1\\) at seq \\d+, so bob's UA core retransmits the 200 OK to INVITE to"
        + " alice \\(first sent at seq \\d+\\) because no ACK has arrived \\(RFC 3261"
        + " 13\\.3\\.1\\.4\\)\\."), text.get(retransmitted.seq()));
    TraceEvent.Send ackAgain = Find.sends(trace, s -> s.firstLine().startsWith("ACK")).get(1);
    assertTrue(text.get(ackAgain.seq()).contains("sends its ACK to bob again (first sent at seq"),
        text.get(ackAgain.seq()));
    assertTrue(text.get(ackAgain.seq()).endsWith("the UAC core MUST ACK every 2xx it receives,"
        + " retransmissions too (RFC 3261 13.2.2.4)."), text.get(ackAgain.seq()));
  }

  @Test
  @DisplayName("without an ACK the 2xx timer's last firing gives up and the UAS sends BYE")
  void noAckMeansBye() {
    Trace trace = RealTraces.run(Story.NO_ACK_MEANS_BYE, 1, LinkProfile.PERFECT);
    Map<Long, String> text = Annotator.annotate(trace);
    TraceEvent.Send bye = Find.send(trace, s -> s.firstLine().startsWith("BYE"));
    assertTrue(text.get(bye.cause()).contains("64*T1 = 32 s have passed without an ACK, so the"
        + " UA core stops retransmitting and ends the session with BYE (RFC 3261 13.3.1.4)"),
        text.get(bye.cause()));
    assertTrue(text.get(bye.seq()).startsWith("bob ends the session with BYE to alice, on the"
        + " 2xx retransmission timer firing at seq " + bye.cause() + ": no ACK came for its 2xx"
        + " within 64*T1"), text.get(bye.seq()));
  }

  @Test
  @DisplayName("a server transaction answers a retransmitted request with its latest response")
  void retransmittedRequestGetsTheResponseAgain() {
    TraceBuilder b = phones();
    long sent = b.send(0, 0, "alice", "bob", INVITE, TX, null);
    long arrived = b.deliver(10_000, sent);
    String ringing = Sip.msg("SIP/2.0 180 Ringing",
        "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1",
        "From: <sip:alice@atlanta.example.com>;tag=a1",
        "To: <sip:bob@biloxi.example.com>;tag=b1", "Call-ID: call-1@192.0.2.1",
        "CSeq: 1 INVITE");
    long first = b.send(10_000, arrived, "bob", "alice", ringing, TX, null);
    long again = b.send(500_000, 0, "alice", "bob", INVITE, TX, "A");
    long arrivedAgain = b.deliver(510_000, again);
    long resent = b.send(510_000, arrivedAgain, "bob", "alice", ringing, TX, null);
    assertEquals("bob's server transaction sends its 180 Ringing to INVITE to alice again (first"
        + " sent at seq " + first + "), on the INVITE delivered at seq " + arrivedAgain + ": a"
        + " retransmitted request gets the latest response again (RFC 3261 17.2.1).",
        Annotator.annotate(b.trace()).get(resent));
  }

  static TraceBuilder phones() {
    return new TraceBuilder().element("alice", "phone", "192.0.2.1:5060")
        .element("bob", "phone", "192.0.2.2:5060");
  }
}
