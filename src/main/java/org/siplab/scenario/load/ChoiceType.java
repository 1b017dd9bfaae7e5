package org.siplab.scenario.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.siplab.spelling.Suggest;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** One word from a fixed list, such as {@code parallel} or {@code sequential}. */
final class ChoiceType<T> extends ScalarType<T> {

  /** Up to this many choices, the reference's type column lists them all. */
  private static final int SPELLED_OUT = 5;

  private final String noun;
  private final Map<String, T> choices;
  /** Other names of choices, in lower case, to what to say of them: "did you mean ...?". */
  private final Map<String, String> otherNames;

  /**
   * @param noun what a choice is, for messages: {@code unknown forking mode 'paralel'}
   * @param choices the words as written, to their values, in the order the reference lists them
   */
  ChoiceType(String noun, Map<String, T> choices) {
    this(noun, choices, Map.of());
  }

  private ChoiceType(String noun, Map<String, T> choices, Map<String, String> otherNames) {
    super(choices.size() <= SPELLED_OUT ? String.join(" | ", choices.keySet()) : noun,
        "one of: " + String.join(", ", choices.keySet()));
    this.noun = noun;
    this.choices = new LinkedHashMap<>(choices);
    this.otherNames = Map.copyOf(otherNames);
  }

  /**
   * The same choice, with names the choices go by elsewhere (in lower case) and the hint each
   * gets instead of the closest spelling, such as {@code g711} to "did you mean 'PCMU' or
   * 'PCMA'?": a name spelt close to another choice would get that choice, which is wrong.
   */
  ChoiceType<T> withOtherNames(Map<String, String> hints) {
    return new ChoiceType<>(noun, choices, hints);
  }

  /** The enum's constants, written in lower case with {@code -} for {@code _}. */
  static <E extends Enum<E>> ChoiceType<E> of(String noun, Class<E> type) {
    Map<String, E> choices = new LinkedHashMap<>();
    for (E constant : type.getEnumConstants()) {
      choices.put(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'), constant);
    }
    return new ChoiceType<>(noun, choices);
  }

  /** Words that stand for themselves. */
  static ChoiceType<String> words(String noun, List<String> words) {
    Map<String, String> choices = new LinkedHashMap<>();
    words.forEach(word -> choices.put(word, word));
    return new ChoiceType<>(noun, choices);
  }

  @Override
  T parse(String text, ScalarNode node, ReadContext ctx) {
    T value = choices.get(text);
    String other = otherNames.get(text.toLowerCase(Locale.ROOT));
    if (value == null) {
      ctx.error(node, "unknown " + noun + " " + Nodes.quote(text) + (other != null
          ? "; " + other : Suggest.hint(text, choices.keySet(), expected())));
    }
    return value;
  }

  @Override
  public String format(T value) {
    for (Map.Entry<String, T> choice : choices.entrySet()) {
      if (choice.getValue().equals(value)) {
        return choice.getKey();
      }
    }
    return String.valueOf(value);
  }
}
