package org.siplab.sdp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One parse: reads lines into drafts, collects problems, then builds the records. */
final class SdpReader {

  /** RFC 4566 section 5: fields are separated by one space; tabs and runs are accepted. */
  private static final Pattern WORDS = Pattern.compile("[ \\t]+");

  private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[ \\t]+|[ \\t]+$");

  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,18}");

  /** {@code <port>[/<number of ports>]} (RFC 4566 section 5.14). */
  private static final Pattern PORT = Pattern.compile("([0-9]{1,5})(?:/([0-9]{1,5}))?");

  /** The type letters RFC 4566 section 5 defines. */
  private static final String KNOWN_TYPES = "vosiuepcbtrzkam";

  private final List<SdpProblem> problems = new ArrayList<>();
  private final SdpDraft.Session session = new SdpDraft.Session();
  private final List<SdpDraft.Media> media = new ArrayList<>();
  private SdpDraft current = session;
  private int line;

  SdpParseResult read(String text) {
    // RFC 4566 section 5: records end with CRLF, but parsers "SHOULD be tolerant" of a bare LF.
    String[] lines = text.split("\r\n|\n|\r", -1);
    int count = lines.length;
    while (count > 0 && lines[count - 1].isEmpty()) {
      count--;
    }
    for (int i = 0; i < count; i++) {
      line = i + 1;
      readLine(lines[i]);
    }
    return finish();
  }

  private void readLine(String text) {
    if (text.length() < 2 || text.charAt(1) != '=' || !isAsciiLetter(text.charAt(0))) {
      warn("This line is not of the form <type>=<value>; it was skipped.", "RFC 4566 section 5");
      return;
    }
    char type = text.charAt(0);
    String value = text.substring(2);
    if (line == 1 && type != 'v') {
      warn(
          "A description begins with v=; this one begins with " + type + "=.",
          "RFC 4566 section 5");
    }
    switch (type) {
      case 'v' -> version(value);
      case 'o' -> origin(value);
      case 's' -> sessionName(value);
      case 'c' -> connection(value);
      case 't' -> timing(value);
      case 'm' -> media(value);
      case 'a' -> attribute(value);
      default -> other(type, value);
    }
  }

  private void version(String value) {
    if (session.versionSeen) {
      warn("A second v= line was ignored.", "RFC 4566 section 5.1");
      return;
    }
    session.versionSeen = true;
    if (!value.matches("[0-9]{1,9}")) {
      error("v= must be the number 0.", "RFC 4566 section 5.1");
      return;
    }
    session.version = Integer.parseInt(value);
    if (session.version != 0) {
      warn("Only SDP version 0 exists; v=" + value + " was read anyway.", "RFC 4566 section 5.1");
    }
  }

  private void origin(String value) {
    if (session.originSeen) {
      warn("A second o= line was ignored.", "RFC 4566 section 5.2");
      return;
    }
    session.originSeen = true;
    String[] words = words(value);
    if (words.length != 6 || !NUMBER.matcher(words[2]).matches()) {
      error(
          "o= needs six fields, <username> <sess-id> <sess-version> <nettype> <addrtype>"
              + " <unicast-address>, with a numeric sess-version; this one has "
              + words.length
              + " fields.",
          "RFC 4566 section 5.2");
      return;
    }
    session.origin =
        new Origin(words[0], words[1], Long.parseLong(words[2]), words[3], words[4], words[5]);
  }

  private void sessionName(String value) {
    if (session.sessionName != null) {
      warn("A second s= line was ignored.", "RFC 4566 section 5.3");
    } else {
      session.sessionName = value;
    }
  }

  private void connection(String value) {
    String[] words = words(value);
    if (words.length != 3) {
      error(
          "c= needs three fields, <nettype> <addrtype> <connection-address>; this one has "
              + words.length
              + ".",
          "RFC 4566 section 5.7");
    } else if (current.connection != null) {
      warn("A second c= line at the same level was ignored.", "RFC 4566 section 5.7");
    } else {
      current.connection = new Connection(words[0], words[1], words[2]);
    }
  }

  private void timing(String value) {
    if (session.timingSeen) {
      warn("Only the first t= line is kept; this one was ignored.", "RFC 4566 section 5.9");
      return;
    }
    session.timingSeen = true;
    String[] words = words(value);
    if (words.length != 2
        || !NUMBER.matcher(words[0]).matches()
        || !NUMBER.matcher(words[1]).matches()) {
      error("t= needs two numbers, <start-time> <stop-time>.", "RFC 4566 section 5.9");
      return;
    }
    session.timing = new Timing(Long.parseLong(words[0]), Long.parseLong(words[1]));
  }

  private void media(String value) {
    current = new SdpDraft();
    String[] words = words(value);
    Matcher port = PORT.matcher(words.length > 1 ? words[1] : "");
    if (words.length < 3 || !port.matches()) {
      error(
          "m= needs <media> <port>[/<count>] <proto> <fmt> ...; the lines up to the next m= are"
              + " ignored.",
          "RFC 4566 section 5.14");
      return;
    }
    int number = Integer.parseInt(port.group(1));
    Optional<Integer> count = Optional.ofNullable(port.group(2)).map(Integer::parseInt);
    if (number > 65535 || count.filter(c -> c < 1).isPresent()) {
      error(
          "The port " + words[1] + " is out of range (port 0 to 65535, count from 1).",
          "RFC 4566 section 5.14");
      return;
    }
    List<String> formats = Arrays.asList(words).subList(3, words.length);
    if (formats.isEmpty()) {
      warn("m= lists no media format; at least one is required.", "RFC 4566 section 5.14");
    }
    SdpDraft.Media draft = new SdpDraft.Media(line, words[0], number, count, words[2], formats);
    media.add(draft);
    current = draft;
  }

  private void attribute(String value) {
    int colon = value.indexOf(':');
    String name = colon < 0 ? value : value.substring(0, colon);
    String argument = colon < 0 ? "" : value.substring(colon + 1);
    Optional<Direction> direction = Direction.fromAttribute(name);
    if (direction.isPresent() && colon < 0) {
      setDirection(direction.get());
    } else if (current instanceof SdpDraft.Media draft && name.equals("rtpmap")) {
      AttributeValues.rtpMap(argument)
          .ifPresentOrElse(draft.rtpMaps::add, () -> keepMalformed("rtpmap", value));
    } else if (current instanceof SdpDraft.Media draft && name.equals("fmtp")) {
      AttributeValues.fmtp(argument)
          .ifPresentOrElse(draft.fmtps::add, () -> keepMalformed("fmtp", value));
    } else {
      current.otherLines.add(SdpLine.attribute(value));
    }
  }

  private void setDirection(Direction direction) {
    if (current.direction != null) {
      warn(
          "Several direction attributes at one level; the last, a="
              + direction.attribute()
              + ", wins.",
          "RFC 4566 section 6");
    }
    current.direction = direction;
  }

  private void keepMalformed(String name, String value) {
    warn("This a=" + name + " line is malformed; it is kept as written.", "RFC 4566 section 6");
    current.otherLines.add(SdpLine.attribute(value));
  }

  private void other(char type, String value) {
    if (KNOWN_TYPES.indexOf(type) < 0) {
      warn(
          "The type letter "
              + type
              + " is not defined; the line is kept, where a strict parser would ignore the whole"
              + " description.",
          "RFC 4566 section 5");
    }
    current.otherLines.add(new SdpLine(type, value));
  }

  private SdpParseResult finish() {
    line = 1;
    requireLines();
    media.stream()
        .filter(draft -> draft.connection == null && session.connection == null)
        .forEach(
            draft ->
                problems.add(
                    new SdpProblem(
                        draft.line,
                        SdpProblem.Severity.WARNING,
                        "This media description has no c= line and the session has none either.",
                        "RFC 4566 section 5.7")));
    problems.sort(Comparator.comparingInt(SdpProblem::line));
    return problems.stream().anyMatch(p -> p.severity() == SdpProblem.Severity.ERROR)
        ? new SdpParseResult(Optional.empty(), problems)
        : new SdpParseResult(Optional.of(build()), problems);
  }

  /** RFC 4566 section 5: v=, o=, s= and t= are required; only o= cannot be assumed. */
  private void requireLines() {
    if (!session.originSeen) {
      error("The description has no o= line, which is required.", "RFC 4566 section 5.2");
    }
    if (!session.versionSeen) {
      warn("The description has no v= line; v=0 is assumed.", "RFC 4566 section 5.1");
    }
    if (session.sessionName == null) {
      session.sessionName = "-";
      warn("The description has no s= line; s=- is assumed.", "RFC 4566 section 5.3");
    }
    if (!session.timingSeen) {
      session.timing = Timing.UNBOUNDED;
      warn("The description has no t= line; t=0 0 is assumed.", "RFC 4566 section 5.9");
    }
  }

  private SessionDescription build() {
    return new SessionDescription(
        session.version,
        session.origin,
        session.sessionName,
        Optional.ofNullable(session.connection),
        session.timing,
        Optional.ofNullable(session.direction),
        session.otherLines,
        media.stream().map(SdpDraft.Media::build).toList());
  }

  private static String[] words(String value) {
    String trimmed = EDGE_SEPARATORS.matcher(value).replaceAll("");
    return trimmed.isEmpty() ? new String[0] : WORDS.split(trimmed);
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private void warn(String message, String rfcSection) {
    problems.add(new SdpProblem(line, SdpProblem.Severity.WARNING, message, rfcSection));
  }

  private void error(String message, String rfcSection) {
    problems.add(new SdpProblem(line, SdpProblem.Severity.ERROR, message, rfcSection));
  }
}
