package org.siplab.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The strings a Java source builds, as a reader of its output sees them: each run of string
 * literals joined by {@code +} is one text, however many lines it is written over. An operand that
 * is not a literal stands as {@code …} (words the source fills in), except a citation made with
 * {@link Rfc}, which stands as the words it makes ({@code " (RFC 3261 12.2.2)"}). Comments and
 * character literals are skipped; escapes are undone; a text block is one literal.
 */
final class JavaStrings {

  /** What an operand that is not a literal reads as. */
  static final String FILLED_IN = "…";

  private static final Pattern CITATION = Pattern.compile(
      "Rfc\\.(cite|cite6026|citeOther)\\((.*)\\)", Pattern.DOTALL);

  private enum Kind { STRING, PLUS, OPEN, CLOSE, STOP, OTHER }

  /** A token; a literal's value is its text, and its line that of its text's first character. */
  private record Token(Kind kind, String value, int start, int end, int line, boolean block) {

    Token(Kind kind, int start, int line) {
      this(kind, null, start, start + 1, line, false);
    }
  }

  /** One text: its characters and, for each, the source line it comes from. */
  record Text(String text, int[] lines) {}

  private JavaStrings() {}

  /** The texts of {@code source}, in the order their first literals come. */
  static List<Text> texts(String source) {
    List<Token> tokens = tokens(source);
    boolean[] joined = new boolean[tokens.size()];
    List<Text> texts = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).kind() != Kind.STRING || joined[i]) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      List<Integer> lines = new ArrayList<>();
      append(text, lines, tokens.get(i));
      int next = i + 1;
      while (next < tokens.size() && tokens.get(next).kind() == Kind.PLUS) {
        int end = operandEnd(tokens, next + 1);
        if (end == next + 2 && tokens.get(next + 1).kind() == Kind.STRING) {
          append(text, lines, tokens.get(next + 1));
          joined[next + 1] = true;
        } else if (end > next + 1) {
          String operand = source.substring(tokens.get(next + 1).start(),
              tokens.get(end - 1).end());
          String words = citation(operand, tokens.subList(next + 1, end));
          int line = tokens.get(next + 1).line();
          for (int c = 0; c < words.length(); c++) {
            text.append(words.charAt(c));
            lines.add(line);
          }
        }
        next = end;
      }
      texts.add(new Text(text.toString(), lines.stream().mapToInt(Integer::intValue).toArray()));
    }
    return texts;
  }

  /** Where the operand that starts at {@code from} ends: a {@code +}, {@code ,} or {@code ;}. */
  private static int operandEnd(List<Token> tokens, int from) {
    int depth = 0;
    int at = from;
    for (; at < tokens.size(); at++) {
      Kind kind = tokens.get(at).kind();
      if (kind == Kind.OPEN) {
        depth++;
      } else if (kind == Kind.CLOSE) {
        if (depth-- == 0) {
          break;
        }
      } else if (depth == 0 && (kind == Kind.PLUS || kind == Kind.STOP)) {
        break;
      }
    }
    return at;
  }

  /** The words of a citation by {@link Rfc}, or {@link #FILLED_IN} for any other operand. */
  private static String citation(String operand, List<Token> tokens) {
    Matcher call = CITATION.matcher(operand);
    if (!call.matches()) {
      return FILLED_IN;
    }
    List<String> arguments = new ArrayList<>();
    for (Token t : tokens) {
      if (t.kind() == Kind.STRING) {
        arguments.add(t.value());
      }
    }
    String[] numbers = call.group(2).split(",");
    return switch (call.group(1)) {
      case "cite" -> Rfc.cite(arguments.toArray(String[]::new));
      case "cite6026" -> Rfc.cite6026(arguments.get(0));
      default -> arguments.isEmpty() ? Rfc.citeOther(Integer.parseInt(numbers[0].strip()))
          : Rfc.citeOther(Integer.parseInt(numbers[0].strip()), arguments.get(0));
    };
  }

  private static void append(StringBuilder text, List<Integer> lines, Token literal) {
    int line = literal.line();
    for (int c = 0; c < literal.value().length(); c++) {
      char ch = literal.value().charAt(c);
      text.append(ch);
      lines.add(line);
      if (ch == '\n' && literal.block()) {
        line++;
      }
    }
  }

  /** The tokens of {@code source} that tell where a run of joined literals begins and ends. */
  private static List<Token> tokens(String source) {
    List<Token> tokens = new ArrayList<>();
    int line = 1;
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      int start = i;
      if (c == '\n') {
        line++;
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (source.startsWith("//", i)) {
        int newline = source.indexOf('\n', i);
        i = newline < 0 ? source.length() : newline;
      } else if (source.startsWith("/*", i)) {
        i = endOf(source, "*/", i + 2);
        line += count(source, start, i);
      } else if (source.startsWith("\"\"\"", i)) {
        i = endOfTextBlock(source, i + 3);
        tokens.add(new Token(Kind.STRING, textBlock(source.substring(start + 3, i - 3)), start,
            i, line + 1, true));
        line += count(source, start, i);
      } else if (c == '"' || c == '\'') {
        i = endOfLiteral(source, c, i + 1);
        if (c == '"') {
          tokens.add(new Token(Kind.STRING, unescape(source.substring(start + 1, i - 1)), start,
              i, line, false));
        }
      } else {
        i = start + 1;
        tokens.add(new Token(kind(source, start), start, line));
      }
    }
    return tokens;
  }

  private static Kind kind(String source, int at) {
    char c = source.charAt(at);
    char after = at + 1 < source.length() ? source.charAt(at + 1) : ' ';
    char before = at > 0 ? source.charAt(at - 1) : ' ';
    return switch (c) {
      case '+' -> after == '+' || after == '=' || before == '+' ? Kind.OTHER : Kind.PLUS;
      case '(', '[', '{' -> Kind.OPEN;
      case ')', ']', '}' -> Kind.CLOSE;
      case ';', ',', '?', ':' -> Kind.STOP;
      case '>' -> before == '-' ? Kind.STOP : Kind.OTHER;
      default -> Kind.OTHER;
    };
  }

  private static int endOf(String source, String end, int from) {
    int at = source.indexOf(end, from);
    return at < 0 ? source.length() : at + end.length();
  }

  private static int endOfLiteral(String source, char quote, int from) {
    int i = from;
    while (i < source.length() && source.charAt(i) != quote) {
      i += source.charAt(i) == '\\' ? 2 : 1;
    }
    return i + 1;
  }

  private static int endOfTextBlock(String source, int from) {
    int i = from;
    while (i < source.length() && !source.startsWith("\"\"\"", i)) {
      i += source.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(source.length(), i + 3);
  }

  private static int count(String source, int from, int to) {
    return (int) source.substring(from, to).chars().filter(ch -> ch == '\n').count();
  }

  /** A text block's content: from the line after its opening, indentation taken off. */
  private static String textBlock(String raw) {
    String content = raw.substring(raw.indexOf('\n') + 1);
    int indent = Integer.MAX_VALUE;
    for (String line : content.split("\n", -1)) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String line : content.split("\n", -1)) {
      out.append(line.isBlank() ? "" : line.substring(Math.min(indent, line.length())))
          .append('\n');
    }
    return unescape(out.substring(0, out.length() - 1).replace("\\\n", ""));
  }

  private static String unescape(String literal) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (c != '\\' || i + 1 == literal.length()) {
        out.append(c);
        continue;
      }
      char e = literal.charAt(++i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 's' -> out.append(' ');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(e);
      }
    }
    return out.toString();
  }
}
