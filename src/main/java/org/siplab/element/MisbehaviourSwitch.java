package org.siplab.element;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A deliberate RFC violation that a scenario switches on by a word ({@code misbehave: [keep-via]}),
 * so that a student sees what the rule checker says; each names the rule of {@code
 * org.siplab.check.Catalog} that catches it.
 */
public interface MisbehaviourSwitch {

  /** The word a scenario file uses. */
  String key();

  /** The id of the checker rule that finds this misbehaviour. */
  String rule();

  /**
   * The switch among {@code values} that {@code key} names.
   *
   * @param kind the element kind, for the message when no switch has that word
   * @throws IllegalArgumentException naming the words there are
   */
  static <E extends MisbehaviourSwitch> E fromKey(E[] values, String key, String kind) {
    for (E m : values) {
      if (m.key().equals(key)) {
        return m;
      }
    }
    throw new IllegalArgumentException("no " + kind + " misbehaviour \"" + key + "\"; known: "
        + Arrays.stream(values).map(MisbehaviourSwitch::key).collect(Collectors.joining(", ")));
  }
}
