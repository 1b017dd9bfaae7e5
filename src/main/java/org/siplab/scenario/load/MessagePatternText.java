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
    Parsed<MessagePattern> invisible = Words.invisible(text);
    if (invisible != null) {
      return invisible;
    }
    List<Words.Word> words = Words.split(text);
    Parsed<MessagePattern> reason = reasonPhrase(words);
    if (reason != null) {
      return reason;
    }
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

  /**
   * A failure when a status is followed by its reason phrase, as the status line shows it ({@code
   * 200 OK}, {@code 486 Busy Here}); null otherwise. A word close to a method ({@code 200 INVTE})
   * is a misspelt method, left to the "did you mean" of {@link #method}.
   */
  private static Parsed<MessagePattern> reasonPhrase(List<Words.Word> words) {
    if (words.size() < 2 || !status(words.get(0)).ok()) {
      return null;
    }
    Words.Word next = words.get(1);
    if (next.text().equals("to") || METHODS.contains(next.text())
        || Suggest.closest(next.text(), METHODS).isPresent()) {
      return null;
    }
    String status = words.get(0).text();
    String phrase = String.join(" ", words.subList(1, words.size()).stream()
        .map(Words.Word::text).toList());
    return Parsed.failure(next.offset(), "the reason phrase " + Nodes.quote(phrase) + " is not"
        + " part of a message pattern; expected a response by its status code (" + status
        + ") or its status and method (" + status + " INVITE)");
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
