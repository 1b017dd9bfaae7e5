package org.siplab.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.siplab.capture.CaptureWriter.Format;
import org.siplab.capture.CaptureWriter.Link;
import org.siplab.capture.CaptureWriter.Packet;
import org.siplab.check.Checker;
import org.siplab.explain.Annotator;
import org.siplab.report.Report;
import org.siplab.report.ReportInput;
import org.siplab.trace.Finding;
import org.siplab.trace.Trace;

/**
 * What a capture holds is whatever was on the wire: SIPp's messages with bytes changed, cut
 * short, sent between other endpoints and in another order. Whatever it is, the checker, the
 * annotator and the report take the trace made of it without an exception.
 */
class CaptureRobustnessTest {

  private static final List<CapturedDatagram> SAMPLES = samples();

  private static List<CapturedDatagram> samples() {
    List<CapturedDatagram> all = new java.util.ArrayList<>();
    for (String name : List.of("sipp-call.pcap", "sipp-cancel.pcap", "sipp-five-calls.pcap")) {
      all.addAll(read(CaptureFileTest.resource(name)).datagrams());
    }
    return all;
  }

  /**
   * One datagram of a sample, changed at a place (a byte set to {@code value}, or the header line
   * there removed or repeated, by {@code value % 3}) and cut short, between two of four ends.
   */
  private record Change(int sample, int at, int value, int cut, int from, int to) {}

  private static final List<String> ENDS = List.of("192.0.2.1", "192.0.2.2", "2001:db8::1",
      "192.0.2.3");

  @Test
  @DisplayName("any capture of changed SIPp messages (a byte, a header line removed or repeated,"
      + " cut short) is checked, annotated and reported without an exception, the report naming"
      + " every captured endpoint")
  void changedMessages() {
    Gen<Change> changes = integers().between(0, SAMPLES.size() - 1)
        .zip(integers().between(0, 2000), integers().between(0, 255), integers().between(1, 2000),
            (s, at, v, cut) -> new int[] {s, at, v, cut})
        .zip(integers().between(0, 3), integers().between(0, 3),
            (a, f, t) -> new Change(a[0], a[1], a[2], a[3], f, t));
    qt().withFixedSeed(20261127L).withExamples(200)
        .forAll(lists().of(changes).ofSizeBetween(1, 8))
        .checkAssert(list -> {
          CaptureWriter writer = new CaptureWriter(Format.PCAP_MICROS, Link.RAW,
              ByteOrder.BIG_ENDIAN);
          long time = 0;
          for (Change c : list) {
            byte[] payload = changed(SAMPLES.get(c.sample()).payload(), c);
            payload = java.util.Arrays.copyOf(payload, Math.min(payload.length, c.cut()));
            String from = ENDS.get(c.from());
            String to = ENDS.get(c.to());
            if (from.contains(":") != to.contains(":")) {
              to = from.contains(":") ? "2001:db8::2" : "192.0.2.9";
            }
            writer.add(Packet.udp(time += 1000, from, 5060, to, 5060, payload));
          }
          Capture capture = read(writer.bytes());
          Trace trace = CaptureTrace.of(capture, "changed.pcap").trace();
          List<Finding> findings = Checker.check(trace);
          String html = Report.html(ReportInput.of(trace, findings, null)
              .withAnnotations(Annotator.annotate(trace)));
          assertTrue(html.startsWith("<!DOCTYPE html>"));
          trace.elements().forEach(e -> assertTrue(html.contains(e.name()), e.name()));
          assertEquals(trace.events().size(), 2 * trace.events().stream()
              .filter(e -> e instanceof org.siplab.trace.TraceEvent.Send).count());
        });
  }

  private static byte[] changed(byte[] original, Change c) {
    byte[] payload = original.clone();
    if (c.value() % 3 == 0) {
      payload[c.at() % payload.length] = (byte) c.value();
      return payload;
    }
    String text = new String(payload, java.nio.charset.StandardCharsets.ISO_8859_1);
    List<String> lines = new java.util.ArrayList<>(List.of(text.split("\r\n", -1)));
    int header = 1 + c.at() % Math.max(1, lines.indexOf("") - 1);
    if (header < lines.size()) {
      if (c.value() % 3 == 1) {
        lines.remove(header);
      } else {
        lines.add(header, lines.get(header));
      }
    }
    return String.join("\r\n", lines).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static Capture read(byte[] file) {
    try {
      return CaptureFile.read(file);
    } catch (CaptureFormatException e) {
      throw new AssertionError(e);
    }
  }
}
