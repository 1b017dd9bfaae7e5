package org.siplab.scenario.load;

import java.util.Optional;
import java.util.regex.Pattern;
import org.siplab.capture.CaptureFile;

/**
 * The other files of siplab that a student gives to {@code siplab run} by mistake: a SIP message
 * of {@code scenarios/messages/}, a capture of {@code scenarios/captures/}, a trace.json that a
 * run wrote, or a scenario saved as UTF-16. The YAML reader's words for them ("a ': ' here,
 * where YAML cannot start a key", six unknown keys, "this byte is not UTF-8 text") do not say
 * what happened; this names the kind of file and the command that takes it, as {@code lint},
 * {@code check} and {@code report} do for a scenario given to them.
 */
final class NotAScenario {

  /**
   * A Request-Line or a Status-Line (RFC 3261 section 7.1 and 7.2) as a first line; no scenario
   * starts so, since a scenario is a mapping and this line holds no ': '.
   */
  private static final Pattern START_LINE = Pattern.compile(
      "[A-Za-z]+ \\S+ SIP/\\d\\.\\d\\s*|SIP/\\d\\.\\d \\d{3}( .*)?");

  /** The keys of a trace.json (DESIGN.md) that no scenario has. */
  private static final Pattern TRACE_EVENTS = Pattern.compile("\"events\"\\s*:\\s*\\[");

  private NotAScenario() {}

  /** Why {@code bytes}, not yet decoded, are not a scenario, when they are a capture or UTF-16. */
  static Optional<String> ofBytes(String file, byte[] bytes) {
    if (CaptureFile.isCapture(bytes)) {
      return Optional.of("this is a packet capture, not a scenario; expected a scenario file"
          + " (check the capture with: siplab check " + ShellWord.of(file) + ")");
    }
    // Notepad's "Unicode" is UTF-16, which starts with its byte order mark, FF FE or FE FF.
    if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
        || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
      return Optional.of("the file is saved as UTF-16 (it starts with UTF-16's byte order mark);"
          + " expected the file saved as UTF-8");
    }
    return Optional.empty();
  }

  /** Why {@code text} is not a scenario, when it is a SIP message or a trace.json. */
  static Optional<String> ofText(String file, String text) {
    String start = text.stripLeading();
    int end = start.indexOf('\n');
    String firstLine = (end < 0 ? start : start.substring(0, end)).strip();
    if (START_LINE.matcher(firstLine).matches()) {
      return Optional.of("this is a SIP message, not a scenario; expected a scenario file"
          + " (explain the message with: siplab lint " + ShellWord.of(file) + ")");
    }
    if (start.startsWith("{") && TRACE_EVENTS.matcher(start).find()) {
      return Optional.of("this is a trace.json, which siplab run writes, not a scenario;"
          + " expected a scenario file (draw the trace with: siplab report "
          + ShellWord.of(file) + ")");
    }
    return Optional.empty();
  }
}
