package org.siplab.scenario.load;

import java.util.LinkedHashMap;
import java.util.Map;
import org.siplab.spelling.Suggest;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * How a phone answers by itself: a word ({@code answer} 200, {@code busy} 486, {@code decline}
 * 603, {@code unavailable} 480, {@code no-answer} never) or a final status from 400 to 699. The
 * value is the status, 0 for {@code no-answer}.
 */
final class AnswerWithType extends ScalarType<Integer> {

  static final int NO_ANSWER = 0;
  private static final Map<String, Integer> WORDS = new LinkedHashMap<>();

  static {
    WORDS.put("answer", 200);
    WORDS.put("busy", 486);
    WORDS.put("decline", 603);
    WORDS.put("unavailable", 480);
    WORDS.put("no-answer", NO_ANSWER);
  }

  AnswerWithType() {
    super("answer | busy | decline | unavailable | no-answer | 400-699",
        "one of answer, busy, decline, unavailable, no-answer, or a status from 400 to 699");
  }

  @Override
  Integer parse(String text, ScalarNode node, ReadContext ctx) {
    if (WORDS.containsKey(text)) {
      return WORDS.get(text);
    }
    if (text.matches("[4-6][0-9][0-9]")) {
      return Integer.parseInt(text);
    }
    String hint = text.matches("[0-9]+") ? "; expected " + expected()
        : Suggest.hint(text, WORDS.keySet(), expected());
    ctx.error(node, "unknown answer " + Nodes.quote(text) + hint);
    return null;
  }

  @Override
  public String format(Integer status) {
    for (Map.Entry<String, Integer> word : WORDS.entrySet()) {
      if (word.getValue().equals(status)) {
        return word.getKey();
      }
    }
    return status.toString();
  }
}
