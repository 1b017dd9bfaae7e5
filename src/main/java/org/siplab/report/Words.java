package org.siplab.report;

import java.util.List;

/**
 * A sentence as a template and its arguments: {@code "receives it from {0}"} with {@code [alice]}.
 * The page stores each template once and each argument once (ids recur in many sentences), and
 * fills them in when it shows them; a long run's report stays small that way.
 */
record Words(String template, List<String> arguments) {

  Words {
    arguments = arguments.stream().map(a -> a == null ? "" : a).toList();
  }

  static Words of(String template, String... arguments) {
    return new Words(template, java.util.Arrays.asList(arguments));
  }

  /** The sentence, filled in the way the page fills it. */
  String text() {
    String text = template;
    for (int i = 0; i < arguments.size(); i++) {
      text = text.replace("{" + i + "}", arguments.get(i));
    }
    return text;
  }
}
