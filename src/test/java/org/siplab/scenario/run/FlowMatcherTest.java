package org.siplab.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.codec.SipParser;
import org.siplab.message.SipMessage;
import org.siplab.scenario.model.FlowItem;
import org.siplab.scenario.model.MessagePattern;
import org.siplab.scenario.model.SourcePosition;
import org.siplab.scenario.run.FlowMatcher.Sent;

/**
 * The flow expectation's matcher, over random runs of messages between three elements: a flow that
 * lists what was sent matches, and a flow that differs from it in one place does not.
 */
@DisplayName("a flow expectation")
class FlowMatcherTest {

  private static final long SEED = 0x5EEDF10L;
  private static final String[] NAMES = {"alice", "proxy", "bob"};
  private static final String[] METHODS = {"INVITE", "ACK", "BYE", "OPTIONS"};
  private static final int[] STATUSES = {100, 180, 200, 486};
  private static final SourcePosition AT = new SourcePosition("t.yaml", 1, 1);

  /** Message {@code code} of a run: who sends it to whom, and which request or response. */
  private static Sent sent(int code) {
    String from = NAMES[code % 3];
    String to = NAMES[(code / 3 + 1 + code % 3) % 3];
    int what = (code / 9) % 8;
    String method = METHODS[what % 4];
    SipMessage m = what < 4 ? request(method) : response(STATUSES[what % 4], method);
    return new Sent(from, to, m, m.toString().lines().findFirst().orElseThrow());
  }

  private static SipMessage request(String method) {
    return SipParser.parse(method + " sip:bob@example.com SIP/2.0\r\n" + HEADERS.replace("M",
        method)).orThrow();
  }

  private static SipMessage response(int status, String method) {
    return SipParser.parse("SIP/2.0 " + status + " Whatever\r\n" + HEADERS.replace("M", method)
        ).orThrow();
  }

  private static final String HEADERS = "Via: SIP/2.0/UDP h;branch=z9hG4bK1\r\nFrom: <sip:a@b>"
      + ";tag=1\r\nTo: <sip:a@b>;tag=2\r\nCall-ID: x\r\nCSeq: 1 M\r\nMax-Forwards: 70\r\n\r\n";

  /** The flow step that the message {@code s} matches. */
  private static FlowItem.Message step(Sent s) {
    SipMessage m = s.message();
    MessagePattern pattern = m instanceof org.siplab.message.SipRequest r
        ? MessagePattern.request(r.method().name())
        : MessagePattern.response(((org.siplab.message.SipResponse) m).status(),
            m.cseq().method().name());
    return new FlowItem.Message(s.from(), s.to(), pattern, AT);
  }

  private static List<Sent> run(List<Integer> codes) {
    return codes.stream().map(FlowMatcherTest::sent).toList();
  }

  @Test
  @DisplayName("listing every message sent, in order, matches")
  void theWholeRunMatches() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(lists().of(integers().between(0, 71)).ofSizeBetween(1, 12))
        .checkAssert(codes -> {
          List<Sent> sent = run(codes);
          List<FlowItem> flow = new ArrayList<>(sent.stream().map(FlowMatcherTest::step).toList());
          assertTrue(FlowMatcher.match(flow, sent).matched(), () -> flow + " vs " + sent);
        });
  }

  @Test
  @DisplayName("every other message with '...' between them, and at the end, matches")
  void aSubsequenceWithGapsMatches() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(lists().of(integers().between(0, 71)).ofSizeBetween(2, 12))
        .checkAssert(codes -> {
          List<Sent> sent = run(codes);
          List<FlowItem> flow = new ArrayList<>();
          for (int i = 0; i < sent.size(); i += 2) {
            flow.add(step(sent.get(i)));
            flow.add(new FlowItem.Gap(AT));
          }
          assertTrue(FlowMatcher.match(flow, sent).matched(), () -> flow + " vs " + sent);
        });
  }

  @Test
  @DisplayName("a step that no message of the run matches makes the flow fail")
  void aMissingMessageFails() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(lists().of(integers().between(0, 71)).ofSizeBetween(1, 12),
            integers().between(0, 11))
        .checkAssert((codes, where) -> {
          List<Sent> sent = run(codes);
          List<FlowItem> flow = new ArrayList<>(sent.stream().map(FlowMatcherTest::step).toList());
          // carol never sends anything in these runs.
          flow.add(Math.min(where, flow.size()), new FlowItem.Message("carol", "bob",
              MessagePattern.request("INVITE"), AT));
          assertFalse(FlowMatcher.match(flow, sent).matched(), () -> flow + " vs " + sent);
        });
  }

  @Test
  @DisplayName("without '...' at the end, a message after the last step makes the flow fail")
  void anUnlistedMessageAtTheEndFails() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(lists().of(integers().between(0, 71)).ofSizeBetween(2, 12))
        .checkAssert(codes -> {
          List<Sent> sent = run(codes);
          List<FlowItem> flow = new ArrayList<>(sent.subList(0, sent.size() - 1).stream()
              .map(FlowMatcherTest::step).toList());
          assertFalse(FlowMatcher.match(flow, sent).matched(), () -> flow + " vs " + sent);
        });
  }

  @Test
  @DisplayName("two neighbouring messages swapped match only inside an any-order group")
  void swappedNeighboursNeedAnAnyOrderGroup() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(lists().of(integers().between(0, 71)).ofSizeBetween(2, 12),
            integers().between(0, 10))
        .assuming((codes, at) -> at + 1 < codes.size()
            && !step(sent(codes.get(at))).toString().equals(step(sent(codes.get(at + 1)))
                .toString()))
        .checkAssert((codes, at) -> {
          List<Sent> sent = run(codes);
          List<FlowItem.Message> steps = sent.stream().map(FlowMatcherTest::step).toList();
          List<FlowItem> swapped = new ArrayList<>(steps);
          swapped.set(at, steps.get(at + 1));
          swapped.set(at + 1, steps.get(at));
          List<FlowItem> grouped = new ArrayList<>(steps);
          grouped.remove((int) at);
          grouped.set(at, new FlowItem.AnyOrder(List.of(steps.get(at + 1), steps.get(at)), AT));
          assertTrue(FlowMatcher.match(grouped, sent).matched(), () -> grouped + " vs " + sent);
          if (at > 0) {
            // (At the very start the swapped flow may begin later and still match a suffix.)
            assertFalse(FlowMatcher.match(swapped, sent).matched(),
                () -> swapped + " vs " + sent);
          }
        });
  }

  /** Message {@code code} of a run, labelled as the runner labels it ({@code 200 INVITE}). */
  private static Sent labelled(int code) {
    Sent s = sent(code);
    return new Sent(s.from(), s.to(), s.message(), step(s).pattern().toString());
  }

  /** The rows of a failure's table, each as {marker, expected, sent}, without the heading. */
  private static List<String[]> rows(String explanation) {
    return explanation.lines().filter(l -> l.startsWith("  ") && l.contains(" | ")).skip(1)
        .map(l -> new String[] {l.substring(2, 3), l.substring(4, l.lastIndexOf(" | ")).strip(),
            l.substring(l.lastIndexOf(" | ") + 3).strip()})
        .toList();
  }

  @Test
  @DisplayName("a failure's table shows each matched step beside the very message it matched,"
      + " however many messages a '...' stood for")
  void aFailureShowsEachStepBesideItsMessage() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(lists().of(integers().between(0, 71)).ofSizeBetween(2, 12),
            integers().between(0, 11))
        .checkAssert((codes, where) -> {
          List<Sent> sent = codes.stream().map(FlowMatcherTest::labelled).toList();
          List<FlowItem> flow = new ArrayList<>();
          for (int i = 0; i < sent.size(); i += 3) {
            flow.add(step(sent.get(i)));
            flow.add(new FlowItem.Gap(AT));
          }
          flow.add(Math.min(where, flow.size()), new FlowItem.Message("carol", "bob",
              MessagePattern.request("INVITE"), AT));
          FlowMatcher.Outcome outcome = FlowMatcher.match(flow, sent);
          assertFalse(outcome.matched());
          for (String[] row : rows(outcome.explanation())) {
            if (row[0].equals(">")) {
              break;
            }
            if (row[1].matches("[a-z]+>[a-z]+ .*")) {
              assertEquals(row[1], row[2], outcome::explanation);
            }
          }
        });
  }

  @Test
  @DisplayName("a step after '...' that no message matches is shown beside the first later"
      + " message between the same two elements")
  void anUnmatchedStepAfterAGapShowsTheNearestMessage() {
    List<Sent> sent = List.of(new Sent("alice", "proxy", request("INVITE"), "INVITE"),
        new Sent("proxy", "alice", response(100, "INVITE"), "100 INVITE"),
        new Sent("proxy", "alice", response(200, "INVITE"), "200 INVITE"));
    List<FlowItem> flow = List.of(new FlowItem.Message("alice", "proxy",
            MessagePattern.request("INVITE"), AT), new FlowItem.Gap(AT),
        new FlowItem.Message("proxy", "alice", MessagePattern.response(486, "INVITE"), AT));
    List<String[]> rows = rows(FlowMatcher.match(flow, sent).explanation());
    assertEquals(List.of("alice>proxy INVITE|alice>proxy INVITE",
            "...|proxy>alice 100 INVITE", "|proxy>alice 200 INVITE",
            "proxy>alice 486 INVITE|(none; proxy>alice sent 100 INVITE, message 2)"),
        rows.stream().map(r -> r[1] + "|" + r[2]).toList());
  }
}
