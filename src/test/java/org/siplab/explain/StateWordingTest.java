package org.siplab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the wording of transactions, dialogs, media and actions")
class StateWordingTest {

  private static final String TX = "z9hG4bK1/INVITE";
  private static final String KEY = "call-1@192.0.2.1;a1;b1";
  private static final String INVITE = Sip.request("INVITE", "sip:bob@biloxi.example.com",
      "z9hG4bK1", "1 INVITE");

  @Test
  @DisplayName("a transaction's change is an edge of its figure, with the reason and RFC 6026")
  void transactions() {
    TraceBuilder b = RetransmissionWordingTest.phones();
    long call = b.script(0, "alice", "call bob");
    long created = b.transaction(0, call, "alice", TX, "INVITE client", null, "Calling",
        "TU sent INVITE");
    long sent = b.send(0, call, "alice", "bob", INVITE, TX, null);
    long timerB = b.timer(32_000_000, 0, "alice", TX, "B", "fired", 32_000_000);
    long timedOut = b.transaction(32_000_000, timerB, "alice", TX, "INVITE client", "Calling",
        "Terminated", "Timer B fired");
    long accepted = b.transaction(100, call, "alice", TX, "INVITE client", "Proceeding",
        "Accepted", "received 200 OK");
    Map<Long, String> text = Annotator.annotate(b.trace());
    assertEquals("alice creates an INVITE client transaction for the INVITE sent at seq " + sent
        + " in Calling (TU sent INVITE), on script step seq 1 (\"call bob\"): the INVITE is on its"
        + " way; Timer A retransmits it and Timer B limits the wait (RFC 3261 17.1.1.2, figure"
        + " 5).", text.get(created));
    assertEquals("alice's INVITE client transaction for the INVITE sent at seq " + sent + " moves"
        + " Calling -> Terminated (Timer B fired), on Timer B firing at seq " + timerB + ": the"
        + " transaction timed out and is gone; its TU is told (RFC 3261 17.1.1.2, figure 5).",
        text.get(timedOut));
    assertTrue(text.get(accepted).endsWith("Timer M keeps the transaction to pass retransmitted"
        + " 2xx responses up (RFC 6026 8.4)."), text.get(accepted));
  }

  @Test
  @DisplayName("a remote target changed by a re-INVITE's 2xx says the target waits for the 2xx"
      + " (RFC 3261 12.2.2)")
  void targetRefreshWording() {
    TraceBuilder b = RetransmissionWordingTest.phones();
    b.dialog(10, 0, "bob", KEY, null, "confirmed", -1, 2, "sip:alice@192.0.2.1:5060",
        "sent 200 OK with To tag b1 (section 12.1.1)");
    long refreshed = b.dialog(20, 0, "bob", KEY, "confirmed", "confirmed", -1, 2,
        "sip:alice@192.0.2.9:5060", "sent 200 OK to the INVITE with CSeq 2: a target refresh"
        + " takes effect when accepted (section 12.2.2)");
    String text = Annotator.annotate(b.trace()).get(refreshed);
    assertTrue(text.contains("remote target sip:alice@192.0.2.1:5060 -> sip:alice@192.0.2.9:5060;"
        + " a target refresh (a re-INVITE) changes the remote target when it is answered 2xx: the"
        + " UAS takes the request's Contact as it sends the 2xx"), text);
    assertTrue(text.endsWith("(RFC 3261 12.2.2, 12.2.1.2)."), text);
  }

  @Test
  @DisplayName("a dialog created, confirmed, its CSeq moved on, and ended: values before and after")
  void dialogs() {
    TraceBuilder b = RetransmissionWordingTest.phones();
    long early = b.dialog(10, 0, "bob", KEY, null, "early", -1, 1, "sip:alice@192.0.2.1:5060",
        "sent 180 Ringing with To tag b1 (section 12.1.1)");
    long confirmed = b.dialog(20, 0, "bob", KEY, "early", "confirmed", -1, 1,
        "sip:alice@192.0.2.1:5060", "sent 200 OK: the dialog is confirmed");
    long bye = b.dialog(30, 0, "bob", KEY, "confirmed", "confirmed", -1, 2,
        "sip:alice@192.0.2.1:5060", "received BYE with CSeq 2");
    long ended = b.dialog(40, 0, "bob", KEY, "confirmed", "terminated", -1, 2,
        "sip:alice@192.0.2.1:5060", "received BYE (section 15.1.2)");
    Map<Long, String> text = Annotator.annotate(b.trace());
    assertEquals("bob creates an early dialog a1/b1 of call call-1@192.0.2.1 (sent 180 Ringing"
        + " with To tag b1), on its own initiative at 0.00001 s: remote target"
        + " sip:alice@192.0.2.1:5060, local CSeq none yet, remote CSeq 1 (RFC 3261 12.1.1).",
        text.get(early));
    assertTrue(text.get(confirmed).startsWith("bob's dialog a1/b1 goes early -> confirmed (sent"
        + " 200 OK: the dialog is confirmed)"), text.get(confirmed));
    assertTrue(text.get(confirmed).endsWith("(RFC 3261 12, 13.3.1.4)."), text.get(confirmed));
    assertTrue(text.get(bye).endsWith(": local CSeq none yet, remote CSeq 1 -> 2; a request with"
        + " a higher CSeq than the last is in order and is remembered (RFC 3261 12.2.2)."),
        text.get(bye));
    assertEquals("bob's dialog a1/b1 ends (received BYE), on its own initiative at 0.00004 s:"
        + " local CSeq none yet, remote CSeq 2 (RFC 3261 15.1).", text.get(ended));
    assertEquals("notes/cseq.md", Annotator.notes(b.trace()).get(bye));
  }

  @Test
  @DisplayName("an early dialog that ends when Timer M completes the INVITE transaction cites"
      + " 13.2.2.4, not 12.3")
  void earlyDialogEndedByTheInviteTransactionsEnd() {
    TraceBuilder b = RetransmissionWordingTest.phones();
    b.dialog(10, 0, "alice", KEY, null, "early", 1, -1, "sip:bob@192.0.2.2:5060",
        "received 180 Ringing with To tag b1 (section 12.1.2)");
    long ended = b.dialog(32_000_000, 0, "alice", KEY, "early", "terminated", 1, -1,
        "sip:bob@192.0.2.2:5060", "the INVITE transaction is complete 64*T1 after its first"
        + " 2xx, and early dialogs that were not confirmed end (section 13.2.2.4)");
    String text = Annotator.annotate(b.trace()).get(ended);
    assertTrue(text.endsWith("remote CSeq none yet (RFC 3261 13.2.2.4)."), text);
  }

  @Test
  @DisplayName("media starts, is held and ends as offer and answer say")
  void media() {
    TraceBuilder b = RetransmissionWordingTest.phones();
    long start = b.media(1_000_000, 0, "alice", "bob", "start");
    long hold = b.media(2_000_000, 0, "alice", "bob", "hold");
    long end = b.media(3_000_000, 0, "alice", "bob", "end");
    Map<Long, String> text = Annotator.annotate(b.trace());
    assertEquals("alice's media with bob starts, on its own initiative at 1 s: PCMU between"
        + " 192.0.2.1:49170 and 192.0.2.2:3456, as the offer and answer agreed (RFC 3264).",
        text.get(start));
    assertTrue(text.get(hold).contains("puts its media with bob on hold"), text.get(hold));
    assertTrue(text.get(hold).endsWith("(RFC 3264 8.4)."), text.get(hold));
    assertTrue(text.get(end).endsWith("stops with the session (RFC 3261 15)."), text.get(end));
  }

  @Test
  @DisplayName("script steps, state changes and decisions name their cause")
  void actions() {
    TraceBuilder b = RetransmissionWordingTest.phones();
    long call = b.script(0, "alice", "call bob");
    long state = b.note(0, call, "alice", "state", "idle -> calling");
    long fork = b.note(0, call, "alice", "forks", "INVITE to 2 targets, in parallel");
    long discarded = b.note(0, call, "alice", "discarded", "no Via; line 1: bad start line");
    Map<Long, String> text = Annotator.annotate(b.trace());
    Map<Long, String> notes = Annotator.notes(b.trace());
    assertEquals("Script step at 0 s: alice is told to \"call bob\"; what it does next points back"
        + " to seq 1 (scenario script, not an RFC rule).", text.get(call));
    assertNull(notes.get(call));
    assertEquals("alice's state changes: idle -> calling, on script step seq 1 (\"call bob\")"
        + " (RFC 3261 13.2.1).", text.get(state));
    assertEquals("alice forks: INVITE to 2 targets, in parallel, on script step seq 1 (\"call"
        + " bob\") (RFC 3261 16.6).", text.get(fork));
    assertEquals("notes/forking.md", notes.get(fork));
    assertTrue(text.get(discarded).endsWith("(RFC 3261 18.1.2, 18.2.1)."), text.get(discarded));
  }
}
