package org.siplab.report;

/** A diagram could not be drawn: the JavaScript engine is missing, or it failed on this graph. */
public final class DiagramException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean engineMissing;

  DiagramException(String message, Throwable cause, boolean engineMissing) {
    super(message, cause);
    this.engineMissing = engineMissing;
  }

  /** Whether the engine did not start here, rather than failing on one graph. */
  boolean engineMissing() {
    return engineMissing;
  }
}
