package org.siplab.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.capture.CaptureWriter.Format;
import org.siplab.capture.CaptureWriter.Link;
import org.siplab.capture.CaptureWriter.Packet;
import org.siplab.check.Checker;
import org.siplab.trace.ElementInfo;
import org.siplab.trace.Finding;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;
import org.siplab.trace.TraceJson;

class CaptureTraceTest {

  private static Trace traceOf(String resource) throws CaptureFormatException {
    return CaptureTrace.of(CaptureFile.read(CaptureFileTest.resource(resource)), resource).trace();
  }

  @Test
  @DisplayName("each SIP datagram of a capture is a send and its deliver at the same time, between"
      + " elements named by their endpoints, times counted from the first message")
  void sendsAndDelivers() throws Exception {
    Trace trace = traceOf("sipp-call.pcap");
    assertEquals(List.of(new ElementInfo("127.0.0.1:5060", CaptureTrace.KIND, "127.0.0.1:5060"),
        new ElementInfo("127.0.0.1:5090", CaptureTrace.KIND, "127.0.0.1:5090")),
        trace.elements());
    assertEquals(14, trace.events().size());
    TraceEvent.Send invite = (TraceEvent.Send) trace.event(1);
    TraceEvent.Deliver delivered = (TraceEvent.Deliver) trace.event(2);
    assertEquals(0, invite.timeUs());
    assertEquals(TraceEvent.NO_CAUSE, invite.cause());
    assertTrue(trace.isCapture());
    assertEquals(invite.seq(), delivered.cause());
    assertEquals(invite.timeUs(), delivered.timeUs());
    assertEquals(invite.datagram(), delivered.datagram());
    assertTrue(invite.firstLine().startsWith("INVITE sip:"), invite.firstLine());
    assertEquals("1 INVITE", invite.cseq());
    TraceEvent.Send ok = sends(trace).get(3);
    assertEquals("SIP/2.0 200 OK", ok.firstLine());
    assertEquals(invite.transaction(), ok.transaction(), "the 200 answers the INVITE's"
        + " transaction (section 17.1.3)");
    TraceEvent.Send ack = sends(trace).get(4);
    assertTrue(ack.firstLine().startsWith("ACK "));
    assertNull(ack.transaction(),
        "the ACK of a 2xx is a transaction of its own (section 17.1.1.3)");
    assertTrue(ok.dialog() != null && ok.dialog().equals(ack.dialog()));
  }

  @Test
  @DisplayName("a send's cause is the delivery the SIP rules tie it to: a response its request's,"
      + " an ACK its final response's; a new request has none, and the explanations say what a"
      + " capture cannot show")
  void causes() throws Exception {
    Trace trace = traceOf("sipp-call.pcap");
    List<TraceEvent.Send> sends = sends(trace);
    // INVITE (1), 100 (3), 180 (5), 200 (7), ACK (9), BYE (11), 200 (13); deliveries one after.
    assertEquals(List.of(0L, 2L, 2L, 2L, 8L, 0L, 12L),
        sends.stream().map(TraceEvent::cause).toList());
    Map<Long, String> said = org.siplab.explain.Annotator.annotate(trace);
    assertTrue(said.get(1L).contains("on its own initiative as far as the capture shows at 0 s"),
        said.get(1L));
    assertTrue(said.get(3L).startsWith("127.0.0.1:5090 answers the INVITE delivered at seq 2 with"
        + " 100 Trying:"), said.get(3L));
    assertTrue(said.get(2L).contains("a capture taken in one place does not show when it"
        + " arrives"), said.get(2L));
  }

  @Test
  @DisplayName("the same capture gives the same trace, byte for byte")
  void deterministic() throws Exception {
    assertEquals(TraceJson.write(traceOf("sipp-five-calls.pcap"), Map.of(), List.of()),
        TraceJson.write(traceOf("sipp-five-calls.pcap"), Map.of(), List.of()));
  }

  @Test
  @DisplayName("SIPp's captures break HDR-001 (a Subject in ACK and BYE, a Contact in BYE, its 200"
      + " and CANCEL, which Tables 2 and 3 forbid); its CANCEL capture also TX-001 (the CANCEL and"
      + " ACK change the INVITE's Request-URI) and MSG-001 (a 487 with two To tags, a grammar"
      + " error of section 7.3.1, not a response without a To tag)")
  void corpusFindings() throws Exception {
    assertEquals(List.of("9 HDR-001", "11 HDR-001", "13 HDR-001"),
        brief(Checker.check(traceOf("sipp-call.pcap"))));
    List<String> fiveCalls = brief(Checker.check(traceOf("sipp-five-calls.pcap")));
    assertEquals(15, fiveCalls.size());
    assertTrue(fiveCalls.stream().allMatch(f -> f.endsWith(" HDR-001")), fiveCalls::toString);
    List<Finding> cancel = Checker.check(traceOf("sipp-cancel.pcap"));
    assertEquals(List.of("7 HDR-001", "7 TX-001", "11 MSG-001", "13 MSG-001", "13 HDR-001",
        "13 TX-001"), brief(cancel));
    assertTrue(cancel.get(2).message().contains("the parameter 'tag' appears a second time"),
        cancel.get(2).message());
    assertTrue(cancel.get(1).message().contains("with Request-URI sip:service@127.0.0.1:5090"
        + " where the INVITE has sip:receiver@127.0.0.1:5090"), cancel.get(1).message());
    assertTrue(cancel.get(0).message().endsWith("sent CANCEL with a Contact header field, which"
        + " Tables 2 and 3 mark not applicable to a CANCEL request: the sender must not put it"
        + " there, and the receiver must ignore it."), cancel.get(0).message());
  }

  @Test
  @DisplayName("a captured message with a byte that is not UTF-8 (a display name in Latin-1) is a"
      + " grammar error for the checker, as for lint, though the trace holds it as text")
  void bytesThatAreNotUtf8() throws Exception {
    byte[] options = ("OPTIONS sip:b@192.0.2.2 SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1"
        + ";branch=z9hG4bK-1\r\nMax-Forwards: 70\r\nTo: <sip:b@192.0.2.2>\r\nFrom:"
        + " \"Jos\u00e9\" <sip:a@192.0.2.1>;tag=1\r\nCall-ID: x\r\nCSeq: 1 OPTIONS\r\n"
        + "Content-Length: 0\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] file = new CaptureWriter(Format.PCAP_MICROS, Link.RAW, ByteOrder.BIG_ENDIAN)
        .add(Packet.udp(0, "192.0.2.1", 5060, "192.0.2.2", 5060, options)).bytes();
    Trace trace = CaptureTrace.of(CaptureFile.read(file), "latin1.pcap").trace();
    List<Finding> findings = Checker.check(trace);
    assertEquals(List.of("1 MSG-001"), brief(findings));
    assertTrue(findings.get(0).message().contains("byte 0xE9 is not valid UTF-8"),
        findings.get(0).message());
  }

  @Test
  @DisplayName("a captured INVITE retransmitted a few milliseconds off Timer A keeps the schedule,"
      + " for real timers drift; one off by more than a tenth of the interval does not")
  void captureTimersMayDrift() throws Exception {
    byte[] invite = ("INVITE sip:b@192.0.2.2 SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1"
        + ";branch=z9hG4bK-r1\r\nMax-Forwards: 70\r\nTo: <sip:b@192.0.2.2>\r\nFrom:"
        + " <sip:a@192.0.2.1>;tag=1\r\nCall-ID: r\r\nCSeq: 1 INVITE\r\nContact:"
        + " <sip:a@192.0.2.1>\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    for (long[] times : new long[][] {{0, 503_000, 1_506_000}, {0, 700_000, 2_100_000}}) {
      CaptureWriter w = new CaptureWriter(Format.PCAP_MICROS, Link.RAW, ByteOrder.BIG_ENDIAN);
      for (long t : times) {
        w.add(Packet.udp(t, "192.0.2.1", 5060, "192.0.2.2", 5060, invite));
      }
      Trace trace = CaptureTrace.of(CaptureFile.read(w.bytes()), "retx.pcap").trace();
      List<String> timerA = brief(Checker.check(trace)).stream()
          .filter(f -> f.endsWith("TIMER-001")).toList();
      assertEquals(times[1] == 503_000 ? 0 : 2, timerA.size(), timerA::toString);
    }
  }

  private static List<String> brief(List<Finding> findings) {
    return findings.stream().map(f -> f.event() + " " + f.rule()).toList();
  }

  @Test
  @DisplayName("an endpoint that sends a request with two Via values is a proxy; datagrams that"
      + " are not SIP are left out and counted")
  void proxiesAndOtherTraffic() throws Exception {
    String invite = "INVITE sip:bob@192.0.2.3 SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP 192.0.2.2;branch=z9hG4bK-p1\r\n"
        + "Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK-a1\r\n"
        + "Max-Forwards: 69\r\nTo: <sip:bob@example.com>\r\n"
        + "From: <sip:alice@example.com>;tag=a\r\nCall-ID: c1\r\nCSeq: 1 INVITE\r\n"
        + "Content-Length: 0\r\n\r\n";
    byte[] rtp = new byte[] {(byte) 0x80, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1};
    byte[] keepAlive = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    byte[] file = new CaptureWriter(Format.PCAP_MICROS, Link.LINUX_SLL, ByteOrder.LITTLE_ENDIAN)
        .add(Packet.udp(5_000_000, "192.0.2.1", 4000, "192.0.2.3", 4002, rtp))
        .add(Packet.udp(6_000_000, "192.0.2.2", 5060, "192.0.2.3", 5060,
            invite.getBytes(StandardCharsets.US_ASCII)))
        .add(Packet.udp(7_000_000, "192.0.2.1", 5060, "192.0.2.2", 5060, keepAlive))
        .bytes();
    CaptureTrace.Result result = CaptureTrace.of(CaptureFile.read(file), "x");
    assertEquals(Map.of(CaptureTrace.NOT_SIP, 2), result.leftOut());
    assertEquals(List.of(new ElementInfo("192.0.2.2:5060", CaptureTrace.PROXY, "192.0.2.2:5060"),
        new ElementInfo("192.0.2.3:5060", CaptureTrace.KIND, "192.0.2.3:5060")),
        result.trace().elements());
    assertEquals(0, result.trace().event(1).timeUs(), "times count from the first SIP message");
  }

  @Test
  @DisplayName("a packet captured earlier than the one before keeps its place at that one's time")
  void timeGoingBack() throws Exception {
    byte[] options = ("OPTIONS sip:b@192.0.2.2 SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1"
        + ";branch=z9hG4bK-1\r\nMax-Forwards: 70\r\nTo: <sip:b@192.0.2.2>\r\nFrom:"
        + " <sip:a@192.0.2.1>;tag=1\r\nCall-ID: x\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    byte[] file = new CaptureWriter(Format.PCAPNG, Link.RAW, ByteOrder.BIG_ENDIAN)
        .add(Packet.udp(9_000_000, "192.0.2.1", 5060, "192.0.2.2", 5060, options))
        .add(Packet.udp(8_000_000, "192.0.2.1", 5060, "192.0.2.2", 5060, options))
        .bytes();
    CaptureTrace.Result result = CaptureTrace.of(CaptureFile.read(file), "x");
    assertEquals(1, result.timesStepBack());
    assertEquals(Map.of(), result.leftOut());
    assertEquals(0, result.trace().event(3).timeUs());
  }

  private static List<TraceEvent.Send> sends(Trace trace) {
    return trace.events().stream().filter(e -> e instanceof TraceEvent.Send)
        .map(e -> (TraceEvent.Send) e).toList();
  }
}
