package org.siplab.cli;

import java.util.ArrayList;
import java.util.List;
import org.siplab.message.CSeq;
import org.siplab.message.Method;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;

/**
 * Explains a start line to a learner: what a Request-Line or Status-Line is (RFC 3261 sections 7.1
 * and 7.2), what the method asks for or what the status class means, each with its RFC section.
 */
final class StartLineExplainer {

  /** What a method is for and where it is defined. */
  private record Note(String purpose, String rfc) {}

  private StartLineExplainer() {}

  /** The sentences explaining the message's start line. */
  static List<String> explain(SipMessage message) {
    return message instanceof SipRequest request
        ? explainRequestLine(request)
        : explainStatusLine((SipResponse) message);
  }

  private static List<String> explainRequestLine(SipRequest request) {
    List<String> out = new ArrayList<>(3);
    out.add("A Request-Line: method, Request-URI and SIP version, separated by single spaces"
        + " (RFC 3261 section 7.1).");
    Method method = request.method();
    Note note = methodNote(method);
    out.add(method.name() + " " + note.purpose() + " (" + note.rfc() + ").");
    String uri = request.requestUri().text();
    out.add("The Request-URI " + uri + " names the user or service the request is addressed to"
        + " (RFC 3261 section 7.1).");
    return out;
  }

  private static List<String> explainStatusLine(SipResponse response) {
    List<String> out = new ArrayList<>(4);
    out.add("A Status-Line: SIP version, status code and reason phrase, separated by single"
        + " spaces (RFC 3261 section 7.2).");
    int statusClass = response.statusClass();
    out.add(response.status() + " is a " + statusClass + "xx response, " + classMeaning(statusClass)
        + " (RFC 3261 section 21." + statusClass + ").");
    out.add("The reason phrase \"" + response.reason() + "\" is for people; software acts on the"
        + " code alone (RFC 3261 section 7.2).");
    CSeq cseq = response.cseq();
    if (cseq != null) {
      out.add("A response has no method of its own: its CSeq, " + cseq + ", equals that of the "
          + cseq.method().name() + " request it answers (RFC 3261 section 8.2.6.2).");
    }
    return out;
  }

  /** RFC 3261 section 7.2 gives each class its meaning; section 21 describes them. */
  private static String classMeaning(int statusClass) {
    return switch (statusClass) {
      case 1 -> "Provisional: the request was received and is still being processed";
      case 2 -> "Success: the action was successfully received, understood, and accepted";
      case 3 -> "Redirection: further action is needed to complete the request";
      case 4 -> "Client Error: the request has bad syntax or cannot be fulfilled at this server";
      case 5 -> "Server Error: the server failed to fulfill an apparently valid request";
      default -> "Global Failure: the request cannot be fulfilled at any server";
    };
  }

  /**
   * RFC 3261 section 7.1 defines six methods; extensions define others. Methods are case-sensitive,
   * so {@code invite} is an unknown extension method, not INVITE.
   */
  private static Note methodNote(Method method) {
    return switch (method.name()) {
      case "INVITE" -> new Note("asks the callee to join a session, such as a call",
          "RFC 3261 section 13");
      case "ACK" -> new Note("confirms that the caller received the final response to its INVITE",
          "RFC 3261 sections 13.2.2.4 and 17.1.1.3");
      case "BYE" -> new Note("ends a session: one side hangs up", "RFC 3261 section 15.1");
      case "CANCEL" -> new Note("cancels a request still pending, typically an unanswered INVITE",
          "RFC 3261 section 9");
      case "OPTIONS" -> new Note("asks a server about its capabilities without calling anyone",
          "RFC 3261 section 11");
      case "REGISTER" -> new Note("binds an address-of-record to the contact addresses where its"
          + " user can be reached", "RFC 3261 section 10");
      case "INFO" -> new Note("carries application information within a session", "RFC 6086");
      case "MESSAGE" -> new Note("carries an instant message", "RFC 3428");
      case "PRACK" -> new Note("acknowledges a reliable provisional response", "RFC 3262");
      case "UPDATE" -> new Note("changes the session before the INVITE is answered", "RFC 3311");
      case "SUBSCRIBE" -> new Note("asks to be notified of events", "RFC 6665");
      case "NOTIFY" -> new Note("reports an event to a subscriber", "RFC 6665");
      case "REFER" -> new Note("asks the recipient to contact a third party, as in a transfer",
          "RFC 3515");
      case "PUBLISH" -> new Note("publishes event state to a server", "RFC 3903");
      default -> new Note("is an extension method siplab does not know (methods are"
          + " case-sensitive); a UAS that does not recognize it answers 501 Not Implemented",
          "RFC 3261 sections 7.1 and 21.5.2");
    };
  }
}
