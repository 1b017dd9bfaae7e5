package org.siplab.scenario.load;

import java.util.LinkedHashMap;
import java.util.Map;
import org.siplab.spelling.Suggest;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * How a phone answers by itself: a word ({@code answer} 200, {@code busy} 486, {@code decline}
 * 603, {@code unavailable} 480, {@code no-answer} never) or a final status from 400 to 699 but
 * 401 and 407, which a phone has no business sending bare (see {@link #challenge}), and 420, 421
 * and 423, which answer what a call never asks for (see {@link #outOfPlace}). The value is the
 * status, 0 for {@code no-answer}.
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
        "one of answer, busy, decline, unavailable, no-answer, or a status from 400 to 699 but"
            + " 401, 407, 420, 421 and 423");
  }

  @Override
  Integer parse(String text, ScalarNode node, ReadContext ctx) {
    if (WORDS.containsKey(text)) {
      return WORDS.get(text);
    }
    if (text.equals("401") || text.equals("407")) {
      ctx.error(node, challenge(text));
      return null;
    }
    String outOfPlace = outOfPlace(text);
    if (outOfPlace != null) {
      ctx.error(node, outOfPlace);
      return null;
    }
    if (text.matches("[4-6][0-9][0-9]")) {
      return Integer.parseInt(text);
    }
    ctx.error(node, "unknown answer " + Nodes.quote(text) + hint(text));
    return null;
  }

  /**
   * "Did you mean": {@code answer} for 200, the status alone for a status with its reason phrase
   * ({@code 486 Busy Here}), the closest word; else every choice, statuses included.
   */
  private String hint(String text) {
    if (text.equals("200")) {
      return "; did you mean 'answer'? (it answers 200 OK, with the SDP answer)";
    }
    String status = text.split(" ", 2)[0];
    if (text.matches("[4-6][0-9][0-9] .+") && !status.matches("40[17]|42[013]")) {
      return "; did you mean '" + status + "'? (the status alone, without its reason phrase)";
    }
    return Suggest.closest(text, WORDS.keySet()).filter(w -> !text.matches("[0-9]+"))
        .map(w -> "; did you mean '" + w + "'?").orElse("; expected " + expected());
  }

  /**
   * Why a phone does not answer 401 or 407. RFC 3261 section 22.2: WWW-Authenticate "MUST be
   * included in 401 (Unauthorized) response messages", and section 22.3 says the same of
   * Proxy-Authenticate in a 407; a phone that only refuses has no challenge to put there, and the
   * caller would answer it with credentials the phone never checks. A 407 is a proxy's besides
   * (section 22.3): a UAS challenges with 401 (section 22.2). The elements that do check
   * credentials challenge: a registrar with users (401) and a proxy with auth (407).
   */
  private static String challenge(String text) {
    return "a phone does not answer " + text + ": "
        + (text.equals("401") ? "a 401 must carry a WWW-Authenticate challenge (RFC 3261"
            + " 20.44), which a phone that only refuses has not"
            : "407 is a proxy's challenge, a UAS challenges with 401 (RFC 3261 22.2, 22.3)")
        + "; expected another status from 400 to 699, or, to show digest authentication, a"
        + " registrar with users (401) or a proxy with auth (407)";
  }

  /**
   * Why a phone does not answer a call with 420, 421 or 423: each must carry a header naming what
   * the request asked for, and a call in siplab asks for none of it. Section 8.2.2.3: a 420 lists
   * in Unsupported the extensions the request's Require named, and siplab's callers require none;
   * section 21.4.15: a 421 names in Require the extension the UAS needs, and siplab's phones need
   * none; section 10.3 step 7: a 423 answers an expiration too short, a registrar's answer, with
   * Min-Expires. Null for any other status.
   */
  private static String outOfPlace(String text) {
    String why = switch (text) {
      case "420" -> "a 420 (Bad Extension) lists in Unsupported the extensions the request's"
          + " Require named (RFC 3261 8.2.2.3), and siplab's callers require none";
      case "421" -> "a 421 (Extension Required) names in Require the extension the UAS needs (RFC"
          + " 3261 21.4.15), and siplab's phones need none";
      case "423" -> "a 423 (Interval Too Brief) answers an expiration shorter than a registrar"
          + " allows, with Min-Expires (RFC 3261 10.3 step 7), not a call";
      default -> null;
    };
    return why == null ? null : "a phone does not answer a call with " + text + ": " + why
        + "; expected another status from 400 to 699";
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
