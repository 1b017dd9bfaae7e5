package org.siplab.codec;

/**
 * Thrown inside the parser when a grammar rule does not match, caught at the header or start line
 * it concerns and turned into a {@link Diagnostic}; it never leaves the codec. It carries no stack
 * trace: it is a value travelling up a few frames, not a bug report.
 */
final class Malformed extends RuntimeException {

  final int index;
  final String rule;
  final String rfc;

  Malformed(int index, String message, String rule, String rfc) {
    super(message, null, false, false);
    this.index = index;
    this.rule = rule;
    this.rfc = rfc;
  }
}
