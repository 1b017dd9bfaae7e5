package org.siplab.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.siplab.trace.TraceEvent.Action;

/**
 * The RFC section behind an element's action note, so that every annotation cites one: first the
 * sections the note itself names ("(section 22.2)", or the rule a misbehaviour breaks), then the
 * section that defines what the action is (a phone's call state to the dialog and transaction
 * sections, registration to section 10, a PBX's bridging to section 6, the B2BUA), else the
 * status code's section. What no RFC rule covers says so ({@link #NO_RFC}).
 */
final class ActionSections {

  /** The citation of an element's step that no RFC rule defines: a scenario's own notion. */
  static final String NO_RFC = " (siplab's own step, not an RFC rule)";

  /** The citation of a script step: the scenario tells an element to act. */
  static final String SCRIPT = " (scenario script, not an RFC rule)";

  private static final Pattern SECTION = Pattern.compile(
      "(?:RFC (\\d{4}) )?sections? (\\d+(?:\\.\\d+)*(?: steps? \\d+)?)");
  private static final Pattern STATUS = Pattern.compile("\\b([1-6]\\d\\d)\\b");

  /** Actions whose note gives the status code that answers: its section defines it. */
  private static final List<String> REFUSALS = List.of("refuses", "answered", "busy");

  private ActionSections() {}

  /** The citation, with its leading space, for action {@code a} of an element of {@code kind}. */
  static String of(Action a, String kind) {
    String detail = a.detail() == null ? "" : a.detail();
    if (a.action().equals("misbehaves")) {
      List<String> broken = BrokenRules.sections(detail);
      if (!broken.isEmpty()) {
        return Rfc.cite(broken.toArray(String[]::new));
      }
      if (detail.startsWith("replay-nonce-count")) {
        return Rfc.citeOther(2617, "3.2.2");
      }
    }
    String named = named(detail);
    if (named != null) {
      return named;
    }
    if (a.action().equals("state")) {
      return CallStates.citation(detail, kind);
    }
    switch (a.action()) {
      case "info" -> {
        return Rfc.citeOther(6086);
      }
      case "message" -> {
        return Rfc.citeOther(3428);
      }
      case "media", "no media" -> {
        return Rfc.citeOther(3264);
      }
      default -> { }
    }
    String section = byAction(a.action(), detail, kind);
    return section == null ? NO_RFC : Rfc.cite(section);
  }

  /** The sections the note names itself, RFC 3261's unless another RFC is named, or null. */
  private static String named(String detail) {
    Matcher m = SECTION.matcher(detail);
    List<String> sections = new ArrayList<>();
    String other = null;
    while (m.find()) {
      if (m.group(1) != null && !m.group(1).equals("3261")) {
        other = other == null ? Rfc.citeOther(Integer.parseInt(m.group(1)), m.group(2)) : other;
      } else if (!sections.contains(m.group(2))) {
        sections.add(m.group(2));
      }
    }
    if (!sections.isEmpty()) {
      return Rfc.cite(sections.toArray(String[]::new));
    }
    return other;
  }

  /** The section that defines an action, by the words elements use for it. */
  private static String byAction(String action, String detail, String kind) {
    String section = switch (action) {
      case "calls" -> "13.2.1";
      case "incoming call", "rings" -> "13.3.1";
      case "registered", "bindings" -> "10.2";
      case "unregistered" -> "10.2.2";
      case "registration failed" -> "10.2";
      case "call ended" -> "15";
      case "call failed" -> detail.contains("Timer B") ? "17.1.1.2"
          : detail.startsWith("refused") ? "13.3.1.3" : "13.2.2.3";
      case "cancels" -> "9.1";
      case "authenticates", "challenges", "check_auth" -> "22.2";
      case "authenticated" -> "22.3";
      case "redirected", "tries" -> "8.1.3.4";
      case "moves" -> "8.1.1.8";
      case "capabilities" -> "11.2";
      case "no ACK" -> "13.3.1.4";
      case "glare" -> "14.1";
      case "parse_contact", "expire_register", "register_verify" -> "10.3";
      case "forks", "tries the next target" -> "16.6";
      case "finds targets" -> "16.5";
      case "gives up on a branch", "cancels a branch" -> "16.8";
      case "cancels pending branches" -> "16.7 step 10";
      case "leaves pending branches" -> "9.1";
      case "chooses the best response", "answers 480", "answers 408", "answers 500"
          -> "16.7 step 6";
      case "forwards statelessly", "drops ACK", "drops a response" -> "16.11";
      case "gives up on a CANCEL" -> "16.10";
      case "gives up on a response" -> "17.2.1";
      default -> null;
    };
    if (section != null) {
      return section;
    }
    Matcher status = STATUS.matcher(detail);
    if (REFUSALS.contains(action) && status.find()) {
      return StatusSections.of(Integer.parseInt(status.group(1)));
    }
    // Whatever else a PBX does, it does as a B2BUA: a UAS on one leg, a UAC on the other.
    return kind.equals("pbx") ? "6" : null;
  }
}
