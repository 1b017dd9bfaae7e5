package org.siplab.capture;

/** Fixed-width integers read from a capture's bytes, in the byte order its header declares. */
final class Bytes {

  private Bytes() {}

  static int uint16(byte[] b, int at, boolean bigEndian) {
    int hi = b[at] & 0xFF;
    int lo = b[at + 1] & 0xFF;
    return bigEndian ? hi << 8 | lo : lo << 8 | hi;
  }

  static int int32(byte[] b, int at, boolean bigEndian) {
    int b0 = b[at] & 0xFF;
    int b1 = b[at + 1] & 0xFF;
    int b2 = b[at + 2] & 0xFF;
    int b3 = b[at + 3] & 0xFF;
    return bigEndian ? b0 << 24 | b1 << 16 | b2 << 8 | b3 : b3 << 24 | b2 << 16 | b1 << 8 | b0;
  }

  static long uint32(byte[] b, int at, boolean bigEndian) {
    return int32(b, at, bigEndian) & 0xFFFF_FFFFL;
  }
}
