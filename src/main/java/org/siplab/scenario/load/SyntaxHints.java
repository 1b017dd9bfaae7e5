package org.siplab.scenario.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts snakeyaml-engine's syntax errors in words a person writing a scenario understands, at the
 * place of the mistake rather than where YAML gave up, for the slips people make most: a missing
 * space after ':' or '-', a second ': ' in a value, an unquoted IPv6 address with a port, a '{'
 * never closed or a ',' left out, a tab, a reserved character starting a value, a line indented
 * out of step. What no rule recognises keeps YAML's own words, with its parser terms translated.
 */
final class SyntaxHints {

  private SyntaxHints() {}

  /** Where the mistake is (line and column from 1) and what it is, without the common prefix. */
  record Explained(int line, int column, String message) {}

  private static final Pattern IPV6_WITH_PORT =
      Pattern.compile("\\[[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*\\]:[0-9]+");
  private static final Pattern NO_SPACE_AFTER_COLON = Pattern.compile("([^\\s:]+):(\\S.*)");
  private static final Pattern RESERVED_START =
      Pattern.compile("found character '(.+?)' that cannot start any token.*");
  /** A key and its value with no ':' between them, such as {@code kind phone}. */
  private static final Pattern KEY_AND_VALUE =
      Pattern.compile("([\\w.-]+) +([^:{}\\[\\],#\"']+)");
  private static final Pattern SECOND_COLON = Pattern.compile("(\\s*(?:- )?[^\\s:#][^:#]*): (.+)");

  /** The whole message for a syntax error in {@code text}, as snakeyaml-engine complained. */
  static Explained explain(String text, YamlComplaint complaint) {
    String[] lines = YamlLines.of(text);
    Optional<Explained> culprit = LineCulprits.find(lines, complaint.line());
    Explained explained = culprit.orElseGet(() -> byProblem(lines, complaint));
    return new Explained(explained.line(), explained.column(),
        "YAML syntax error: " + explained.message());
  }

  private static Explained byProblem(String[] lines, YamlComplaint c) {
    String line = YamlLines.at(lines, c.line());
    String problem = c.problem();
    Matcher ipv6 = IPV6_WITH_PORT.matcher(YamlLines.withoutComment(line));
    if (ipv6.find() && !quoted(line, ipv6.start())) {
      return new Explained(c.line(), YamlLines.column(line, ipv6.start()), "an IPv6 address with"
          + " a port must be in quotes, since YAML reads the ':' after ']' as the end of a key;"
          + " expected \"" + ipv6.group() + "\"");
    }
    Optional<Explained> dash = dashWithoutSpace(line, c);
    if (dash.isPresent()) {
      return dash.get();
    }
    if (problem.startsWith("could not find expected ':'") && c.hasContext()) {
      return keyWithoutColon(lines, c);
    }
    Matcher reserved = RESERVED_START.matcher(problem);
    if (reserved.matches()) {
      return reservedStart(line, c, reserved.group(1));
    }
    if (problem.startsWith("found undefined alias")) {
      String name = problem.substring("found undefined alias".length()).trim();
      return at(c, "a value starting with '*' is read by YAML as a reference to an anchor (*" + name
          + "), and the file defines no anchor '" + name + "'; expected the value in quotes, such"
          + " as \"*" + name + "\"");
    }
    if (problem.startsWith("mapping values are not allowed")) {
      return continuedValue(lines, c).orElseGet(() -> secondColon(line, c));
    }
    if (problem.startsWith("expected ',' or '}'") || problem.startsWith("expected ',' or ']'")) {
      return FlowSyntaxHints.unfinished(lines, c);
    }
    if (problem.startsWith("expected <block end>")) {
      return betweenDashAndKey(lines, c).or(() -> keyUnderDash(lines, c))
          .orElseGet(() -> outOfStep(lines, c));
    }
    return RareSyntaxHints.explain(c);
  }

  /**
   * "could not find expected ':'": YAML took the text from the context mark on as the start of a
   * key (a line that is neither {@code key: value} nor a list item) and found no ': ' to end it.
   * The mistake is on the line where that text starts, not the line YAML stopped at.
   */
  private static Explained keyWithoutColon(String[] lines, YamlComplaint c) {
    String line = YamlLines.at(lines, c.contextLine());
    int start = YamlLines.index(line, c.contextColumn());
    String written = YamlLines.withoutComment(line).substring(Math.min(start,
        YamlLines.withoutComment(line).length()));
    int fullWidth = written.indexOf('\uFF1A');
    if (fullWidth >= 0) {
      return new Explained(c.contextLine(), YamlLines.column(line, start + fullWidth),
          "a full-width colon '\uFF1A' (U+FF1A), as Chinese and Japanese input methods type, which"
              + " YAML does not take for ':'; expected an ordinary ':' followed by a space");
    }
    Matcher noSpace = NO_SPACE_AFTER_COLON.matcher(written);
    if (noSpace.matches()) {
      int colon = start + noSpace.group(1).length();
      return new Explained(c.contextLine(), YamlLines.column(line, colon), "'" + written
          + "' needs a space after ':' to be a key and its value; expected " + noSpace.group(1)
          + ": " + noSpace.group(2));
    }
    Matcher words = KEY_AND_VALUE.matcher(written);
    if (words.matches()) {
      return new Explained(c.contextLine(), c.contextColumn(), "'" + written + "' has no ':'"
          + " after its key; expected " + words.group(1) + ": " + words.group(2));
    }
    if (written.matches("[\\w.-]+")) {
      return new Explained(c.contextLine(), c.contextColumn(), "'" + written + "' has no ':'"
          + " after it, so YAML cannot read it as a key; expected " + written + ": followed by"
          + " its value");
    }
    return new Explained(c.contextLine(), c.contextColumn(), "this line is neither key: value nor"
        + " a list item, so YAML read it as the start of a key and found no ': ' to end it;"
        + " expected key: value, or, if it goes on the text of the line before it, that text in"
        + " quotes or indented under its key");
  }

  /** "found character '@' that cannot start any token": a reserved character, or a tab. */
  private static Explained reservedStart(String line, YamlComplaint c, String character) {
    if (character.contains("TAB") || character.contains("\\t")) {
      return at(c, "a tab character, which YAML does not allow here (it indents and"
          + " separates with spaces); expected spaces, not tabs");
    }
    String rest = YamlLines.withoutComment(line);
    int from = Math.min(YamlLines.index(line, c.column()), rest.length());
    int end = from;
    boolean inFlow = YamlLines.openBrackets(rest.substring(0, from), 0) > 0;
    while (end < rest.length() && !(inFlow && ",}]".indexOf(rest.charAt(end)) >= 0)) {
      end++;
    }
    String value = rest.substring(from, end).strip();
    return at(c, "a value cannot start with '" + character + "' unless it is in quotes: YAML"
        + " keeps that character for itself; expected \"" + value.replace("\"", "\\\"") + "\"");
  }

  /**
   * "mapping values are not allowed here" on a {@code key: value} line that YAML read as more of
   * the value of the line before: that line has no ':' ({@code kind phone}, at the same indent),
   * or this line is indented more than that line's {@code key: value}. The first is reported on
   * the line without its colon, where the mistake is.
   */
  private static Optional<Explained> continuedValue(String[] lines, YamlComplaint c) {
    String line = YamlLines.withoutComment(YamlLines.at(lines, c.line()));
    int before = c.line() - 1;
    while (before >= 1 && YamlLines.withoutComment(YamlLines.at(lines, before)).isBlank()) {
      before--;
    }
    if (before < 1) {
      return Optional.empty();
    }
    boolean oneWordKey = line.matches(" *[\\w.-]+:( .*)?");
    String previous = YamlLines.withoutComment(YamlLines.at(lines, before));
    int indent = indent(line);
    int previousIndent = indent(previous);
    String text = previous.strip();
    Matcher words = KEY_AND_VALUE.matcher(text);
    if (oneWordKey && indent == previousIndent && words.matches() && !text.startsWith("- ")) {
      return Optional.of(new Explained(before, YamlLines.column(previous, previousIndent), "'"
          + text + "' has no ':' after its key, so YAML read it and line " + c.line() + " as one"
          + " text; expected " + words.group(1) + ": " + words.group(2)));
    }
    Matcher keyValue = Pattern.compile("(?:- )?([\\w.-]+): +[^\\s{\\[\"'|>&*!].*")
        .matcher(text);
    if (indent > previousIndent && keyValue.matches() && !oneWordKey) {
      // Text that goes on over lines, such as a description, with a ': ' in a later line.
      return Optional.of(new Explained(c.line(), c.column(), "this line goes on the value of '"
          + keyValue.group(1) + "' (line " + before + "), and a value holding ': ' must be in"
          + " quotes; expected " + keyValue.group(1) + ": | with its text on the lines below"));
    }
    if (indent > previousIndent && keyValue.matches()) {
      return Optional.of(new Explained(c.line(), indent + 1, "this line is indented more than"
          + " line " + before + ", so YAML read it as more of the value of '" + keyValue.group(1)
          + "'; expected it indented like line " + before + " (column "
          + YamlLines.column(previous, previous.indexOf(keyValue.group(1), previousIndent))
          + ")"));
    }
    return Optional.empty();
  }

  /** How many spaces a line starts with. */
  private static int indent(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  /** "mapping values are not allowed here": a value holding ': ', read as a second key. */
  private static Explained secondColon(String line, YamlComplaint c) {
    Matcher m = SECOND_COLON.matcher(YamlLines.withoutComment(line));
    if (m.matches()) {
      String key = m.group(1).strip().replaceFirst("^- ", "");
      String value = m.group(2);
      String first = key.split("[\\s{\\[]", 2)[0];
      if (!first.isEmpty() && (key.contains(" ") || key.contains("{") || key.contains("["))) {
        return at(c, "YAML read '" + key + "' as one key, so this ': ' cannot start another;"
            + " expected a ':' after '" + first + "' if it is a key (" + first + ": ...)");
      }
      String shown = value.strip();
      if (shown.endsWith("}") && !shown.contains("{") && !first.isEmpty()) {
        return at(c, "this value ends with '}' but no '{' opens it, so YAML read its ': ' as the"
            + " start of another key; expected " + first + ": { " + shown);
      }
      if (value.contains(": ") && "{[\"'".indexOf(value.charAt(0)) < 0) {
        return at(c, "this value holds ': ', which YAML reads as the start of another key;"
            + " expected the value in quotes: " + m.group(1).strip() + ": \""
            + value.replace("\"", "\\\"") + "\"");
      }
    }
    return at(c, "a ': ' here, where YAML cannot start a key; expected a value holding ': ' in"
        + " quotes, or a nested mapping on lines of its own");
  }

  /**
   * A line whose first character is a '-' with no space after it, where YAML gave up: the writer
   * meant a list item, which YAML reads as a plain value starting with '-' (a document's '---'
   * aside).
   */
  private static Optional<Explained> dashWithoutSpace(String line, YamlComplaint c) {
    int dash = line.indexOf('-');
    if (dash >= 0 && line.substring(0, dash).isBlank() && dash + 1 < line.length()
        && " -\t".indexOf(line.charAt(dash + 1)) < 0) {
      return Optional.of(new Explained(c.line(), YamlLines.column(line, dash), "a list item needs"
          + " a space after its '-'; expected - " + YamlLines.withoutComment(line)
          .substring(dash + 1)));
    }
    return Optional.empty();
  }

  /**
   * A key of a list item indented past the item's '-' but short of its first key ({@code - at:
   * 1s} then {@code    do: ...}, one space short): YAML's context names the list, whose column is
   * the '-', so "indent it like the list" would move the key further from where it belongs.
   */
  private static Optional<Explained> betweenDashAndKey(String[] lines, YamlComplaint c) {
    int indent = indent(YamlLines.at(lines, c.line()));
    for (int n = c.line() - 1; n >= 1; n--) {
      String above = YamlLines.withoutComment(YamlLines.at(lines, n));
      int aboveIndent = indent(above);
      if (above.isBlank() || aboveIndent >= indent) {
        continue;
      }
      int key = aboveIndent + 1;
      while (key < above.length() && above.charAt(key) == ' ') {
        key++;
      }
      if (!above.startsWith("- ", aboveIndent) || key <= indent || key >= above.length()) {
        return Optional.empty();
      }
      return Optional.of(new Explained(c.line(), indent + 1, "this line is indented past the '-'"
          + " of the list item on line " + n + " but short of its keys, which YAML cannot read;"
          + " expected it indented like the item's first key (column " + (key + 1) + ")"));
    }
    return Optional.empty();
  }

  /**
   * A key of a list item written under the item's '-' instead of under its first key ({@code -
   * at: 1s} then {@code do: ...} at the '-''s column): YAML's context is the list, at that same
   * column, so "indent it like the list" would name the column it already has.
   */
  private static Optional<Explained> keyUnderDash(String[] lines, YamlComplaint c) {
    String line = YamlLines.withoutComment(YamlLines.at(lines, c.line()));
    int indent = indent(line);
    if (line.isBlank() || line.startsWith("-", indent)) {
      return Optional.empty();
    }
    for (int n = c.line() - 1; n >= 1; n--) {
      String above = YamlLines.withoutComment(YamlLines.at(lines, n));
      int aboveIndent = indent(above);
      if (above.isBlank() || aboveIndent > indent) {
        continue;
      }
      if (aboveIndent < indent || !above.startsWith("- ", aboveIndent)) {
        return Optional.empty();
      }
      int key = aboveIndent + 1;
      while (key < above.length() && above.charAt(key) == ' ') {
        key++;
      }
      if (key >= above.length() || "{[\"'".indexOf(above.charAt(key)) >= 0) {
        return Optional.empty();
      }
      return Optional.of(new Explained(c.line(), indent + 1, "this key is at the column of the"
          + " '-' of the list item on line " + n + ", which YAML cannot read as a key of that"
          + " item; expected it indented like the item's first key (column " + (key + 1)
          + "), or '- ' before it if it starts an item of its own"));
    }
    return Optional.empty();
  }

  /** The nearest line above {@code line} that is a list item less indented than it, or 0. */
  private static int itemAbove(String[] lines, int line) {
    int indent = indent(YamlLines.at(lines, line));
    for (int n = line - 1; n >= 1; n--) {
      String above = YamlLines.withoutComment(YamlLines.at(lines, n));
      int aboveIndent = indent(above);
      if (!above.isBlank() && aboveIndent < indent && above.startsWith("- ", aboveIndent)) {
        return n;
      }
      if (!above.isBlank() && aboveIndent < indent) {
        return 0;
      }
    }
    return 0;
  }

  /** "expected <block end>, but found ...": a line that does not fit the indentation around it. */
  private static Explained outOfStep(String[] lines, YamlComplaint c) {
    String found = c.problem().substring(c.problem().indexOf("but found") + 9).trim();
    if (found.equals("'}'") || found.equals("']'")) {
      String bracket = found.substring(1, 2);
      return at(c, "a '" + bracket + "' that closes nothing; expected as many '"
          + (bracket.equals("}") ? "{" : "[") + "' before it as there are '" + bracket + "'");
    }
    String level = c.hasContext() ? " like line " + c.contextLine() + " (column "
        + c.contextColumn() + ")" : " like the lines around it";
    int item = found.contains("block sequence start") ? itemAbove(lines, c.line()) : 0;
    if (item > 0) {
      // YAML's context is where the whole list's key is, which may be far above the item the
      // line was meant to line up with.
      level = " like line " + item + " (column "
          + (indent(YamlLines.at(lines, item)) + 1) + ")";
    }
    if (found.contains("block sequence start") || found.contains("block mapping start")) {
      return at(c, "this line is indented more than the " + (found.contains("sequence")
          ? "list items" : "keys") + " before it, which YAML cannot read; expected it indented"
          + level);
    }
    if (found.equals("'-'")) {
      return at(c, "a list item where YAML expected the next key; expected every item of a list"
          + " indented the same, under its key");
    }
    return at(c, "this line does not fit the indentation around it; expected it indented" + level
        + ", or, if it goes on the value of the line before it, that value in quotes");
  }

  static Explained at(YamlComplaint c, String message) {
    return new Explained(c.line(), c.column(), message);
  }

  /** Whether the character at {@code index} is inside a quoted value on its line. */
  private static boolean quoted(String line, int index) {
    return LineCulprits.unclosedQuote(line.substring(0, index)) >= 0;
  }

}
