package org.siplab.scenario.run;

/**
 * A scenario that loaded but whose elements could not be built from it: a combination of values
 * the scenario checks let through and an element refuses. The loader is meant to catch every such
 * value with its line and column; this is the net below it, so that a user still gets one clear
 * sentence and exit code 2 rather than a stack trace.
 */
public final class SetupFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  SetupFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
