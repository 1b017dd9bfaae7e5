package org.siplab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs a siplab command in-process, as the real command line does, and captures its output. */
final class CommandRun {

  /** What one run printed and returned. */
  record Result(int exitCode, String out, String err) {}

  private CommandRun() {}

  static Result run(String... arguments) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(arguments);
    return new Result(code, out.toString(), err.toString());
  }

  /** The path of a file under src/test/resources/check, as a user would type it. */
  static String traceFixture(String name) {
    URL url = CommandRun.class.getResource("/check/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    try {
      return Path.of(url.toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
