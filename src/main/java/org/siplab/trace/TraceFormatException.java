package org.siplab.trace;

/** A trace.json that siplab cannot read, with a message that says where and why. */
public final class TraceFormatException extends RuntimeException {
  public TraceFormatException(String message) {
    super(message);
  }
}
