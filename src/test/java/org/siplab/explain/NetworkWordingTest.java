package org.siplab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the wording of what the network does with a datagram")
class NetworkWordingTest {

  private static final String INVITE = Sip.request("INVITE", "sip:bob@biloxi.example.com",
      "z9hG4bK1", "1 INVITE");
  private static final String OK = Sip.msg("SIP/2.0 200 OK",
      "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1",
      "From: <sip:alice@atlanta.example.com>;tag=a1", "To: <sip:bob@biloxi.example.com>;tag=b1",
      "Call-ID: call-1@192.0.2.1", "CSeq: 1 INVITE");

  @Test
  @DisplayName("a delivery names the send, the time on the link and the transport's section")
  void deliveries() {
    TraceBuilder b = RetransmissionWordingTest.phones();
    long invite = b.send(0, 0, "alice", "bob", INVITE, "z9hG4bK1/INVITE", null);
    long arrived = b.deliver(12_500, invite);
    long copy = b.deliverCopy(12_500, invite);
    long ok = b.send(20_000, arrived, "bob", "alice", OK, "z9hG4bK1/INVITE", null);
    long okArrived = b.deliver(20_000, ok);
    Map<Long, String> text = Annotator.annotate(b.trace());
    assertEquals("bob receives the INVITE alice sent at seq 1, 12.5 ms later; its transport hands"
        + " it to the transaction layer (RFC 3261 18.2.1).", text.get(arrived));
    assertEquals("bob receives a duplicate copy of the INVITE alice sent at seq 1, 12.5 ms later;"
        + " its transport hands it to the transaction layer (RFC 3261 18.2.1).", text.get(copy));
    assertEquals("alice receives the 200 OK to INVITE bob sent at seq " + ok + ", at once (the"
        + " link has no delay); its transport hands it to the transaction layer (RFC 3261"
        + " 18.1.2).", text.get(okArrived));
  }

  @Test
  @DisplayName("a loss names its reason and what will make up for it")
  void drops() {
    TraceBuilder b = RetransmissionWordingTest.phones();
    long invite = b.send(0, 0, "alice", "bob", INVITE, "z9hG4bK1/INVITE", null);
    long lost = b.drop(0, invite, "lost (lossRatio 0.3)", null);
    long ok = b.send(20_000, 0, "bob", "alice", OK, "z9hG4bK1/INVITE", null);
    long hit = b.drop(20_000, ok, "fault: 200 to INVITE (match 2)", "200 to INVITE");
    long cut = b.drop(20_000, ok, "partition from 1 s to 3 s", null);
    Map<Long, String> text = Annotator.annotate(b.trace());
    assertEquals("The network loses the INVITE alice sent at seq 1 to bob: random loss on the link"
        + " (lossRatio 0.3); Timer A will retransmit the INVITE (RFC 3261 17.1.1.2).",
        text.get(lost));
    assertEquals("The network loses the 200 OK to INVITE bob sent at seq 3 to alice: the"
        + " scenario's targeted fault \"200 to INVITE\" (match 2); the UAS core retransmits its"
        + " 2xx until the ACK arrives (RFC 3261 13.3.1.4).", text.get(hit));
    assertEquals("The network loses the 200 OK to INVITE bob sent at seq 3 to alice: the link is"
        + " cut (partition from 1 s to 3 s); the UAS core retransmits its 2xx until the ACK"
        + " arrives (RFC 3261 13.3.1.4).", text.get(cut));
  }

  @Test
  @DisplayName("a duplicate and a delay say what the receiver must cope with")
  void duplicatesAndDelays() {
    TraceBuilder b = RetransmissionWordingTest.phones();
    long invite = b.send(0, 0, "alice", "bob", INVITE, "z9hG4bK1/INVITE", null);
    long twice = b.duplicate(0, invite, "duplicated (duplicateRatio 0.2)");
    long late = b.delay(0, invite, 30_000, "held back for reordering (reorderRatio 0.1)");
    Map<Long, String> text = Annotator.annotate(b.trace());
    assertEquals("The network duplicates the INVITE alice sent at seq 1 to bob, by the link's"
        + " random draw (duplicateRatio 0.2): bob will get it twice and its transaction layer"
        + " must recognise the copy (RFC 3261 17.2.3).", text.get(twice));
    assertEquals("The network holds back the INVITE alice sent at seq 1 to bob by 30 ms beyond"
        + " the link's delay, by the link's random draw (reorderRatio 0.1), so it may arrive after"
        + " messages sent later; UDP does not keep order (RFC 3261 18).", text.get(late));
  }
}
