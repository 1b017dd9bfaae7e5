package org.siplab.interop;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of the real SIPp (the Debian package sip-tester) as a child process, everything bound
 * on 127.0.0.1, its logs in a folder of the test's own. {@link #close} always kills it, so that a
 * failing test leaves no process behind.
 */
final class Sipp implements AutoCloseable {

  /** How long SIPp may run before it gives up on its own and exits non-zero. */
  static final String GLOBAL_TIMEOUT = "15s";

  private final Process process;
  private final Path logs;

  private Sipp(Process process, Path logs) {
    this.process = process;
    this.logs = logs;
  }

  /** Whether an executable {@code sipp} is on the PATH. */
  static boolean installed() {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "sipp"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Starts SIPp with {@code scenario} (the arguments that choose the scenario and, for a UAC, its
   * target), placing one call ({@code -m 1}) from 127.0.0.1:{@code port}. Its other sockets (the
   * remote control and the media echo) get the free ports {@code controlPort} and {@code
   * mediaPort}, on 127.0.0.1 too.
   */
  static Sipp start(Path logs, int port, int controlPort, int mediaPort, List<String> scenario) {
    List<String> command = new ArrayList<>(List.of("sipp"));
    command.addAll(scenario);
    command.addAll(List.of("-i", "127.0.0.1", "-bind_local", "-p", Integer.toString(port),
        "-ci", "127.0.0.1", "-cp", Integer.toString(controlPort),
        "-mi", "127.0.0.1", "-mp", Integer.toString(mediaPort),
        "-m", "1", "-nostdin",
        "-timeout", GLOBAL_TIMEOUT, "-timeout_error",
        "-trace_err", "-error_file", logs.resolve("errors.log").toString(),
        "-trace_msg", "-message_file", logs.resolve("messages.log").toString()));
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(logs.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(logs.resolve("screen.txt").toFile())
        .redirectError(logs.resolve("stderr.txt").toFile());
    try {
      return new Sipp(builder.start(), logs);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + command, e);
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Waits until SIPp has bound its SIP socket, 127.0.0.1:{@code port}. */
  void awaitListening(int port, long limitMillis) {
    UdpBinding.await(process, "SIPp", port, limitMillis, this::logs);
  }

  /**
   * SIPp's exit code: 0 when every call succeeded, 1 when one failed (or, with {@code
   * -timeout_error}, the global timeout struck), others for fatal errors.
   */
  int exitCode(long waitMillis) {
    try {
      if (!process.waitFor(waitMillis, TimeUnit.MILLISECONDS)) {
        throw new AssertionError("SIPp still runs after " + waitMillis + " ms\n" + logs());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for SIPp", e);
    }
    return process.exitValue();
  }

  /** SIPp's error log, its standard error and the end of its screen, for a failure message. */
  String logs() {
    StringBuilder out = new StringBuilder();
    for (String name : List.of("errors.log", "stderr.txt", "screen.txt")) {
      out.append("---- SIPp ").append(name).append(" ----\n").append(tail(logs.resolve(name)))
          .append('\n');
    }
    return out.toString();
  }

  /** SIPp's error log ({@code -trace_err}), or "(none)" when it wrote none. */
  String errors() {
    return tail(logs.resolve("errors.log"));
  }

  private static String tail(Path file) {
    if (!Files.exists(file)) {
      return "(none)";
    }
    try {
      String text = Files.readString(file, StandardCharsets.ISO_8859_1);
      return text.length() <= 6000 ? text : "..." + text.substring(text.length() - 6000);
    } catch (IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
