package org.siplab.capture;

/** A capture file that cannot be read: the message says what is wrong and where, in words. */
public final class CaptureFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  CaptureFormatException(String message) {
    super(message, null, false, false);
  }
}
