package org.siplab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs {@code siplab lint} in-process, as the real command line does, and captures its output. */
final class LintRun {

  /** What one run printed and returned. */
  record Result(int exitCode, String out, String err) {}

  private LintRun() {}

  static Result lint(String... arguments) {
    List<String> args = new ArrayList<>(List.of("lint"));
    args.addAll(List.of(arguments));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args.toArray(new String[0]));
    return new Result(code, out.toString(), err.toString());
  }

  /** The path of a fixture under src/test/resources/lint, as a user would type it. */
  static String fixture(String name) {
    URL url = LintRun.class.getResource("/lint/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    try {
      return Path.of(url.toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A path in the fixture directory that does not exist. */
  static String missingFile() {
    return Path.of(fixture("invite.sip")).resolveSibling("no-such-message.sip").toString();
  }
}
