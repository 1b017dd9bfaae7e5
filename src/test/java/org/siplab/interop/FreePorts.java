package org.siplab.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * UDP ports on 127.0.0.1 that nothing uses now, for SIPp's {@code -p}, {@code -cp} and {@code
 * -mp}: the system picks each (bind port 0), and the sockets are held until all are picked so
 * that no two are the same. Another process could take one before SIPp binds it; SIPp then fails
 * to start and the test says so with SIPp's log.
 */
final class FreePorts {

  private FreePorts() {}

  /** 127.0.0.1 itself, not whatever {@code localhost} or the loopback default resolves to. */
  static InetAddress loopback() {
    try {
      return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an IPv4 address", e);
    }
  }

  /** {@code count} distinct free ports. */
  static List<Integer> pick(int count) {
    List<DatagramSocket> held = new ArrayList<>();
    try {
      List<Integer> ports = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        DatagramSocket socket = new DatagramSocket(new InetSocketAddress(loopback(), 0));
        held.add(socket);
        ports.add(socket.getLocalPort());
      }
      return ports;
    } catch (SocketException e) {
      throw new UncheckedIOException(e);
    } finally {
      held.forEach(DatagramSocket::close);
    }
  }

  /**
   * A free port {@code p} whose {@code p + 2} is free too, neither of them one of {@code picked}
   * (free again now, but promised to SIPp): SIPp's media echo binds both (audio and video).
   */
  static int pickMediaPair(List<Integer> picked) {
    for (int attempt = 0; attempt < 50; attempt++) {
      int port = pick(1).get(0);
      if (port + 2 <= 65_535 && !picked.contains(port) && !picked.contains(port + 2)
          && isFree(port) && isFree(port + 2)) {
        return port;
      }
    }
    throw new IllegalStateException("found no free UDP port p with p + 2 free on 127.0.0.1");
  }

  private static boolean isFree(int port) {
    try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(loopback(), port))) {
      return probe.getLocalPort() == port;
    } catch (IOException e) {
      return false;
    }
  }
}
