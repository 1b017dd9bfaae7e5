package org.siplab.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The pcapng format (draft-ietf-opsawg-pcapng): a sequence of blocks, each {@code type, total
 * length, body, total length}. A Section Header Block sets the byte order of its section; each
 * Interface Description Block declares a link type and a time resolution; Enhanced, Simple and
 * (obsolete) Packet Blocks hold the packets. Other blocks (statistics, name resolution, comments)
 * are skipped by their length.
 */
final class Pcapng {

  private static final int SECTION_HEADER = 0x0A0D0D0A;
  private static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;
  private static final int INTERFACE = 1;
  private static final int OBSOLETE_PACKET = 2;
  private static final int SIMPLE_PACKET = 3;
  private static final int ENHANCED_PACKET = 6;
  private static final int OPTION_END = 0;
  private static final int OPTION_TIME_RESOLUTION = 9;

  /** An interface of the current section: its link type and its clock's ticks a second. */
  private record Interface(int linkType, long ticksPerSecond) {}

  private final byte[] file;
  private final Consumer<Frame> onFrame;
  private boolean bigEndian = true;
  private final List<Interface> interfaces = new ArrayList<>();
  private long number;
  private long lastTimeUs;

  private Pcapng(byte[] file, Consumer<Frame> onFrame) {
    this.file = file;
    this.onFrame = onFrame;
  }

  /** Reads every block; returns whether the file ends inside its last block. */
  static boolean read(byte[] file, Consumer<Frame> onFrame) throws CaptureFormatException {
    return new Pcapng(file, onFrame).blocks();
  }

  private boolean blocks() throws CaptureFormatException {
    int at = 0;
    while (at < file.length) {
      if (file.length - at < 12) {
        return true;
      }
      int type = Bytes.int32(file, at, bigEndian);
      if (type == SECTION_HEADER) {
        sectionHeader(at);
      }
      long length = Bytes.uint32(file, at + 4, bigEndian);
      if (length >= 12 && length % 4 == 0 && length > file.length - at && at > 0) {
        return true;
      }
      if (length < 12 || length % 4 != 0 || length > file.length - at) {
        throw problem(at, "a block says it is " + length + " bytes long; a block is a multiple of"
            + " four, at least 12, and must fit in the file's " + (file.length - at)
            + " remaining bytes");
      }
      int body = at + 8;
      int bodyEnd = at + (int) length - 4;
      switch (type) {
        case INTERFACE -> interfaces.add(interfaceOf(at, body, bodyEnd));
        case ENHANCED_PACKET -> enhancedPacket(at, body, bodyEnd, false);
        case OBSOLETE_PACKET -> enhancedPacket(at, body, bodyEnd, true);
        case SIMPLE_PACKET -> simplePacket(at, body, bodyEnd);
        default -> { }
      }
      at += (int) length;
    }
    return false;
  }

  /** A new section: its byte order is read from its byte-order magic, and its interfaces begin. */
  private void sectionHeader(int at) throws CaptureFormatException {
    if (file.length - at < 12) {
      throw problem(at, "the file ends inside a section header");
    }
    if (Bytes.int32(file, at + 8, true) == BYTE_ORDER_MAGIC) {
      bigEndian = true;
    } else if (Bytes.int32(file, at + 8, false) == BYTE_ORDER_MAGIC) {
      bigEndian = false;
    } else {
      throw problem(at, "a section header without the byte-order magic 1A 2B 3C 4D");
    }
    interfaces.clear();
  }

  private Interface interfaceOf(int at, int body, int bodyEnd) throws CaptureFormatException {
    if (bodyEnd - body < 8) {
      throw problem(at, "an interface description block too short for its link type");
    }
    int linkType = Bytes.uint16(file, body, bigEndian);
    long ticksPerSecond = 1_000_000;
    int option = body + 8;
    while (option + 4 <= bodyEnd) {
      int code = Bytes.uint16(file, option, bigEndian);
      int length = Bytes.uint16(file, option + 2, bigEndian);
      if (code == OPTION_END || option + 4 + length > bodyEnd) {
        break;
      }
      if (code == OPTION_TIME_RESOLUTION && length >= 1) {
        // if_tsresol: the top bit chooses a power of two, else of ten; the rest is the exponent.
        int resolution = file[option + 4] & 0xFF;
        int exponent = resolution & 0x7F;
        boolean binary = (resolution & 0x80) != 0;
        if (binary ? exponent > 62 : exponent > 18) {
          throw problem(at, "an interface's time resolution (if_tsresol " + resolution + ") is"
              + " finer than any clock");
        }
        ticksPerSecond = binary ? 1L << exponent : pow10(exponent);
      }
      option += 4 + (length + 3) / 4 * 4;
    }
    return new Interface(linkType, ticksPerSecond);
  }

  /**
   * {@code interface id, timestamp (high, low), captured length, original length, data}; the
   * obsolete Packet Block has a 16-bit interface id and a 16-bit drop count in the id's place.
   */
  private void enhancedPacket(int at, int body, int bodyEnd, boolean obsolete)
      throws CaptureFormatException {
    if (bodyEnd - body < 20) {
      throw problem(at, "a packet block too short for its header");
    }
    long interfaceId = obsolete ? Bytes.uint16(file, body, bigEndian)
        : Bytes.uint32(file, body, bigEndian);
    Interface from = interfaceAt(at, interfaceId);
    long ticks = Bytes.uint32(file, body + 4, bigEndian) << 32
        | Bytes.uint32(file, body + 8, bigEndian);
    long captured = Bytes.uint32(file, body + 12, bigEndian);
    long original = Bytes.uint32(file, body + 16, bigEndian);
    int data = body + 20;
    if (captured > bodyEnd - data) {
      throw problem(at, "a packet block says " + captured + " bytes were captured, more than the"
          + " block holds");
    }
    lastTimeUs = micros(ticks, from.ticksPerSecond());
    frame(from, data, (int) captured, original);
  }

  /** {@code original length, data}: interface 0, no time stamp (the previous packet's is kept). */
  private void simplePacket(int at, int body, int bodyEnd) throws CaptureFormatException {
    if (bodyEnd - body < 4) {
      throw problem(at, "a simple packet block too short for its length");
    }
    Interface from = interfaceAt(at, 0);
    long original = Bytes.uint32(file, body, bigEndian);
    int data = body + 4;
    frame(from, data, (int) Math.min(original, bodyEnd - data), original);
  }

  private void frame(Interface from, int data, int captured, long original) {
    number++;
    onFrame.accept(new Frame(number, lastTimeUs, from.linkType(), file, data, captured,
        (int) Math.min(original, Integer.MAX_VALUE)));
  }

  private Interface interfaceAt(int at, long id) throws CaptureFormatException {
    if (id >= interfaces.size()) {
      throw problem(at, "a packet names interface " + id + ", but its section describes "
          + interfaces.size());
    }
    return interfaces.get((int) id);
  }

  /** Ticks of a clock running at {@code perSecond} as microseconds, without overflowing. */
  static long micros(long ticks, long perSecond) {
    long seconds = Long.divideUnsigned(ticks, perSecond);
    long rest = Long.remainderUnsigned(ticks, perSecond);
    long fraction = perSecond >= 1_000_000 ? rest / (perSecond / 1_000_000)
        : rest * 1_000_000 / perSecond;
    return seconds * 1_000_000 + fraction;
  }

  private static long pow10(int exponent) {
    long value = 1;
    for (int i = 0; i < exponent; i++) {
      value *= 10;
    }
    return value;
  }

  private CaptureFormatException problem(int at, String what) {
    return new CaptureFormatException("at byte " + at + " (pcapng): " + what);
  }
}
