package org.siplab.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.siplab.check.Checker;
import org.siplab.dialog.DialogId;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.SipUri;
import org.siplab.sim.Endpoint;
import org.siplab.sim.LinkProfile;
import org.siplab.testkit.Lab;
import org.siplab.trace.Finding;
import org.siplab.trace.RunSummary;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/**
 * Real runs of the two-UA lab for the report tests, with the run summary and annotations a
 * scenario run and the annotator would add (written here until the annotator lands).
 */
final class SampleRuns {

  /** The display name that would run a script if a report ever parsed message text as HTML. */
  static final String SCRIPT_NAME = "<script>window.siplabPwned=1;document.title='pwned'</script>";

  private SampleRuns() {}

  /**
   * Alice calls bob, the network loses her first ACK so bob retransmits his 200 OK, and she hangs
   * up three seconds later.
   */
  static ReportInput call() {
    Lab lab = new Lab(7, LinkProfile.ofDelay(10_000));
    lab.dropNth(1, "alice", "bob", "ACK");
    lab.sim.at(0, "alice", "call bob", () -> lab.alice.invite(lab.bob));
    lab.runFor(3_000_000);
    DialogId id = lab.alice.lastDialog.id();
    lab.sim.at(lab.sim.scheduler().nowUs(), "alice", "hang up",
        () -> lab.alice.ua().sendInDialog(id, Method.BYE, b -> { }));
    lab.runFor(40_000_000);
    Trace trace = lab.sim.trace();
    RunSummary summary = new RunSummary("scenarios/lost-ack.yaml",
        "Alice calls Bob and the network loses her **first ACK**.\n\n"
            + "Bob's UA core retransmits the 200 OK (RFC 3261 section 13.3.1.4) until an ACK"
            + " arrives.",
        List.of(new RunSummary.Verdict("alice is in-call by 1s", "scenarios/lost-ack.yaml:20:5",
            true, "alice was in-call at 0.020 s"),
            new RunSummary.Verdict("flow: alice>bob INVITE, bob>alice 180, bob>alice 200",
                "scenarios/lost-ack.yaml:22:5", true, "matched")),
        List.of(), "the scenario's horizon was reached", false);
    return new ReportInput(trace, Checker.check(trace), summary, annotations(trace),
        Map.of(firstSend(trace, "ACK"), "notes/learn/ack-for-2xx.md"));
  }

  /**
   * The hostile run's annotation: markup, and U+E000, the character the page stores numbers'
   * places with, among numbers.
   */
  static final String ANNOTATION =
      "</script><script>window.siplabPwned=3</script> A\uE000B 12 C\uE000D 34.5";

  /**
   * A call whose caller's display name is a script, with markup in an annotation, a finding, the
   * description and a link: everything must show as text.
   */
  static ReportInput hostile() {
    Lab lab = new Lab(3, LinkProfile.ofDelay(10_000));
    lab.sim.at(0, "alice", "call bob", () -> {
      Endpoint bob = lab.sim.node("bob").endpoint();
      NameAddress from = NameAddress.of(SCRIPT_NAME, SipUri.of("alice", "example.com"));
      lab.alice.ua().send(lab.alice.ua().newRequest(Method.INVITE,
          SipUri.of("bob", bob.address(), bob.port()), from, lab.bob.self()).build(), bob);
    });
    lab.runFor(2_000_000);
    Trace trace = lab.sim.trace();
    long invite = firstSend(trace, "INVITE");
    List<Finding> findings = List.of(new Finding("MSG-001", "error", invite,
        "<img src=x onerror=\"window.siplabPwned=2\">", "RFC 3261 section 25"));
    RunSummary summary = new RunSummary("scenarios/<b>bold</b>.yaml",
        "<script>window.siplabPwned=4</script>\n\nSee [a link](javascript:window.siplabPwned=5).",
        List.of(new RunSummary.Verdict("<i>x</i>", "here", false, "</script><b>no</b>")),
        List.of(), "stopped", false,
        List.of("the fault at <img src=x onerror=\"window.siplabPwned=7\"> matched no message"));
    return new ReportInput(trace, findings, summary,
        Map.of(invite, ANNOTATION),
        Map.of(invite, "javascript:window.siplabPwned=6"));
  }

  /** Alice sends {@code messages / 2} OPTIONS to bob, 20 ms apart, and bob answers each. */
  static ReportInput options(int messages) {
    Lab lab = new Lab(11, LinkProfile.ofDelay(5_000));
    for (int i = 0; i < messages / 2; i++) {
      lab.sim.at(i * 20_000L, "alice", "ask bob's capabilities", () -> {
        Endpoint bob = lab.sim.node("bob").endpoint();
        lab.alice.ua().send(lab.alice.ua().newRequest(Method.OPTIONS,
            SipUri.of("bob", bob.address(), bob.port()), lab.alice.self(), lab.bob.self())
            .build(), bob);
      });
    }
    lab.runFor(messages * 10_000L + 40_000_000);
    Trace trace = lab.sim.trace();
    return ReportInput.of(trace, Checker.check(trace), null);
  }

  /** A call over a link that delivers every datagram twice. */
  static ReportInput duplicating() {
    Lab lab = new Lab(5, LinkProfile.ofDelay(10_000).withDuplicateRatio(1.0));
    lab.sim.at(0, "alice", "call bob", () -> lab.alice.invite(lab.bob));
    lab.runFor(2_000_000);
    Trace trace = lab.sim.trace();
    return ReportInput.of(trace, Checker.check(trace), null);
  }

  static List<TraceEvent.Send> sends(Trace trace) {
    return trace.events().stream().filter(e -> e instanceof TraceEvent.Send)
        .map(e -> (TraceEvent.Send) e).toList();
  }

  static long firstSend(Trace trace, String startLine) {
    return sends(trace).stream().filter(s -> s.firstLine().startsWith(startLine)).findFirst()
        .orElseThrow().seq();
  }

  /** What the annotator would say of each message, in the words of the RFC. */
  private static Map<Long, String> annotations(Trace trace) {
    Map<Long, String> notes = new LinkedHashMap<>();
    for (TraceEvent.Send s : sends(trace)) {
      notes.put(s.seq(), annotation(s));
    }
    return notes;
  }

  private static String annotation(TraceEvent.Send s) {
    String line = s.firstLine();
    if (s.retransmittedBy() != null) {
      return s.from() + " has had no ACK for its 200 OK, so its UA core sends the 200 OK again,"
          + " doubling the interval from T1 up to T2 (RFC 3261 section 13.3.1.4).";
    }
    if (line.startsWith("INVITE")) {
      return "alice asks bob to start a call. Her INVITE client transaction starts in Calling and"
          + " sets Timer A (retransmit after T1) and Timer B (give up after 64*T1)"
          + " (RFC 3261 section 17.1.1.2).";
    }
    if (line.startsWith("ACK")) {
      return "alice acknowledges the 200 OK. An ACK for a 2xx is sent by the UA core, outside any"
          + " transaction, with the CSeq number of the INVITE (RFC 3261 section 13.2.2.4).";
    }
    if (line.startsWith("BYE")) {
      return "alice hangs up: BYE is a new request in the dialog, so its CSeq is one higher than"
          + " the INVITE's (RFC 3261 section 15.1.1).";
    }
    return s.from() + " answers with " + line.substring(8) + "; the response echoes the request's"
        + " Call-ID, CSeq, From and Via (RFC 3261 section 8.2.6.2).";
  }
}
