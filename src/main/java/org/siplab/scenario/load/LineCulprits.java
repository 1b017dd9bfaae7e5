package org.siplab.scenario.load;

import java.util.Optional;
import java.util.Set;

/**
 * Mistakes that make YAML give up somewhere after them, found by looking at the lines before the
 * place it gave up: a character that looks like a space but is not one (pasted from a web page or a
 * word processor), and a quote never closed on its line (YAML then reads on into the next lines and
 * fails where they no longer make sense). Each is reported where it is, not where YAML stopped.
 */
final class LineCulprits {

  private LineCulprits() {}

  /** Characters that look like a space but are not one to YAML; {@link Words} names each. */
  private static final Set<Character> FALSE_SPACES =
      Set.of('\u00A0', '\u2007', '\u202F', '\u200B', '\u3000', '\uFEFF');

  /** The first such mistake on lines 1 to {@code errorLine} (from 1), if any. */
  static Optional<SyntaxHints.Explained> find(String[] lines, int errorLine) {
    int last = Math.min(errorLine, lines.length);
    for (int n = 0; n < last; n++) {
      String line = lines[n];
      for (int i = n == 0 && line.startsWith("\uFEFF") ? 1 : 0; i < line.length(); i++) {
        if (FALSE_SPACES.contains(line.charAt(i)) && standsForASpace(line, i)) {
          return Optional.of(new SyntaxHints.Explained(n + 1, YamlLines.column(line, i),
              Words.describe(line.charAt(i))
              + ", as text pasted from a web page or a word processor brings, which YAML does not"
              + " take for a space; expected an ordinary space"));
        }
      }
    }
    for (int n = 0; n + 1 < last; n++) {
      int open = unclosedQuote(lines[n]);
      if (open >= 0) {
        char quote = lines[n].charAt(open);
        return Optional.of(new SyntaxHints.Explained(n + 1, YamlLines.column(lines[n], open),
            "this quote is not closed on its line, so YAML read on to line " + errorLine
                + " and failed there; expected a closing " + quote + " before the end of the"
                + " line" + (quote == '\'' ? " (an apostrophe inside '...' is written '')" : "")));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a false space at {@code i} stands where YAML needs a real one: in the indentation, or
   * after the ':', '-' or ',' of the structure. Inside a value (a display name written with a
   * non-breaking space) it is text, and no mistake.
   */
  private static boolean standsForASpace(String line, int i) {
    boolean indentation = true;
    for (int j = 0; j < i && indentation; j++) {
      indentation = line.charAt(j) == ' ' || FALSE_SPACES.contains(line.charAt(j));
    }
    return indentation || ":-,".indexOf(line.charAt(i - 1)) >= 0;
  }

  /**
   * The index of a quote (double or single) that opens a value and is not closed on the line, or
   * -1. In double-quoted text a backslash escapes the next character; in single-quoted text two
   * quotes stand for one; a '#' after a space outside quotes starts a comment.
   */
  static int unclosedQuote(String line) {
    int open = -1;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (open >= 0) {
        char quote = line.charAt(open);
        if (quote == '"' && c == '\\') {
          i++;
        } else if (c == quote && quote == '\'' && i + 1 < line.length()
            && line.charAt(i + 1) == '\'') {
          i++;
        } else if (c == quote) {
          open = -1;
        }
      } else if ((c == '"' || c == '\'') && YamlLines.startsValue(line, i)) {
        open = i;
      } else if (c == '#' && (i == 0 || line.charAt(i - 1) == ' ')) {
        return -1;
      }
    }
    return open;
  }
}
