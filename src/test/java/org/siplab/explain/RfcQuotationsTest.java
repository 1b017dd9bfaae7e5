package org.siplab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The words a learner reads as an RFC's are the RFC's: every passage in double quotes that a
 * learner note or a scenario description attributes to an RFC section is looked up in the RFC,
 * whitespace folded and page breaks dropped as in {@code CatalogTest}.
 *
 * <p>A quote is attributed by a mention right after it ({@code "..." (10.2)}, {@code "...",
 * 15.1.1)}), else by the nearest mention before it in its paragraph or list item
 * ({@code RFC 3261}, {@code section 8.1.1.4}, {@code 16.7 step 3:}, {@code (10.2)}), or, when none
 * came since the previous quote, by one after it in the same clause ({@code "...", as section 7
 * says}). A mention of other words than the RFC's (the chan_sip study, an annotation or
 * explanation, the trace, the checker, siplab itself) makes the quotes after it not the RFC's. A
 * heading's mention holds for its paragraphs, and a paragraph or lead-in ending in ":" for what
 * follows it. A bare section number means RFC 3261. {@code ...} or {@code …} stands
 * for left-out words and {@code [x]} for an editorial change: each remaining piece must appear, in
 * order, in the one section cited. Quotes of one or two words besides those (terms such as "MUST"
 * or "early") and quotes of an RFC whose text is not under {@code src/test/resources/check} are
 * not looked up.
 *
 * <p>The files read are the learner notes ({@code notes/*.md}), {@code README.md}, and the
 * scenario descriptions (each scenario file's, and the READMEs under {@code scenarios}). A
 * learner note or a scenario description quotes the RFC unless it says otherwise, so a quote no
 * mention attributes is RFC 3261's ({@link Attribution#NOTES}). {@code README.md} and
 * {@code notes/decisions.md} also quote siplab's own messages and labels, so there only a quote
 * that a mention attributes to an RFC is looked up ({@link Attribution#MENTIONED}).
 * {@code notes/performance.md} is a log of measurements, not a note for learners, and quotes no
 * RFC; it is not read. {@link SourceQuotationsTest} reads the strings of {@code src/main/java}
 * with the same rules.
 */
@DisplayName("the RFC quotations in the learner notes, the README and the scenario descriptions")
class RfcQuotationsTest {

  private static final Path ROOT = Path.of("");

  private static final Pattern HEADING = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?\\s+\\S");
  private static final Pattern PAGE_BREAK =
      Pattern.compile("\n\n\n+[^\n]*\\[Page \\d+\\]\n\f?\nRFC \\d+[^\n]*\n");

  /** A mention that tells whose words the next quote is, and from which section. */
  private static final Pattern CUE = Pattern.compile(
      "\\bRFC (?<rfc>\\d{4})(?:'s)?(?:,? (?:[Ss]ections? )?(?<rfcSection>\\d+(?:\\.\\d+)*))?"
          + "|\\b[Ss]ections? (?<section>\\d+(?:\\.\\d+)*)"
          + "|(?<![\\w.])(?<bare>(?:[1-9]|[12]\\d|30)(?:\\.\\d+)+)(?!\\w|\\.\\d)"
          + "|\\((?<parenthesized>\\d+(?:\\.\\d+)+)\\b"
          + "|(?<same>\\bsame section\\b)"
          + "|(?<other>\\b(?:study|annotations?|explanations?|trace|notes?|checker|reports"
          + "|diagnostic|siplab|decisions)\\b)");

  /** A citation in brackets that ends a paragraph: {@code (RFC 3261 12.2.2, 12.2.1.2).} */
  private static final Pattern END_CITATION =
      Pattern.compile("\\((?=RFC \\d{4}|[Ss]ections? \\d|\\d+\\.\\d)[^()]*\\)\\W*$");

  /** What may stand between a quote and a mention that cites it: {@code , } or {@code  (}. */
  private static final Pattern RIGHT_AFTER = Pattern.compile(",\\s*\\(?|\\s*\\(");

  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*[-*] ");
  private static final Pattern OMISSION =
      Pattern.compile("\\s*(?:\\.\\.\\.|…|\\[[^\\]]*\\])\\s*");

  /** The RFCs whose text is under {@code /check}, each as its sections' folded text. */
  private static final Map<String, Map<String, String>> RFCS = new LinkedHashMap<>();

  static {
    for (String number : List.of("3261", "3665", "2617", "4475")) {
      RFCS.put(number, sections(number));
    }
  }

  /** The numbers of the RFCs whose text is under {@code src/test/resources/check}. */
  static List<String> rfcs() {
    return List.copyOf(RFCS.keySet());
  }

  static Stream<String> files() throws IOException {
    List<String> files = new ArrayList<>();
    try (Stream<Path> notes = Files.list(ROOT.resolve("notes"))) {
      notes.map(p -> "notes/" + p.getFileName())
          .filter(f -> f.endsWith(".md") && !f.equals("notes/performance.md"))
          .sorted().forEach(files::add);
    }
    files.add("README.md");
    try (Stream<Path> scenarios = Files.walk(ROOT.resolve("scenarios"))) {
      scenarios.map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
          .filter(f -> f.endsWith(".yaml") || f.endsWith("README.md"))
          .sorted().forEach(files::add);
    }
    return files.stream();
  }

  /** How {@code file} attributes a quote that no mention attributes. */
  private static Attribution attribution(String file) {
    return file.equals("README.md") || file.equals("notes/decisions.md") ? Attribution.MENTIONED
        : Attribution.NOTES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  @DisplayName("every passage quoted from an RFC is the RFC's own words, in the section cited")
  void quotesAreTheRfcsWords(String file) throws IOException {
    String text = Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8);
    String prose = file.endsWith(".yaml") ? description(text) : withoutCode(text);
    List<String> problems = problems(prose, attribution(file));
    assertTrue(problems.isEmpty(), file + ":" + String.join("\n" + file + ":", problems));
  }

  @Test
  @DisplayName("a changed word, a section that does not hold the words, and a capital the RFC"
      + " does not have are each found")
  void misquotesAreFound() {
    String text = """
        Section 9.1: "If no provisional response has been received, the CANCEL request MAY be
        sent". Section 9.2: "If no provisional response has been received, the CANCEL request MUST
        NOT be sent".

        - "The To tag of the response to the CANCEL and the To tag in the response to the original
          request SHOULD be the same" (9.2).
        """;
    List<String> problems = problems(text);
    assertEquals(3, problems.size(), String.join("\n", problems));
    assertTrue(problems.get(0).startsWith("1: not the words of RFC 3261"), problems.get(0));
    assertTrue(problems.get(1).startsWith("2: in RFC 3261 section [9.1], not section 9.2"),
        problems.get(1));
    assertTrue(problems.get(2).startsWith("5: not the words of RFC 3261"), problems.get(2));
  }

  @Test
  @DisplayName("left-out words, an editorial change in brackets, a nested quote, emphasis and a"
      + " line-broken hyphen are the RFC's words; the study's words and a short term are left be")
  void faithfulQuotesPass() {
    String text = """
        ## Building the CANCEL (9.1)

        "[T]he Request-URI, Call-ID ... MUST be identical to those in the request being
        cancelled", as an "RFC 2543-compliant UAS will not generate such a response".

        RFC 3261 section 8.1.1.3: "The From field MUST contain a new "tag" parameter, chosen by
        the **UAC**." The chan_sip study calls the Call-ID "the unique id that tells each call
        apart", and a proxy "forks".
        """;
    assertEquals(List.of(), problems(text));
  }

  @Test
  @DisplayName("a mention right after a quote cites it over one before it, and where a quote needs"
      + " a mention to be the RFC's, one without is left be")
  void mentionsRightAfterAndQuotesWithoutAMention() {
    String text = """
        A BYE ends the requests pending (15.1.2), and the UAC "MUST consider the session
        terminated", 15.1.1.

        Its timer "give up 64*T1 after CANCEL" fires.
        """;
    assertEquals(List.of(), problems(text, Attribution.MENTIONED));
    List<String> problems = problems(text);
    assertEquals(1, problems.size(), String.join("\n", problems));
    assertTrue(problems.get(0).startsWith("4: not the words of RFC 3261"), problems.get(0));
  }

  /** Each quote of a learner note's {@code prose} that is not its RFC's words. */
  static List<String> problems(String prose) {
    return problems(prose, Attribution.NOTES);
  }

  /** Each quote of {@code prose} that is not its RFC's words, as "line: what is wrong". */
  static List<String> problems(String prose, Attribution attribution) {
    List<String> problems = new ArrayList<>();
    for (Quote quote : quotes(prose, attribution)) {
      String problem = check(quote);
      if (problem != null) {
        int line = 1 + (int) prose.substring(0, quote.offset()).chars().filter(c -> c == '\n')
            .count();
        problems.add(line + ": " + problem + ": \"" + fold(quote.words()) + "\"");
      }
    }
    return problems;
  }

  /**
   * Whether {@code quote} is looked up: it is attributed to an RFC whose text is here, and is
   * more than a term of one or two words.
   */
  static boolean looksUp(Quote quote) {
    String words = OMISSION.matcher(withoutEmphasis(quote.words())).replaceAll(" ").trim();
    return !quote.cite().other() && RFCS.containsKey(quote.cite().rfc())
        && !words.isEmpty() && words.split("\\s+").length >= 3;
  }

  /**
   * Whether {@code quote} would be looked up but its RFC's text is not under
   * {@code src/test/resources/check}.
   */
  static boolean quotesAMissingRfc(Quote quote) {
    String words = OMISSION.matcher(withoutEmphasis(quote.words())).replaceAll(" ").trim();
    return !quote.cite().other() && !RFCS.containsKey(quote.cite().rfc())
        && !words.isEmpty() && words.split("\\s+").length >= 3;
  }

  /** Why {@code quote} is not its RFC's words, or null if it is (or is not looked up). */
  static String check(Quote quote) {
    if (!looksUp(quote)) {
      return null;
    }
    String words = withoutEmphasis(quote.words());
    Map<String, String> rfc = RFCS.get(quote.cite().rfc());
    List<String> pieces = new ArrayList<>();
    for (String piece : OMISSION.split(words)) {
      if (!fold(piece).isEmpty()) {
        pieces.add(fold(piece));
      }
    }
    List<String> holding = new ArrayList<>();
    for (Map.Entry<String, String> section : rfc.entrySet()) {
      int from = 0;
      boolean all = true;
      for (String piece : pieces) {
        int at = section.getValue().indexOf(piece, from);
        if (at < 0) {
          all = false;
          break;
        }
        from = at + piece.length();
      }
      if (all) {
        holding.add(section.getKey());
      }
    }
    if (holding.isEmpty()) {
      return "not the words of RFC " + quote.cite().rfc();
    }
    String cited = quote.cite().section();
    if (cited != null && !holding.contains(cited)) {
      return "in RFC " + quote.cite().rfc() + " section " + holding + ", not section " + cited;
    }
    return null;
  }

  /** Whose words a quote is: not the RFC's, or RFC {@code rfc}, section {@code section}. */
  record Cite(boolean other, String rfc, String section) {

    static final Cite NONE = new Cite(false, "3261", null);

    /** No RFC's words until a mention says whose they are. */
    static final Cite UNATTRIBUTED = new Cite(true, "3261", null);

    Cite after(Matcher cue) {
      if (cue.group("other") != null) {
        return new Cite(true, rfc, section);
      }
      if (cue.group("same") != null) {
        return new Cite(false, rfc, section);
      }
      if (cue.group("rfc") != null) {
        return new Cite(false, cue.group("rfc"), cue.group("rfcSection"));
      }
      String number = cue.group("section") != null ? cue.group("section")
          : cue.group("bare") != null ? cue.group("bare") : cue.group("parenthesized");
      return new Cite(false, "3261", number);
    }

    Cite in3261() {
      return new Cite(other, "3261", section);
    }
  }

  /** A quoted passage: where it starts in the prose, its words, and whose they are said to be. */
  record Quote(int offset, String words, Cite cite) {}

  /**
   * How a kind of text attributes its quotes.
   *
   * @param unattributed whose words a quote is that no mention attributes
   * @param citedAtEnd whether a quote no mention before it attributes takes the citation in
   *     brackets that ends its paragraph, as an annotation cites its sections at its end, rather
   *     than a mention in its own clause
   */
  record Attribution(Cite unattributed, boolean citedAtEnd) {

    /** A learner note or a scenario description: its quotes are the RFC's unless it says. */
    static final Attribution NOTES = new Attribution(Cite.NONE, false);

    /** Prose that also quotes siplab: only a quote a mention attributes is the RFC's. */
    static final Attribution MENTIONED = new Attribution(Cite.UNATTRIBUTED, false);

    /** A string of siplab's sources: as {@link #MENTIONED}, and cited at its end. */
    static final Attribution SOURCE = new Attribution(Cite.UNATTRIBUTED, true);
  }

  /** The quotes of {@code prose}, each with the mention it is attributed by. */
  static List<Quote> quotes(String prose, Attribution attribution) {
    List<Quote> quotes = new ArrayList<>();
    Cite chapter = attribution.unattributed();
    Cite carried = null;
    Matcher gap = Pattern.compile("\n\\s*\n").matcher(prose);
    int start = 0;
    while (start < prose.length()) {
      int end = gap.find(start) ? gap.start() : prose.length();
      int next = end < prose.length() ? gap.end() : prose.length();
      String block = prose.substring(start, end);
      if (block.stripLeading().startsWith("#")) {
        int newline = block.indexOf('\n');
        String heading = newline < 0 ? block : block.substring(0, newline);
        chapter = attribution.unattributed();
        Matcher cue = CUE.matcher(heading);
        while (cue.find()) {
          chapter = chapter.after(cue);
        }
        carried = null;
        if (newline < 0) {
          start = next;
          continue;
        }
        start += newline + 1;
        block = block.substring(newline + 1);
      }
      Cite first = carried != null ? carried : chapter.in3261();
      Cite lead = null;
      int unitStart = 0;
      for (String unit : units(block)) {
        boolean item = LIST_ITEM.matcher(unit).lookingAt();
        Cite cite = item && lead != null ? lead : first;
        cite = cite(unit, start + unitStart, cite, attribution.citedAtEnd(), quotes);
        if (!item) {
          lead = cite;
        }
        unitStart += unit.length() + 1;
      }
      carried = block.stripTrailing().endsWith(":") ? (lead != null ? lead : first) : null;
      start = next;
    }
    return quotes;
  }

  /** Adds the quotes of a paragraph or list item to {@code quotes}; gives the mention in force. */
  private static Cite cite(String unit, int offset, Cite cite, boolean citedAtEnd,
      List<Quote> quotes) {
    List<int[]> spans = spans(unit);
    char[] masked = unit.toCharArray();
    for (int[] span : spans) {
      for (int i = span[0]; i <= span[1]; i++) {
        masked[i] = ' ';
      }
    }
    String plain = new String(masked);
    Matcher cue = CUE.matcher(plain);
    int from = 0;
    for (int q = 0; q < spans.size(); q++) {
      int[] span = spans.get(q);
      boolean fresh = false;
      cue.region(from, span[0]);
      while (cue.find()) {
        cite = cite.after(cue);
        fresh = true;
      }
      String words = unit.substring(span[0] + 1, span[1]);
      Matcher end = END_CITATION.matcher(plain);
      if (!fresh && citedAtEnd) {
        Matcher last = CUE.matcher(plain);
        if (end.find(span[1] + 1) && last.region(end.start(), end.end()).find()) {
          cite = cite.after(last);
        }
      } else if (!fresh && !words.stripTrailing().matches("(?s).*[.!?]")) {
        int limit = q + 1 < spans.size() ? spans.get(q + 1)[0] : unit.length();
        Matcher stop = Pattern.compile("[.;:](?=\\s|$)|\\)").matcher(plain);
        if (stop.find(span[1] + 1) && stop.start() < limit) {
          limit = stop.start();
        }
        Matcher later = CUE.matcher(plain).region(span[1] + 1, limit);
        while (later.find()) {
          if (later.group("other") == null && later.group("same") == null) {
            cite = cite.after(later);
            break;
          }
        }
      }
      Matcher right = RIGHT_AFTER.matcher(plain).region(span[1] + 1, plain.length());
      Matcher next = CUE.matcher(plain);
      if (right.lookingAt() && next.region(right.end(), plain.length()).lookingAt()
          && next.group("other") == null && next.group("same") == null) {
        cite = cite.after(next);
      }
      quotes.add(new Quote(offset + span[0], words, cite));
      from = span[1] + 1;
    }
    cue.region(from, plain.length());
    while (cue.find()) {
      cite = cite.after(cue);
    }
    return cite;
  }

  /** A paragraph cut before each list item, so that each item starts from its lead-in. */
  private static List<String> units(String block) {
    List<String> units = new ArrayList<>();
    StringBuilder unit = new StringBuilder();
    for (String line : block.split("\n", -1)) {
      if (LIST_ITEM.matcher(line).lookingAt() && unit.length() > 0) {
        units.add(unit.substring(0, unit.length() - 1));
        unit.setLength(0);
      }
      unit.append(line).append('\n');
    }
    units.add(unit.substring(0, unit.length() - 1));
    return units;
  }

  /**
   * The outermost quotes of {@code text}, each as the offsets of its two quotation marks. A
   * straight mark after a space or an opening bracket and before a non-space opens a quote; one
   * after a non-space and before a space or punctuation closes one; so a quote may hold another
   * ({@code "a new "tag" parameter"}). Curly marks say which they are.
   */
  static List<int[]> spans(String text) {
    List<int[]> spans = new ArrayList<>();
    int depth = 0;
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean opening;
      if (c == '“' || c == '”') {
        opening = c == '“';
      } else if (c == '"') {
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        char after = i + 1 == text.length() ? ' ' : text.charAt(i + 1);
        boolean canOpen = (Character.isWhitespace(before) || "([{—/".indexOf(before) >= 0)
            && !Character.isWhitespace(after);
        boolean canClose = !Character.isWhitespace(before)
            && (Character.isWhitespace(after) || ".,;:)]}?!\"'".indexOf(after) >= 0);
        if (canOpen && canClose) {
          canClose = "([{".indexOf(before) < 0;
          canOpen = !canClose;
        }
        opening = canOpen || !canClose && depth == 0;
      } else {
        continue;
      }
      if (opening) {
        if (depth++ == 0) {
          open = i;
        }
      } else if (depth > 0 && --depth == 0) {
        spans.add(new int[] {open, i});
      }
    }
    return spans;
  }

  /** A scenario file's description block, with every other line left empty (lines keep place). */
  private static String description(String yaml) {
    String[] lines = yaml.split("\n", -1);
    StringBuilder out = new StringBuilder();
    boolean in = false;
    for (String line : lines) {
      if (line.matches("description:\\s*[|>][-+]?\\s*")) {
        in = true;
        out.append('\n');
        continue;
      }
      if (in && !line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
        in = false;
      }
      if (!in && line.startsWith("description:")) {
        out.append(line.substring("description:".length())).append('\n');
        continue;
      }
      out.append(in ? line : "").append('\n');
    }
    return withoutCode(out.toString());
  }

  /** Markdown with its code blocks and code spans blanked, offsets and lines kept. */
  private static String withoutCode(String markdown) {
    StringBuilder out = new StringBuilder(markdown);
    Matcher code = Pattern.compile("(?s)```.*?```|`[^`\n]*`").matcher(markdown);
    while (code.find()) {
      for (int i = code.start(); i < code.end(); i++) {
        if (out.charAt(i) != '\n') {
          out.setCharAt(i, ' ');
        }
      }
    }
    return out.toString();
  }

  /**
   * Markdown's {@code **bold**} and {@code *italic*} marks dropped; {@code 2**31} and a quoted
   * star ({@code "*"}, the Contact value of section 10.2.2) kept.
   */
  private static String withoutEmphasis(String words) {
    return words.replace("\"*\"", "\"\u0000\"")
        .replaceAll("(?<![\\w*])\\*+(?=\\S)", "").replaceAll("(?<=\\S)\\*+(?![\\w*])", "")
        .replace('\u0000', '*');
  }

  /**
   * Whitespace runs made one space; a hyphen that ended a line joined to the next word, as it
   * reads; single and double quotation marks alike (a quote inside a quote may use either).
   */
  static String fold(String text) {
    return text.replace('\'', '"').replaceAll("-\\s+", "-").replaceAll("\\s+", " ").trim();
  }

  /** RFC {@code number}'s text by section number (null before the first heading), folded. */
  private static Map<String, String> sections(String number) {
    String text;
    try (InputStream in = RfcQuotationsTest.class.getResourceAsStream(
        "/check/rfc" + number + ".txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    text = PAGE_BREAK.matcher(text).replaceAll("\n");
    Map<String, String> sections = new LinkedHashMap<>();
    String section = "";
    StringBuilder body = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      Matcher heading = HEADING.matcher(line);
      if (heading.lookingAt()) {
        sections.merge(section, fold(body.toString()), (a, b) -> a + " " + b);
        section = heading.group(1);
        body.setLength(0);
      }
      body.append(line).append('\n');
    }
    sections.merge(section, fold(body.toString()), (a, b) -> a + " " + b);
    return sections;
  }
}
