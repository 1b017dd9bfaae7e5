package org.siplab.scenario.model;

import java.util.OptionalInt;

/**
 * A deliberate fault on chosen messages from one element to another.
 *
 * @param nth which matching message to hit, from 1; empty to hit every match
 * @param extraDelay how much later a delayed message arrives; zero unless {@code kind} is DELAY
 * @param position where the fault's pattern is written
 */
public record FaultSpec(
    Kind kind,
    MessagePattern pattern,
    String from,
    String to,
    OptionalInt nth,
    Duration extraDelay,
    SourcePosition position) {

  /** What the fault does to the message it hits. */
  public enum Kind {
    DROP,
    DELAY,
    DUPLICATE
  }
}
