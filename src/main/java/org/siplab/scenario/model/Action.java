package org.siplab.scenario.model;

import java.util.List;

/**
 * What a script step makes an element do: {@code alice.call bob} is element {@code alice}, action
 * {@code call}, one argument.
 *
 * @param position where the action's text is written
 */
public record Action(
    String element, String name, List<Argument> arguments, SourcePosition position) {

  public Action {
    arguments = List.copyOf(arguments);
  }

  /** As written: {@code alice.call bob}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(element).append('.').append(name);
    for (Argument argument : arguments) {
      out.append(' ').append(text(argument));
    }
    return out.toString();
  }

  private static String text(Argument argument) {
    if (argument instanceof Argument.ElementTarget t) {
      return t.element();
    } else if (argument instanceof Argument.UriTarget t) {
      return t.uri().toString();
    } else if (argument instanceof Argument.Address a) {
      return a.address().toString();
    } else if (argument instanceof Argument.Text t) {
      return t.text();
    }
    throw new IllegalStateException("unknown argument " + argument);
  }
}
