package org.siplab.capture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a capture file: the classic pcap format (tcpdump, SIPp's {@code -trace_pcap}) or pcapng
 * (Wireshark's default), in either byte order. The formats are those of the IETF drafts
 * draft-ietf-opsawg-pcap and draft-ietf-opsawg-pcapng; the link types those of tcpdump.org's
 * LINKTYPE_ list.
 */
public final class CaptureFile {

  private static final int PCAP_MICROS = 0xA1B2C3D4;
  private static final int PCAP_NANOS = 0xA1B23C4D;
  private static final int PCAPNG_SECTION = 0x0A0D0D0A;
  private static final int PCAPNG_BYTE_ORDER = 0x1A2B3C4D;
  private static final int PCAP_HEADER = 24;
  private static final int PCAP_RECORD = 16;

  static final String INCOMPLETE = "a fragment of a UDP datagram whose other fragments are not"
      + " all in the capture";

  /**
   * A file that ends inside its last packet, as one copied while the capture still ran: the
   * packets before it are read, as Wireshark reads them, and the last one is passed over.
   */
  static final String CUT_SHORT = "the last packet, inside which the file ends (the capture was"
      + " cut short)";

  private CaptureFile() {}

  /** Whether the file's first bytes are those of a pcap or pcapng file. */
  public static boolean isCapture(byte[] start) {
    if (start.length < 4) {
      return false;
    }
    int big = Bytes.int32(start, 0, true);
    int little = Bytes.int32(start, 0, false);
    return big == PCAPNG_SECTION || big == PCAP_MICROS || big == PCAP_NANOS
        || little == PCAP_MICROS || little == PCAP_NANOS;
  }

  /** Every UDP datagram of the file, in file order, and what was passed over. */
  public static Capture read(byte[] file) throws CaptureFormatException {
    List<CapturedDatagram> datagrams = new ArrayList<>();
    Map<String, Integer> passedOver = new LinkedHashMap<>();
    Reassembly fragments = new Reassembly();
    int[] packets = {0};
    Consumer<Frame> onFrame = frame -> {
      packets[0]++;
      Packets.Outcome outcome = Packets.datagram(frame);
      if (outcome.datagram() != null) {
        datagrams.add(outcome.datagram());
      } else if (outcome.fragment() != null) {
        CapturedDatagram whole = fragments.add(outcome.fragment());
        if (whole != null) {
          datagrams.add(whole);
        }
      } else {
        passedOver.merge(outcome.passedOver(), 1, Integer::sum);
      }
    };
    boolean cutShort = file.length >= 4 && Bytes.int32(file, 0, true) == PCAPNG_SECTION
        ? Pcapng.read(file, onFrame) : readPcap(file, onFrame);
    if (cutShort) {
      passedOver.put(CUT_SHORT, 1);
    }
    if (fragments.incomplete() > 0) {
      passedOver.put(INCOMPLETE, fragments.incomplete());
    }
    return new Capture(datagrams, passedOver, packets[0]);
  }

  /**
   * The classic format: a 24-byte file header, then a 16-byte header before each packet. Returns
   * whether the file ends inside its last packet.
   */
  private static boolean readPcap(byte[] file, Consumer<Frame> onFrame)
      throws CaptureFormatException {
    if (file.length < PCAP_HEADER) {
      throw new CaptureFormatException("the file is " + file.length + " bytes long, shorter than"
          + " the 24-byte header a pcap file begins with");
    }
    boolean bigEndian;
    boolean nanos;
    int magic = Bytes.int32(file, 0, true);
    if (magic == PCAP_MICROS || magic == PCAP_NANOS) {
      bigEndian = true;
      nanos = magic == PCAP_NANOS;
    } else {
      magic = Bytes.int32(file, 0, false);
      if (magic != PCAP_MICROS && magic != PCAP_NANOS) {
        throw new CaptureFormatException("this is not a capture file: a pcap file begins with"
            + " A1 B2 C3 D4 (or A1 B2 3C 4D) in either byte order, a pcapng file with 0A 0D 0D 0A");
      }
      bigEndian = false;
      nanos = magic == PCAP_NANOS;
    }
    // The top bits of the link-type field may carry FCS information (draft-ietf-opsawg-pcap 4).
    int linkType = Bytes.int32(file, 20, bigEndian) & 0x0FFF_FFFF;
    long number = 0;
    int at = PCAP_HEADER;
    while (at < file.length) {
      number++;
      if (file.length - at < PCAP_RECORD) {
        return true;
      }
      long seconds = Bytes.uint32(file, at, bigEndian);
      long fraction = Bytes.uint32(file, at + 4, bigEndian);
      long captured = Bytes.uint32(file, at + 8, bigEndian);
      long original = Bytes.uint32(file, at + 12, bigEndian);
      if (captured > file.length - at - PCAP_RECORD) {
        return true;
      }
      long timeUs = seconds * 1_000_000 + (nanos ? fraction / 1000 : fraction);
      onFrame.accept(new Frame(number, timeUs, linkType, file, at + PCAP_RECORD, (int) captured,
          (int) Math.min(original, Integer.MAX_VALUE)));
      at += PCAP_RECORD + (int) captured;
    }
    return false;
  }
}
