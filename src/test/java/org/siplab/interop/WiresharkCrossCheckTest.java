package org.siplab.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siplab.codec.ParseResult;
import org.siplab.codec.SipParser;
import org.siplab.interop.WiresharkExpectedFlags.ExpectedFlag;
import org.siplab.interop.WiresharkKnownDisagreements.KnownDisagreement;
import org.siplab.interop.WiresharkSipValues.Difference;

/**
 * An independent SIP implementation, Wireshark's SIP dissector, reads the bytes siplab sends (and
 * the RFC 3665 examples siplab accepts) as siplab means them: it finds nothing malformed, and it
 * reads the same method or status, Call-ID, CSeq, tags, top branch, Via count and
 * Content-Length as siplab's own parser does from the same bytes.
 *
 * <p>All messages go into one capture and through one tshark run, which takes a few seconds;
 * running the bundled scenarios to get the messages takes most of this class's time.
 */
@DisplayName("Wireshark's SIP dissector")
class WiresharkCrossCheckTest {

  /** How many problems a failure lists before it only counts the rest. */
  private static final int SHOWN = 25;

  @TempDir
  static Path work;

  /** A datagram and the frame Wireshark made of it. */
  private record Reading(WiresharkSample sample, WiresharkFrame frame) {}

  private static List<Reading> sentBySiplab;
  private static List<Reading> rfc3665;
  private static Reading callIdChanged;

  /** Why the cross-check cannot run here, or null when both tools are installed. */
  private static String missingTool;

  @BeforeAll
  static void dissectEverythingOnce() {
    if (!WiresharkCommand.onPath("tshark")) {
      missingTool = "tshark is not on PATH (Debian package tshark)";
    } else if (!WiresharkCommand.onPath("text2pcap")) {
      missingTool = "text2pcap is not on PATH (Debian package wireshark-common)";
    } else {
      dissect();
    }
  }

  /**
   * Each test, rather than the class, is skipped when a tool is missing: Maven's test report
   * then counts the skipped tests and shows why, where a skipped class would vanish from it.
   */
  @BeforeEach
  void needsWireshark() {
    assumeTrue(missingTool == null, () -> missingTool + "; skipping the Wireshark cross-check");
  }

  private static void dissect() {
    List<WiresharkSample> sent = WiresharkSamples.sentByBundledScenarios();
    List<WiresharkSample> corpus = WiresharkSamples.rfc3665MessagesSiplabParses();
    List<WiresharkSample> all = new ArrayList<>(sent);
    all.addAll(corpus);
    all.add(withCallIdChanged(sent.get(0)));
    List<WiresharkFrame> frames = Tshark.dissect(WiresharkCapture.write(all, work), work);
    assertEquals(all.size(), frames.size(), "tshark read another number of frames than written");
    List<Reading> readings = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      assertEquals(i + 1, frames.get(i).number(), "tshark listed the frames out of order");
      readings.add(new Reading(all.get(i), frames.get(i)));
    }
    sentBySiplab = readings.subList(0, sent.size());
    rfc3665 = readings.subList(sent.size(), sent.size() + corpus.size());
    callIdChanged = readings.get(readings.size() - 1);
  }

  @Test
  @DisplayName("takes every message siplab sends in the bundled scenarios as SIP, and flags none"
      + " as malformed or with a warning, but the deliberate mistakes of teaching scenarios")
  void flagsOnlyTheDeliberateMistakes() {
    List<String> problems = new ArrayList<>();
    for (Reading r : sentBySiplab) {
      List<String> flags = WiresharkExpectedFlags.flagsOf(r.frame());
      ExpectedFlag deliberate = WiresharkExpectedFlags.deliberate(r.sample());
      List<String> expected = deliberate == null ? List.of() : deliberate.flags();
      if (!flags.equals(expected)) {
        problems.add(r.sample() + "\n    Wireshark: " + flags + "\n    expected: " + expected
            + (deliberate == null ? "" : " because " + deliberate.why()));
      }
    }
    for (ExpectedFlag deliberate : WiresharkExpectedFlags.DELIBERATE) {
      if (sentBySiplab.stream().noneMatch(r -> deliberate.matches(r.sample()))) {
        problems.add(deliberate.source() + " sent no '" + deliberate.startLine() + "' any more;"
            + " update WiresharkExpectedFlags");
      }
    }
    assertNoProblems(problems, sentBySiplab.size() + " messages of the bundled scenarios");
  }

  @Test
  @DisplayName("reads the same method or status, Call-ID, CSeq, tags, top branch, Via count and"
      + " Content-Length as siplab from every message siplab sends in the bundled scenarios")
  void readsSiplabsMessagesAsSiplabDoes() {
    List<String> problems = new ArrayList<>();
    for (Reading r : sentBySiplab) {
      ParseResult parsed = SipParser.parse(r.sample().wire());
      if (!parsed.isValid()) {
        // A deliberately broken message has no siplab reading to compare; any other must parse.
        if (WiresharkExpectedFlags.deliberate(r.sample()) == null) {
          problems.add(r.sample() + "\n    siplab cannot parse its own message: "
              + parsed.errors());
        }
        continue;
      }
      // siplab never folds a header line, so no known mistake of Wireshark's can apply here.
      compare(r, parsed, List.of(), problems);
    }
    assertNoProblems(problems, sentBySiplab.size() + " messages of the bundled scenarios");
  }

  @Test
  @DisplayName("takes every RFC 3665 message siplab parses as SIP, and flags none of them")
  void flagsNoRfc3665MessageSiplabAccepts() {
    List<String> problems = new ArrayList<>();
    for (Reading r : rfc3665) {
      List<String> flags = WiresharkExpectedFlags.flagsOf(r.frame());
      if (!flags.isEmpty()) {
        problems.add(r.sample() + "\n    Wireshark: " + flags);
      }
    }
    assertNoProblems(problems, rfc3665.size() + " RFC 3665 messages");
  }

  @Test
  @DisplayName("reads the same values as siplab from every RFC 3665 message siplab parses, but"
      + " for its own known mistakes")
  void readsTheRfc3665MessagesAsSiplabDoes() {
    List<String> problems = new ArrayList<>();
    for (Reading r : rfc3665) {
      compare(r, SipParser.parse(r.sample().wire()), WiresharkKnownDisagreements.ALL, problems);
    }
    assertNoProblems(problems, rfc3665.size() + " RFC 3665 messages");
  }

  @Test
  @DisplayName("disagrees with siplab when the bytes it reads carry another Call-ID, so the"
      + " comparison can fail")
  void theComparisonSeesAChangedCallId() {
    WiresharkSample original = sentBySiplab.get(0).sample();
    String callId = SipParser.parse(original.wire()).orThrow().callId();
    List<String> problems = new ArrayList<>();
    compare(new Reading(original, callIdChanged.frame()), SipParser.parse(original.wire()),
        WiresharkKnownDisagreements.ALL, problems);
    assertEquals(List.of(original + "\n    Call-ID: siplab '" + callId + "', Wireshark 'changed-"
        + callId + "'"), problems);
  }

  /**
   * Adds to {@code problems} each value siplab and Wireshark read differently from {@code r},
   * but those that one of {@code forgiven} explains.
   */
  private static void compare(Reading r, ParseResult parsed, List<KnownDisagreement> forgiven,
      List<String> problems) {
    StringBuilder found = new StringBuilder();
    for (Difference d : WiresharkSipValues.differences(
        WiresharkSipValues.readBySiplab(parsed.orThrow()),
        WiresharkSipValues.readByWireshark(r.frame()))) {
      KnownDisagreement known = WiresharkKnownDisagreements.explaining(r.sample(), d);
      if (known == null || !forgiven.contains(known)) {
        found.append("\n    ").append(d);
      }
    }
    if (found.length() > 0) {
      problems.add(r.sample() + found.toString());
    }
  }

  /** {@code sample} with its Call-ID's value prefixed, as a datagram siplab did not send. */
  private static WiresharkSample withCallIdChanged(WiresharkSample sample) {
    String callId = SipParser.parse(sample.wire()).orThrow().callId();
    String line = "\r\nCall-ID: " + callId + "\r\n";
    String text = sample.text();
    assertTrue(text.contains(line), sample + " has no '" + line.strip() + "' line");
    String changed = text.replace(line, "\r\nCall-ID: changed-" + callId + "\r\n");
    return new WiresharkSample(sample.source(), sample.event() + ", Call-ID changed",
        changed.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertNoProblems(List<String> problems, String checked) {
    StringBuilder message = new StringBuilder();
    message.append(problems.size()).append(" problems in ").append(checked).append(":\n");
    problems.stream().limit(SHOWN).forEach(p -> message.append(p).append('\n'));
    if (problems.size() > SHOWN) {
      message.append("... and ").append(problems.size() - SHOWN).append(" more\n");
    }
    assertTrue(problems.isEmpty(), message::toString);
  }
}
