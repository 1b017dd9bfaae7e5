package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siplab.cli.CommandRun.Result;

/**
 * DESIGN.md: an unreadable input file exits 2 with a message, never a stack trace. A file that
 * never ends (a device, a pipe fed forever) is read up to a limit, not until memory runs out.
 */
@DisplayName("an input file that never ends, such as /dev/zero")
class EndlessInputTest {

  private static final String ZERO = "/dev/zero";

  @TempDir Path dir;

  @Test
  @DisplayName("given to check is refused as too large, exit 2, not read until memory runs out")
  void check() {
    assumeTrue(Files.isReadable(Path.of(ZERO)));
    Result run = CommandRun.run("check", ZERO);
    assertEquals(new Result(2, "", "siplab: " + ZERO + ": cannot read: it is larger than"
        + " 268435456 bytes, far more than a trace siplab writes\n"), run);
  }

  @Test
  @DisplayName("given to report is refused as too large, exit 2, not read until memory runs out")
  void report() {
    assumeTrue(Files.isReadable(Path.of(ZERO)));
    Result run = CommandRun.run("report", ZERO, "--out", dir.resolve("out").toString());
    assertEquals(new Result(2, "", "siplab: " + ZERO + ": cannot read: it is larger than"
        + " 268435456 bytes, far more than a trace siplab writes\n"), run);
  }

  @Test
  @DisplayName("given to run is refused as too large at 1:1, exit 2, not read until memory runs"
      + " out")
  void run() {
    assumeTrue(Files.isReadable(Path.of(ZERO)));
    Result run = CommandRun.run("run", "--out", dir.resolve("out").toString(), ZERO);
    assertEquals(new Result(2, "", ZERO + ":1:1: the file is larger than 16777216 bytes;"
        + " expected a scenario file, which the loader takes up to 3145728 characters\n"), run);
  }
}
