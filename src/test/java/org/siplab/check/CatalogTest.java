package org.siplab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalog itself: stable ids, honest severities, and quotes that are the RFC's own words, in
 * the sections each rule cites.
 */
@DisplayName("the rule catalog")
class CatalogTest {

  private static final Pattern ID = Pattern.compile("(MSG|CSEQ|CALLID|TAG|VIA|MAXFWD|PROXY"
      + "|TIMER|HDR|TX)-\\d{3}");
  private static final Pattern SECTION = Pattern.compile("\\d+(\\.\\d+)*");

  /** RFC 2119's words of an absolute requirement (MUST NOT and SHALL NOT included). */
  private static final Pattern MUST = Pattern.compile("\\b(MUST|SHALL|REQUIRED)\\b");

  /** RFC 2119's words of a recommendation (SHOULD NOT and NOT RECOMMENDED included). */
  private static final Pattern SHOULD = Pattern.compile("\\b(SHOULD|RECOMMENDED)\\b");

  /** How the title of a rule of severity info says that the RFC does not mandate it. */
  private static final String TEACHING_POINT = "(a teaching point)";

  /** The RFC text with page breaks removed and whitespace runs made one space. */
  private static final String RFC = flatten(rfc3261());

  /** A section number a rule cites; the number of a step in it ({@code 16.6 step 8}) is not. */
  private static final Pattern CITED = Pattern.compile("(?<!step )\\b\\d+(\\.\\d+)*");

  /** A line that starts a section: its number at the start of the line, then the title. */
  private static final Pattern HEADING = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?\\s+\\S");

  /** Each section's own text (its subsections' not included), flattened, by number. */
  private static final Map<String, String> SECTIONS = sections();

  static Stream<Rule> rules() {
    return Catalog.rules().stream();
  }

  @Test
  @DisplayName("ids are unique and shaped FAMILY-NNN")
  void ids() {
    Set<String> seen = new HashSet<>();
    for (Rule r : Catalog.rules()) {
      assertTrue(ID.matcher(r.info().id()).matches(), r.info().id());
      assertTrue(seen.add(r.info().id()), "twice: " + r.info().id());
      assertEquals(r, Catalog.rule(r.info().id()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  @DisplayName("every quote is found word for word in RFC 3261, in pieces separated by ...")
  void quotesAreTheRfcsWords(Rule rule) {
    for (String piece : rule.info().quote().split(" \\.\\.\\. ")) {
      String words = flatten(piece.replaceFirst("^\\d+\\. ", ""));
      assertTrue(RFC.contains(words), rule.info().id() + ": not in RFC 3261: " + words);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  @DisplayName("every piece of a quote is in a section the rule cites, where a reader who looks"
      + " finds it")
  void quotesAreInTheSectionsCited(Rule rule) {
    List<String> cited = new ArrayList<>();
    Matcher m = CITED.matcher(rule.info().rfc().replace("RFC 3261", ""));
    while (m.find()) {
      cited.add(m.group());
    }
    for (String piece : rule.info().quote().split(" \\.\\.\\. ")) {
      String words = flatten(piece.replaceFirst("^\\d+\\. ", ""));
      assertTrue(cited.stream().anyMatch(s -> SECTIONS.getOrDefault(s, "").contains(words)),
          rule.info().id() + ": not in " + rule.info().rfc() + ": " + words);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  @DisplayName("an error quotes a MUST or SHALL, a warning a SHOULD or RECOMMENDED and no MUST,"
      + " an info no keyword and calls itself a teaching point")
  void severityMatchesTheKeyword(Rule rule) {
    RuleInfo info = rule.info();
    String quote = info.quote();
    boolean teaching = info.title().endsWith(TEACHING_POINT);
    switch (info.severity()) {
      case ERROR -> assertTrue(MUST.matcher(quote).find() && !teaching, info.id()
          + ": an error quotes no MUST, MUST NOT or SHALL: " + quote);
      case WARNING -> assertTrue(SHOULD.matcher(quote).find() && !MUST.matcher(quote).find()
          && !teaching, info.id() + ": a warning quotes no SHOULD, SHOULD NOT or RECOMMENDED,"
          + " or quotes a MUST: " + quote);
      case INFO -> assertTrue(!MUST.matcher(quote).find() && !SHOULD.matcher(quote).find()
          && teaching, info.id() + ": an info quotes a keyword or its title does not end with \""
          + TEACHING_POINT + "\": " + info.title());
      default -> throw new AssertionError(info.severity());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  @DisplayName("every section a rule cites is a heading of RFC 3261")
  void sectionsExist(Rule rule) {
    String rfc = rule.info().rfc();
    assertTrue(rfc.startsWith("RFC 3261 section"), rfc);
    Matcher m = SECTION.matcher(rfc.replace("RFC 3261", ""));
    int found = 0;
    while (m.find()) {
      String heading = "\n" + m.group() + " ";
      assertTrue(rfc3261().contains(heading) || m.group().matches("\\d"),
          rule.info().id() + ": no section " + m.group());
      found++;
    }
    assertTrue(found > 0, rfc);
  }

  @Test
  @DisplayName("rules are listed by family, then by number")
  void order() {
    String previousFamily = "";
    int previousNumber = 0;
    Set<String> families = new HashSet<>();
    for (Rule r : Catalog.rules()) {
      String[] parts = r.info().id().split("-");
      int number = Integer.parseInt(parts[1]);
      if (parts[0].equals(previousFamily)) {
        assertEquals(previousNumber + 1, number, r.info().id());
      } else {
        assertTrue(families.add(parts[0]), "family split: " + parts[0]);
        assertEquals(1, number, r.info().id());
      }
      previousFamily = parts[0];
      previousNumber = number;
    }
  }

  private static String rfc3261() {
    try (InputStream in = CatalogTest.class.getResourceAsStream("/check/rfc3261.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> sections() {
    Map<String, StringBuilder> sections = new LinkedHashMap<>();
    StringBuilder body = new StringBuilder();
    for (String line : withoutPageBreaks(rfc3261()).split("\n", -1)) {
      Matcher heading = HEADING.matcher(line);
      if (heading.lookingAt()) {
        body = sections.computeIfAbsent(heading.group(1), k -> new StringBuilder());
      }
      body.append(line).append('\n');
    }
    Map<String, String> flat = new LinkedHashMap<>();
    sections.forEach((number, text) -> flat.put(number, flatten(text.toString())));
    return flat;
  }

  private static String withoutPageBreaks(String text) {
    return text.replaceAll("\n\n\n+Rosenberg, et\\. al\\.[^\n]*\n\f?\nRFC 3261[^\n]*\n", "\n");
  }

  private static String flatten(String text) {
    return withoutPageBreaks(text).replaceAll("\\s+", " ").trim();
  }
}
