package org.siplab.report;

/** A diagram could not be drawn: the JavaScript engine is missing or failed. */
public final class DiagramException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  DiagramException(String message, Throwable cause) {
    super(message, cause);
  }
}
