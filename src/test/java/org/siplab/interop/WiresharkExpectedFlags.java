package org.siplab.interop;

import java.util.ArrayList;
import java.util.List;

/**
 * The messages of the bundled scenarios that Wireshark is right to flag: a teaching scenario that
 * breaks the message grammar on purpose. Each is listed by its scenario and start line with what
 * Wireshark says and why that is correct; any other flag is a finding against siplab or Wireshark.
 *
 * <p>Scenarios that break a rule of behaviour (a wrong CSeq, a reused branch, a missing tag) are
 * not here: their messages are well formed, and Wireshark's SIP dissector judges form only.
 */
final class WiresharkExpectedFlags {

  /**
   * One deliberate mistake.
   *
   * @param source the scenario file, relative to scenarios/
   * @param startLine the start line of the flagged message
   * @param flags what {@link #flagsOf(WiresharkFrame)} returns for its frame
   * @param why the mistake, and the RFC text that makes Wireshark's flag right
   */
  record ExpectedFlag(String source, String startLine, List<String> flags, String why) {

    boolean matches(WiresharkSample sample) {
      return sample.source().equals(source) && sample.startLine().equals(startLine);
    }
  }

  static final List<ExpectedFlag> DELIBERATE = List.of(
      new ExpectedFlag("rules/msg-001-header-without-colon.yaml",
          "INVITE sip:bob@biloxi.example.com SIP/2.0",
          List.of("malformed", "warning: Header has no colon after the name"),
          "alice's phone is switched to missing-colon and writes 'User-Agent siplab'; RFC 3261"
              + " section 7.3.1: 'Each header field consists of a field name followed by a colon',"
              + " and section 25 has extension-header = header-name HCOLON header-value"));

  private WiresharkExpectedFlags() {}

  /** The deliberate mistake {@code sample} shows, if it is one. */
  static ExpectedFlag deliberate(WiresharkSample sample) {
    return DELIBERATE.stream().filter(f -> f.matches(sample)).findFirst().orElse(null);
  }

  /**
   * What Wireshark holds against a frame: that its SIP dissector did not take it, that the frame
   * is malformed, and each expert item of severity warning or error. Empty for a clean frame;
   * notes and chats (such as a suspected retransmission) are remarks, not flags.
   */
  static List<String> flagsOf(WiresharkFrame frame) {
    List<String> flags = new ArrayList<>();
    if (!frame.dissectedAsSip()) {
      flags.add("not dissected as SIP: " + frame.single("frame.protocols"));
    }
    if (frame.malformed()) {
      flags.add("malformed");
    }
    for (WiresharkExpert item : frame.expertItems()) {
      if (item.isWarningOrError()) {
        flags.add(item.toString());
      }
    }
    return flags;
  }
}
