package org.siplab.scenario.load;

import java.util.List;
import org.siplab.scenario.model.MessagePattern;

/** Reads a flow step, {@code from>to MESSAGE}, such as {@code alice>proxy INVITE}. */
final class FlowText {

  static final String FORM = "from>to MESSAGE, such as alice>proxy INVITE or proxy>alice 100";

  /** The step's parts and where the element names start, in code points. */
  record Step(String from, int fromOffset, String to, int toOffset, MessagePattern pattern) {}

  private FlowText() {}

  static Parsed<Step> read(String text) {
    Parsed<Step> invisible = Words.invisible(text);
    if (invisible != null) {
      return invisible;
    }
    int arrow = text.indexOf('>');
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
}
