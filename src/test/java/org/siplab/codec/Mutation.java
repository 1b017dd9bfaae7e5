package org.siplab.codec;

import java.util.Arrays;
import org.siplab.testkit.Draw;

/** Byte-level damage to a datagram: flips, insertions, deletions, truncation. */
final class Mutation {

  private static final byte[] INTERESTING = {
    0, '\r', '\n', ' ', '\t', ':', ';', ',', '<', '>', '"', '\\', '%', '@', '=', '/', '[', ']',
    '(', ')', '?', '*', (byte) 0x80, (byte) 0xC3, (byte) 0xFF, '0', '9', 'z'
  };

  private Mutation() {}

  static byte[] mutate(byte[] wire, Draw d) {
    byte[] out = wire.clone();
    int edits = d.between(1, 4);
    for (int i = 0; i < edits && out.length > 0; i++) {
      int at = d.between(0, out.length - 1);
      byte b = d.chance(70) ? d.pick(box()) : (byte) d.between(0, 255);
      switch (d.between(0, 3)) {
        case 0 -> out[at] = b;
        case 1 -> out = insert(out, at, b);
        case 2 -> out = delete(out, at);
        default -> out = Arrays.copyOf(out, at);
      }
    }
    return out;
  }

  private static Byte[] box() {
    Byte[] boxed = new Byte[INTERESTING.length];
    for (int i = 0; i < boxed.length; i++) {
      boxed[i] = INTERESTING[i];
    }
    return boxed;
  }

  private static byte[] insert(byte[] a, int at, byte b) {
    byte[] out = new byte[a.length + 1];
    System.arraycopy(a, 0, out, 0, at);
    out[at] = b;
    System.arraycopy(a, at, out, at + 1, a.length - at);
    return out;
  }

  private static byte[] delete(byte[] a, int at) {
    byte[] out = new byte[a.length - 1];
    System.arraycopy(a, 0, out, 0, at);
    System.arraycopy(a, at + 1, out, at, a.length - at - 1);
    return out;
  }
}
