package org.siplab.interop;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One run of the real Kamailio (the Debian package kamailio) as a child process in the
 * foreground: a registrar and proxy on one UDP port of 127.0.0.1, with the configuration in
 * src/test/resources/interop/kamailio.cfg (no database; usrloc in memory), its files in a folder
 * of the test's own. {@link #close} always ends it and its children.
 */
final class Kamailio implements AutoCloseable {

  private static final String CONFIG = "/interop/kamailio.cfg";

  private final Process process;
  private final Path dir;

  private Kamailio(Process process, Path dir) {
    this.process = process;
    this.dir = dir;
  }

  /**
   * The {@code kamailio} executable: on the PATH or else in /usr/sbin, where Debian installs it
   * and which a user's PATH may lack.
   */
  static Optional<Path> executable() {
    List<String> dirs = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      dirs.addAll(List.of(path.split(File.pathSeparator)));
    }
    dirs.add("/usr/sbin");
    return dirs.stream().filter(d -> !d.isEmpty()).map(d -> Path.of(d, "kamailio"))
        .filter(Files::isExecutable).findFirst();
  }

  /**
   * Starts Kamailio listening on 127.0.0.1:{@code port} only, accepting {@code password} for
   * every user. {@code -DD} keeps it in the foreground (its children are still forked: the tm
   * module's retransmission timers run in a process of their own), {@code -E} logs to standard
   * error, {@code -T} and {@code -S} leave TCP and SCTP out, and one UDP worker ({@code -n 1})
   * is plenty.
   */
  static Kamailio start(Path dir, int port, String password) {
    Path config = dir.resolve("kamailio.cfg");
    copyConfig(config);
    List<String> command = List.of(executable().orElseThrow().toString(),
        "-f", config.toString(), "-DD", "-E", "-T", "-S", "-n", "1",
        "-l", "udp:127.0.0.1:" + port, "-Y", dir.toString(), "-w", dir.toString(),
        "-m", "32", "-M", "4",
        "-A", "PASSWORD=\"" + password + "\"");
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(dir.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(dir.resolve("stdout.txt").toFile())
        .redirectError(dir.resolve("stderr.txt").toFile());
    Kamailio kamailio;
    try {
      kamailio = new Kamailio(builder.start(), dir);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + command, e);
    }
    UdpBinding.await(kamailio.process, "Kamailio", port, 5_000, kamailio::logs);
    return kamailio;
  }

  private static void copyConfig(Path target) {
    try (InputStream in = Kamailio.class.getResourceAsStream(CONFIG)) {
      if (in == null) {
        throw new IllegalStateException(CONFIG + " is not on the test class path");
      }
      Files.write(target, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Kamailio's log (its standard error), the end of it, for a failure message. */
  String logs() {
    Path file = dir.resolve("stderr.txt");
    if (!Files.exists(file)) {
      return "---- Kamailio's log ----\n(none)\n";
    }
    try {
      String text = Files.readString(file, StandardCharsets.ISO_8859_1);
      return "---- Kamailio's log ----\n"
          + (text.length() <= 8000 ? text : "..." + text.substring(text.length() - 8000));
    } catch (IOException e) {
      return "(Kamailio's log is unreadable: " + e.getMessage() + ")\n";
    }
  }

  /**
   * Ends Kamailio: SIGTERM to the main process, which stops its children; then SIGKILL to any
   * that are left (children noted first: once the main process is gone they are no longer its).
   */
  @Override
  public void close() {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(3, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(3, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
  }
}
