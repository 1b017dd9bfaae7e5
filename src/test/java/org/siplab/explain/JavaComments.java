package org.siplab.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comments of a Java source, as their reader sees them: a block or Javadoc comment is one
 * text, and so is a run of {@code //} comments on consecutive lines. The comment marks and the
 * {@code *} that starts a Javadoc line are taken off; {@code {@code x}}, {@code {@literal x}} and
 * {@code {@link A#b label}} read as {@code x} and {@code label} (or {@code A#b}); HTML tags read
 * as a space and the entities {@code &lt;}, {@code &gt;}, {@code &amp;} and {@code &quot;} as
 * their characters; a mention cut by a line break before its number ({@code RFC 2617 section},
 * then {@code 3.2.1}) reads as one line; a {@code <pre>} block is code, and is left out with its
 * lines; a block tag ({@code @param}, {@code @return}...) starts a paragraph. String and character
 * literals and text blocks are skipped, so a {@code //} in a string is not a comment.
 */
final class JavaComments {

  private static final Pattern INLINE_TAG = Pattern.compile(
      "\\{@(code|literal|link|linkplain|value)\\s+");
  private static final Pattern PRE = Pattern.compile("(?s)<pre>.*?</pre>");
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>\\n]*>");
  private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot);");
  private static final Pattern BLOCK_TAG = Pattern.compile("(?m)^(\\s*)(?=@[a-z]+\\b)");

  /** A mention cut by a line break before its number: {@code RFC 2617 section}, {@code 3.2}. */
  private static final Pattern CUT_MENTION = Pattern.compile(
      "\\b(RFC \\d{4}(?:,? [Ss]ections?)?|[Ss]ections?)[ \\t]*\\n[ \\t]*(?=\\d)");

  private JavaComments() {}

  /** The comments of {@code source}, in order, each with the source line of each character. */
  static List<JavaStrings.Text> comments(String source) {
    List<JavaStrings.Text> comments = new ArrayList<>();
    Builder run = null;
    int runLine = -2;
    int line = 1;
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        end = end < 0 ? source.length() : end;
        if (run == null || runLine != line - 1) {
          if (run != null) {
            comments.add(run.javadoc());
          }
          run = new Builder();
        } else {
          run.add('\n', line);
        }
        run.add(source.substring(i + 2, end), line);
        runLine = line;
        i = end;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? source.length() : end;
        Builder block = new Builder();
        int at = line;
        String[] lines = source.substring(i + 2, end).split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
          String text = l == 0 && lines[l].startsWith("*") ? lines[l].substring(1) : lines[l];
          if (l > 0) {
            block.add('\n', at);
            text = text.replaceFirst("^\\s*\\*(?!/)", "");
          }
          block.add(text, at + l);
        }
        comments.add(block.javadoc());
        line += lines.length - 1;
        i = Math.min(source.length(), end + 2);
      } else if (source.startsWith("\"\"\"", i)) {
        int end = i + 3;
        while (end < source.length() && !source.startsWith("\"\"\"", end)) {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(source.length(), end + 3);
        line += (int) source.substring(i, end).chars().filter(ch -> ch == '\n').count();
        i = end;
      } else if (c == '"' || c == '\'') {
        int end = i + 1;
        while (end < source.length() && source.charAt(end) != c) {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        i = end + 1;
      } else {
        i++;
      }
    }
    if (run != null) {
      comments.add(run.javadoc());
    }
    return comments;
  }

  /** A comment's characters and their lines, being built. */
  private static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private final List<Integer> lines = new ArrayList<>();

    void add(char c, int line) {
      text.append(c);
      lines.add(line);
    }

    void add(String s, int line) {
      for (int k = 0; k < s.length(); k++) {
        add(s.charAt(k), line);
      }
    }

    /** The comment with its Javadoc markup read as its reader reads it. */
    JavaStrings.Text javadoc() {
      String s = text.toString();
      int[] at = lines.stream().mapToInt(Integer::intValue).toArray();
      JavaStrings.Text t = new JavaStrings.Text(s, at);
      t = blankPre(t);
      t = inlineTags(t);
      t = replace(t, TAG, m -> " ");
      t = replace(t, ENTITY, m -> switch (m.group(1)) {
        case "lt" -> "<";
        case "gt" -> ">";
        case "amp" -> "&";
        default -> "\"";
      });
      t = replace(t, CUT_MENTION, m -> m.group(1) + " ");
      return replace(t, BLOCK_TAG, m -> "\n");
    }
  }

  /** {@code <pre>} blocks blank, their line breaks kept. */
  private static JavaStrings.Text blankPre(JavaStrings.Text t) {
    return replace(t, PRE, m -> m.group().replaceAll("[^\\n]", ""));
  }

  /** Each inline tag read as its words: the code, or a link's label or target. */
  private static JavaStrings.Text inlineTags(JavaStrings.Text t) {
    String s = t.text();
    StringBuilder out = new StringBuilder();
    List<Integer> lines = new ArrayList<>();
    Matcher tag = INLINE_TAG.matcher(s);
    int from = 0;
    while (tag.find(from)) {
      copy(t, from, tag.start(), out, lines);
      int depth = 1;
      int end = tag.end();
      while (end < s.length() && depth > 0) {
        char c = s.charAt(end);
        depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        end++;
      }
      int close = depth == 0 ? end - 1 : end;
      int start = tag.end();
      if (tag.group(1).startsWith("link") || tag.group(1).equals("value")) {
        String body = s.substring(start, close).strip();
        int space = body.indexOf(' ');
        if (space > 0) {
          start = s.indexOf(body, start) + space + 1;
        }
      }
      copy(t, start, close, out, lines);
      from = end;
    }
    copy(t, from, s.length(), out, lines);
    return new JavaStrings.Text(out.toString(),
        lines.stream().mapToInt(Integer::intValue).toArray());
  }

  private static void copy(JavaStrings.Text t, int from, int to, StringBuilder out,
      List<Integer> lines) {
    for (int k = from; k < to; k++) {
      out.append(t.text().charAt(k));
      lines.add(t.lines()[k]);
    }
  }

  /** {@code t} with each match of {@code pattern} replaced, the words taking the match's line. */
  private static JavaStrings.Text replace(JavaStrings.Text t, Pattern pattern,
      java.util.function.Function<Matcher, String> with) {
    StringBuilder out = new StringBuilder();
    List<Integer> lines = new ArrayList<>();
    Matcher m = pattern.matcher(t.text());
    int from = 0;
    while (m.find()) {
      copy(t, from, m.start(), out, lines);
      String words = with.apply(m);
      int line = m.start() < t.lines().length ? t.lines()[m.start()] : 0;
      for (int k = 0; k < words.length(); k++) {
        out.append(words.charAt(k));
        lines.add(line + (int) words.substring(0, k).chars().filter(ch -> ch == '\n').count());
      }
      from = m.end();
    }
    copy(t, from, t.text().length(), out, lines);
    return new JavaStrings.Text(out.toString(),
        lines.stream().mapToInt(Integer::intValue).toArray());
  }
}
