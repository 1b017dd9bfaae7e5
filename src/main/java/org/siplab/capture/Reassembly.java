package org.siplab.capture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts fragmented UDP datagrams back together (RFC 791 section 3.2, RFC 8200 section 4.5). A SIP
 * message larger than the link's MTU, an INVITE with a long SDP body say, travels in several IP
 * fragments; the datagram is whole once the pieces cover it from offset 0 to the end the last
 * piece (no "more fragments" flag) gives. It is then dated and numbered by the packet that
 * completed it, as Wireshark shows a reassembled message at its last fragment.
 */
final class Reassembly {

  private final Map<String, List<Packets.Fragment>> pending = new LinkedHashMap<>();

  /** The datagram {@code piece} completes, or null while pieces are missing. */
  CapturedDatagram add(Packets.Fragment piece) {
    List<Packets.Fragment> pieces = pending.computeIfAbsent(piece.key(), k -> new ArrayList<>());
    pieces.add(piece);
    byte[] whole = whole(pieces);
    if (whole == null) {
      return null;
    }
    pending.remove(piece.key());
    boolean truncated = pieces.stream().anyMatch(Packets.Fragment::truncated);
    return Packets.udp(whole, 0, whole.length, whole.length, piece.packet(), piece.timeUs(),
        piece.from(), piece.to(), truncated);
  }

  /** How many fragments are still waiting for the rest of their datagram. */
  int incomplete() {
    return pending.values().stream().mapToInt(List::size).sum();
  }

  /** The datagram's bytes when the pieces cover it without a gap, else null. */
  private static byte[] whole(List<Packets.Fragment> pieces) {
    int end = -1;
    for (Packets.Fragment p : pieces) {
      if (!p.more()) {
        end = p.end();
      }
    }
    if (end < 0) {
      return null;
    }
    List<Packets.Fragment> sorted = new ArrayList<>(pieces);
    sorted.sort(Comparator.comparingInt(Packets.Fragment::offset));
    byte[] whole = new byte[end];
    int covered = 0;
    for (Packets.Fragment p : sorted) {
      if (p.offset() > covered) {
        return null;
      }
      // An overlap keeps the bytes that came first in offset order.
      int from = covered - p.offset();
      int length = Math.min(p.end(), end) - covered;
      if (length > 0) {
        System.arraycopy(p.data(), from, whole, covered, length);
        covered += length;
      }
    }
    return covered == end ? whole : null;
  }
}
