package org.siplab.trace;

/**
 * A trace.json that siplab cannot read, with a message that says why and the line and column
 * (from 1, in characters) of the place that is wrong, so that the command can say
 * {@code file:line:column: why} (DESIGN.md).
 */
public final class TraceFormatException extends RuntimeException {
  private final int line;
  private final int column;

  public TraceFormatException(String message, int line, int column) {
    super(message);
    this.line = line;
    this.column = column;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
