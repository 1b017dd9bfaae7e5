package org.siplab.scenario.load;

import java.util.Objects;
import org.siplab.scenario.model.SourcePosition;

/**
 * One mistake in a scenario file: where, and in words, what is wrong and what was expected.
 * Prints as {@code file:line:column: message}.
 */
public record LoadError(SourcePosition position, String message) implements Comparable<LoadError> {

  public LoadError {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public int compareTo(LoadError other) {
    return position.compareTo(other.position);
  }

  @Override
  public String toString() {
    return position + ": " + message;
  }
}
