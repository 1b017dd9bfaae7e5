package org.siplab.interop;

import java.util.List;
import java.util.function.BiPredicate;
import org.siplab.interop.WiresharkSipValues.Difference;

/**
 * The ways Wireshark 4.0's SIP dissector reads a value differently from siplab where RFC 3261
 * says siplab is right. Each is matched as narrowly as its cause allows, so that any other
 * difference still fails the cross-check.
 */
final class WiresharkKnownDisagreements {

  /**
   * One known mistake of Wireshark's.
   *
   * @param name a short name for failure messages
   * @param why what Wireshark does, and the RFC text that says otherwise
   * @param applies whether a difference in a message is this mistake
   */
  record KnownDisagreement(String name, String why,
      BiPredicate<WiresharkSample, Difference> applies) {}

  /**
   * RFC 3665 folds some Via headers right after the branch (3.1 F6: "...;branch=z9hG4bKnashds7"
   * CRLF " ;received=192.0.2.201"). Wireshark keeps the line break in the branch's value;
   * siplab, like the RFC, does not. siplab itself never folds, so only corpus messages show it.
   */
  static final KnownDisagreement FOLD_AFTER_VIA_BRANCH = new KnownDisagreement(
      "Wireshark keeps a folding line break in the Via branch",
      "RFC 3261 section 7.3.1: 'The line break and the whitespace at the beginning of the next"
          + " line are treated as a single SP character', and section 25.1 allows it before a"
          + " parameter: SEMI = SWS \";\" SWS, SWS = [LWS], LWS = [*WSP CRLF] 1*WSP",
      (sample, d) -> d.value().equals("top Via branch") && d.siplab() != null
          && (d.siplab() + "\r\n").equals(d.wireshark())
          && (sample.text().contains(";branch=" + d.siplab() + "\r\n ")
              || sample.text().contains(";branch=" + d.siplab() + "\r\n\t")));

  static final List<KnownDisagreement> ALL = List.of(FOLD_AFTER_VIA_BRANCH);

  private WiresharkKnownDisagreements() {}

  /** The known mistake {@code difference} in {@code sample} is, or null if it is none. */
  static KnownDisagreement explaining(WiresharkSample sample, Difference difference) {
    return ALL.stream().filter(k -> k.applies().test(sample, difference)).findFirst()
        .orElse(null);
  }
}
