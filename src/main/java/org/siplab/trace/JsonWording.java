package org.siplab.trace;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Jackson's syntax messages in plainer words, for a student who opened a trace.json in an editor:
 * "Unexpected character ('#' (code 35)): expected a valid value (JSON String, Number, Array,
 * Object or token 'null', 'true' or 'false')" names a character code and Jackson's terms; this
 * says {@code unexpected '#'; expected a JSON value (...)}, what is wrong then what was expected,
 * as siplab's other messages do. A message none of these match is kept as Jackson wrote it.
 */
final class JsonWording {

  private record Rewrite(Pattern pattern, String replacement) {
    static Rewrite of(String regex, String replacement) {
      return new Rewrite(Pattern.compile(regex), replacement);
    }
  }

  /** Applied in order; the separators last, once the phrases they join are rewritten. */
  private static final List<Rewrite> REWRITES = List.of(
      Rewrite.of("(?:a valid value |)\\(JSON String, Number, Array, Object or token 'null',"
          + " 'true' or 'false'\\)", "a JSON value (a string in double quotes, a number, [...],"
          + " {...}, true, false or null)"),
      Rewrite.of("Unexpected character \\('(.+?)' \\(code \\d+(?: / 0x[0-9a-fA-F]+)?\\)\\)",
          "unexpected '$1'"),
      Rewrite.of("Unexpected close marker '(.)'", "unexpected '$1'"),
      Rewrite.of("Unrecognized token '(.*?)'", "unknown word '$1'"),
      Rewrite.of("Unexpected end-of-input", "the text ends too soon"),
      Rewrite.of("double-quote to start field name", "a field name in double quotes"),
      Rewrite.of("comma to separate (?:Object|Array) entries", "a comma before the next entry"),
      Rewrite.of("a colon to separate field name and value", "a colon between a field name and"
          + " its value"),
      Rewrite.of("close marker for Object", "'}' to close the object"),
      Rewrite.of("close marker for Array", "']' to close the list"),
      Rewrite.of("\\((?:for (?:Object|Array) starting|start marker) at line (\\d+)\\)",
          "(opened at line $1)"),
      Rewrite.of(": (?:was expecting|expected) ", "; expected "));

  private JsonWording() {}

  static String plain(String jackson) {
    String out = jackson;
    for (Rewrite r : REWRITES) {
      out = r.pattern().matcher(out).replaceAll(r.replacement());
    }
    return out;
  }
}
