package org.siplab.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Waits until a real peer (SIPp, Kamailio) has bound its SIP socket, so that what is sent next is
 * not sent before anyone listens (it would be lost, and retransmitted 500 ms later).
 */
final class UdpBinding {

  private UdpBinding() {}

  /**
   * Waits until {@code process} has bound 127.0.0.1:{@code port}, at most {@code limitMillis}.
   * Linux lists bound UDP sockets in /proc/net/udp ({@code 0100007F:13C4} is 127.0.0.1:5060);
   * elsewhere it waits a moment instead. Fails with {@code logs} when the process exits first or
   * the time runs out.
   */
  static void await(Process process, String who, int port, long limitMillis,
      Supplier<String> logs) {
    Path table = Path.of("/proc/net/udp");
    String local = String.format(Locale.ROOT, " 0100007F:%04X ", port);
    long deadline = System.nanoTime() + limitMillis * 1_000_000;
    try {
      while (System.nanoTime() < deadline && process.isAlive()) {
        if (!Files.isReadable(table)) {
          Thread.sleep(300);
          return;
        }
        if (Files.readString(table, StandardCharsets.US_ASCII).contains(local)) {
          return;
        }
        Thread.sleep(10);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + who, e);
    }
    throw new AssertionError(who + " did not bind 127.0.0.1:" + port + " within " + limitMillis
        + " ms\n" + logs.get());
  }
}
