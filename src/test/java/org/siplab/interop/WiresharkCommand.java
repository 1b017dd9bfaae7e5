package org.siplab.interop;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs one of Wireshark's command-line tools (tshark, text2pcap) as a child process with a hard
 * time limit, so that a tool that hangs fails the test instead of stalling the build.
 *
 * <p>Standard output and error go to files rather than pipes: a tool that writes more than a pipe
 * holds would otherwise block until someone reads it, and reading two pipes needs two threads.
 */
final class WiresharkCommand {

  /**
   * The one line Wireshark's tools print on every run as root (as in a CI container); it says
   * nothing about the run, so it is the only stderr line a caller never sees.
   */
  private static final String ROOT_WARNING =
      "Running as user \"root\" and group \"root\". This could be dangerous.";

  /** What a finished tool wrote. */
  record Output(String command, byte[] stdout, String stderr) {

    String stdoutText() {
      return new String(stdout, StandardCharsets.UTF_8);
    }
  }

  private WiresharkCommand() {}

  /** Whether {@code tool} is an executable file in one of the folders of PATH. */
  static boolean onPath(String tool) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String folder : path.split(File.pathSeparator)) {
      if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, tool))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs {@code command} in {@code workDir} and returns what it wrote; a tool that exits with
   * another code than 0, or runs longer than {@code limit}, fails with its stderr.
   */
  static Output run(List<String> command, Path workDir, Duration limit) {
    String shown = String.join(" ", command);
    Path out = workDir.resolve("stdout-" + command.get(0) + ".txt");
    Path err = workDir.resolve("stderr-" + command.get(0) + ".txt");
    Process process = null;
    try {
      process = new ProcessBuilder(command).directory(workDir.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError(shown + " did not finish within " + limit.toSeconds() + " s;"
            + " stderr:\n" + stderr(err));
      }
      if (process.exitValue() != 0) {
        throw new AssertionError(shown + " exited with " + process.exitValue() + "; stderr:\n"
            + stderr(err));
      }
      return new Output(shown, Files.readAllBytes(out), stderr(err));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + shown, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + shown, e);
    } finally {
      // A timed-out or interrupted tool must not outlive the test JVM's interest in it.
      if (process != null) {
        process.destroyForcibly();
      }
    }
  }

  /** The tool's stderr, without the warning every run as root prints. */
  private static String stderr(Path err) throws IOException {
    if (!Files.exists(err)) {
      return "";
    }
    return new String(Files.readAllBytes(err), StandardCharsets.UTF_8).lines()
        .filter(line -> !line.strip().equals(ROOT_WARNING))
        .collect(Collectors.joining("\n"));
  }
}
