package org.siplab.interop;

/**
 * One expert item Wireshark attached to a frame: its judgement of something in the packet.
 *
 * @param severity Wireshark's severity word: comment, chat, note, warning or error
 * @param message what Wireshark says, e.g. "Header has no colon after the name"
 */
record WiresharkExpert(String severity, String message) {

  /**
   * Wireshark's severity levels as tshark prints them in fields output (PI_COMMENT ... PI_ERROR
   * of epan/proto.h).
   */
  static String severityName(long level) {
    return switch ((int) level) {
      case 0x00100000 -> "comment";
      case 0x00200000 -> "chat";
      case 0x00400000 -> "note";
      case 0x00600000 -> "warning";
      case 0x00800000 -> "error";
      default -> "level " + level;
    };
  }

  /**
   * Whether Wireshark means a problem with the packet rather than a remark on it. A level this
   * class does not know (a later Wireshark's) counts as a problem, so that it is looked at.
   */
  boolean isWarningOrError() {
    return severity.equals("warning") || severity.equals("error") || severity.startsWith("level");
  }

  @Override
  public String toString() {
    return severity + ": " + message;
  }
}
