package org.siplab.scenario.load;

import java.util.List;
import org.siplab.scenario.model.MessagePattern;
import org.siplab.spelling.Suggest;

/**
 * Reads a message pattern: a method ({@code INVITE}), a status ({@code 200}), or a status and the
 * method it answers ({@code 200 INVITE}, or {@code 200 to INVITE}).
 */
final class MessagePatternText {

  /** The methods siplab's elements send; methods are case-sensitive (RFC 3261 section 7.1). */
  static final List<String> METHODS = List.of("INVITE", "ACK", "BYE", "CANCEL", "OPTIONS",
      "REGISTER", "INFO", "MESSAGE", "PRACK", "UPDATE", "SUBSCRIBE", "NOTIFY", "REFER", "PUBLISH");

  static final String EXPECTED = "a method (INVITE), a status (200), or a status and the method it"
      + " answers (200 INVITE)";

  private MessagePatternText() {}

  static Parsed<MessagePattern> read(String text) {
    List<Words.Word> words = Words.split(text);
    boolean withTo = words.size() == 3 && words.get(1).text().equals("to");
    if (words.isEmpty() || words.size() > 3 || (words.size() == 3 && !withTo)) {
      return Parsed.failure(0, Nodes.quote(text) + " is not a message pattern; expected "
          + EXPECTED);
    }
    Words.Word first = words.get(0);
    if (words.size() > 1 && !first.text().matches("[0-9]+") && method(first).ok()) {
      // "INVITE now": a request's pattern is its method alone; what follows is extra.
      Words.Word extra = words.get(1);
      return Parsed.failure(extra.offset(), Nodes.quote(extra.text()) + " follows the method "
          + first.text() + "; expected the method alone, as in " + first.text()
          + " (a response is written with its status first: 200 " + first.text() + ")");
    }
    if (words.size() == 1 && !first.text().matches("[0-9]+")) {
      Parsed<String> method = method(first);
      return method.ok() ? Parsed.of(MessagePattern.request(method.value())) : method.asFailure();
    }
    Parsed<Integer> status = status(first);
    if (!status.ok() || words.size() == 1) {
      return status.ok() ? Parsed.of(MessagePattern.response(status.value())) : status.asFailure();
    }
    Parsed<String> method = method(words.get(words.size() - 1));
    return method.ok()
        ? Parsed.of(MessagePattern.response(status.value(), method.value()))
        : method.asFailure();
  }

  private static Parsed<Integer> status(Words.Word word) {
    if (!word.text().matches("[1-6][0-9][0-9]")) {
      return Parsed.failure(word.offset(), Nodes.quote(word.text()) + " is not a status code;"
          + " expected a status from 100 to 699");
    }
    return Parsed.of(Integer.parseInt(word.text()));
  }

  private static Parsed<String> method(Words.Word word) {
    if (METHODS.contains(word.text())) {
      return Parsed.of(word.text());
    }
    return Parsed.failure(word.offset(), Nodes.quote(word.text()) + " is not a SIP method"
        + Suggest.hint(word.text(), METHODS, "a method"));
  }
}
