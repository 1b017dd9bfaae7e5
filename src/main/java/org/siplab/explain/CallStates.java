package org.siplab.explain;

/**
 * The RFC section that defines each change of a phone's or a PBX's call state, as the trace writes
 * it ({@code idle -> calling}): the state the element enters names the step of the call it is at.
 */
final class CallStates {

  private CallStates() {}

  /** The citation for a state change {@code "from -> to"} of an element of {@code kind}. */
  static String citation(String change, String kind) {
    int arrow = change.indexOf(" -> ");
    if (arrow < 0) {
      return ActionSections.NO_RFC;
    }
    String from = change.substring(0, arrow);
    String to = change.substring(arrow + 4);
    String section = switch (to) {
      // The UAC sends the INVITE that starts the call (13.2.1); a B2BUA's second leg too (6).
      case "calling" -> kind.equals("pbx") ? "6, 13.2.1" : "13.2.1";
      // The UAS has the INVITE and alerts the user (13.3.1, 13.3.1.1).
      case "ringing" -> "13.3.1.1";
      // A provisional response with a To tag makes an early dialog (12.1, 13.2.2.1).
      case "early" -> "12.1, 13.2.2.1";
      // A 2xx sent confirms the UAS's dialog (12.1.1, 13.3.1.4); the call waits for the ACK.
      case "answered" -> "12.1.1, 13.3.1.4";
      // The ACK for the 2xx came (13.3.1.4), or a 2xx received confirms the dialog (13.2.2.4).
      case "in-call" -> from.equals("answered") || from.equals("ringing") ? "12.1, 13.3.1.4"
          : "12.1, 13.2.2.4";
      case "registered" -> "10.2, 10.3";
      case "ended", "idle" -> ended(from, kind);
      default -> null;
    };
    if (to.equals("on-hold")) {
      return Rfc.citeOther(3264, "8.4");
    }
    return section == null ? ActionSections.NO_RFC : Rfc.cite(section.split(", "));
  }

  /** The end of a registration (10.2.2), of a session (15), or of a call never answered. */
  private static String ended(String from, String kind) {
    return switch (from) {
      case "registered" -> "10.2";
      case "in-call", "on-hold" -> "15";
      // No ACK in 64*T1: the session ends with BYE (13.3.1.4); or the caller's BYE came first.
      case "answered" -> "13.3.1.4, 15";
      case "ringing" -> "13.3.1.3";
      case "calling", "early" -> kind.equals("pbx") ? "6, 13.2.2.3" : "13.2.2.3";
      default -> "12.3";
    };
  }
}
