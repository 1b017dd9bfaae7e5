package org.siplab.scenario.load;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.siplab.scenario.model.MessagePattern;

/** Reads a flow step, {@code from>to MESSAGE}, such as {@code alice>proxy INVITE}. */
final class FlowText {

  static final String FORM = "from>to MESSAGE, such as alice>proxy INVITE or proxy>alice 100";

  /** The step's parts and where the element names start, in code points. */
  record Step(String from, int fromOffset, String to, int toOffset, MessagePattern pattern) {}

  private FlowText() {}

  /** The step, or where it goes wrong; {@code isElement} tells an element's name. */
  static Parsed<Step> read(String text, Predicate<String> isElement) {
    Parsed<Step> invisible = Words.invisible(text);
    if (invisible != null) {
      return invisible;
    }
    int arrow = text.indexOf('>');
    if (arrow < 0 && text.indexOf('<') > 0) {
      Parsed<Step> backwards = backwards(text);
      if (backwards != null) {
        return backwards;
      }
    }
    Parsed<Step> longArrow = arrow > 0 ? longArrow(text, arrow, isElement) : null;
    if (longArrow != null) {
      return longArrow;
    }
    String from = arrow < 0 ? "" : text.substring(0, arrow).strip();
    if (from.isEmpty() || from.contains(" ")) {
      return Parsed.failure(0, Nodes.quote(text) + " is not a flow step; expected " + FORM);
    }
    String right = text.substring(arrow + 1);
    int base = text.codePointCount(0, arrow + 1);
    List<Words.Word> words = Words.split(right);
    if (words.size() < 2) {
      return Parsed.failure(0, Nodes.quote(text) + " says no " + (words.isEmpty() ? "receiver"
          : "message") + "; expected " + FORM);
    }
    Words.Word to = words.get(0);
    Parsed<MessagePattern> pattern = MessagePatternText.read(Words.rest(right, words.get(1)));
    if (!pattern.ok()) {
      return pattern.shifted(base + words.get(1).offset());
    }
    int fromOffset = text.codePointCount(0, text.indexOf(from));
    return Parsed.of(new Step(from, fromOffset, to.text(), base + to.offset(), pattern.value()));
  }

  /**
   * An arrow drawn longer than '>', as other tools and diagrams draw it: {@code alice->proxy},
   * {@code alice-->proxy}, {@code alice=>proxy}. Null when the text before '>' is an element's
   * name (a name may end with '-') or is not one name with such an arrow after it.
   */
  private static Parsed<Step> longArrow(String text, int arrow, Predicate<String> isElement) {
    String left = text.substring(0, arrow).stripTrailing();
    int start = left.length();
    while (start > 0 && "-=".indexOf(left.charAt(start - 1)) >= 0) {
      start--;
    }
    String name = left.substring(0, start).strip();
    if (start == left.length() || name.isEmpty() || name.contains(" ")
        || isElement.test(left.strip())) {
      return null;
    }
    String meant = name + ">" + withoutReason(text.substring(arrow + 1).strip());
    return Parsed.failure(text.codePointCount(0, start), Nodes.quote(left.substring(start) + ">")
        + " is not the flow arrow, which is '>' alone; did you mean " + Nodes.quote(meant) + "?");
  }

  /**
   * {@code bob 200} for {@code bob 200 OK}: the step meant, as a suggestion, without the reason
   * phrase copied from a ladder diagram, which would be the next error. A status followed by a
   * method ({@code 200 INVITE}, {@code 200 to INVITE}) is kept whole.
   */
  private static String withoutReason(String rest) {
    Matcher m = REASON.matcher(rest);
    if (!m.matches() || m.group(3).equals("to")
        || MessagePatternText.METHODS.contains(m.group(3))) {
      return rest;
    }
    return m.group(1);
  }

  /** The receiver, if there is one, a status and the word after it: {@code bob 180 Ringing}. */
  private static final Pattern REASON =
      Pattern.compile("((?:\\S+ +)?[1-6][0-9][0-9])( +)(\\S+).*");

  /**
   * An arrow pointing back, {@code alice<proxy 200} or {@code alice<-proxy 200}: a step names its
   * sender first, so the one meant is {@code proxy>alice 200}. Null when it is not two names and a
   * message around a '<'.
   */
  private static Parsed<Step> backwards(String text) {
    int lt = text.indexOf('<');
    String receiver = text.substring(0, lt).strip();
    String right = text.substring(lt + 1).replaceFirst("^[-=]+", "");
    List<Words.Word> words = Words.split(right);
    if (receiver.isEmpty() || receiver.contains(" ") || words.size() < 2) {
      return null;
    }
    String meant = words.get(0).text() + ">" + receiver + " "
        + withoutReason(Words.rest(right, words.get(1)));
    return Parsed.failure(text.codePointCount(0, lt), "'<' is not a flow arrow: a step names its"
        + " sender first, from>to; did you mean " + Nodes.quote(meant) + "?");
  }
}
