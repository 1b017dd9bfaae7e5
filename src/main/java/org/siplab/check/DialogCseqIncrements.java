package org.siplab.check;

import java.util.HashMap;
import java.util.Map;

/**
 * CSEQ-003: each user agent numbers its requests in a dialog one by one, from the number of the
 * request that created the dialog (its local sequence number, section 12.1.2). ACK and CANCEL
 * repeat the number of the request they belong to and are left out; the first request of the side
 * that answered the INVITE may start anywhere (its local sequence number is empty, section 12.1.1).
 *
 * <p>One UAC that forked into several dialogs counts each dialog on its own, from the INVITE.
 */
final class DialogCseqIncrements implements Rule {

  private static final RuleInfo INFO = new RuleInfo("CSEQ-003",
      "A side's requests in a dialog go up by one CSeq at a time", Severity.ERROR,
      "RFC 3261 section 12.2.1.1",
      "Requests within a dialog MUST contain strictly monotonically increasing and contiguous"
          + " CSeq sequence numbers (increasing-by-one) in each direction (excepting ACK and"
          + " CANCEL of course, whose numbers equal the requests being acknowledged or"
          + " cancelled).");

  /** One side of a call before the dialog: its element, Call-ID and From tag. */
  private record Side(String element, String callId, String fromTag) {}

  /** One side of one dialog. */
  private record DialogSide(Side side, String toTag) {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TraceView trace, Report report) {
    Map<Side, Long> outside = new HashMap<>();
    Map<DialogSide, Long> inDialog = new HashMap<>();
    for (Sent s : trace.sends()) {
      if (!counts(trace, s)) {
        continue;
      }
      long number = s.cseq().number();
      Side side = new Side(s.from(), s.callId(), s.fromTag());
      if (s.toTag() == null) {
        outside.put(side, number);
        continue;
      }
      DialogSide dialog = new DialogSide(side, s.toTag());
      Long previous = inDialog.containsKey(dialog) ? inDialog.get(dialog) : outside.get(side);
      if (previous != null && number != previous + 1) {
        report.at(s, s.from() + " sent " + s.label() + " with CSeq " + number + " after "
            + previous + " in the dialog with Call-ID " + Words.quoted(s.callId())
            + "; the next request must carry " + (previous + 1) + ".");
      }
      inDialog.put(dialog, number);
    }
  }

  /** A request a user agent made, numbered by itself: not ACK, CANCEL or a retransmission. */
  private static boolean counts(TraceView trace, Sent s) {
    return s.isRequest() && !s.isRetransmission() && trace.isUserAgent(s.from())
        && !s.isMethod("ACK") && !s.isMethod("CANCEL") && s.cseq() != null
        && s.callId() != null;
  }
}
