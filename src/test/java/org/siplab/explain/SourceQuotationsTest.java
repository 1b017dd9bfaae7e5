package org.siplab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.siplab.explain.RfcQuotationsTest.Attribution;
import org.siplab.explain.RfcQuotationsTest.Quote;

/**
 * The words siplab's own output gives as an RFC's are the RFC's: the explanations, run notes, lint
 * messages, rule texts and reports are built from the string literals of {@code src/main/java},
 * and every quote in them that an RFC or a section is cited for is looked up in that RFC, with
 * {@link RfcQuotationsTest}'s rules.
 *
 * <p>What a string says is read as its reader sees it: the literals joined by {@code +} are one
 * text however many lines they are written over, an operand that is not a literal stands for
 * left-out words ({@code …}), and a citation made with {@link Rfc} is the words it makes
 * ({@link JavaStrings}). A quotation is text in double quotes of three words or more that a
 * mention of an RFC or a section attributes: the nearest mention before it in the same text, or,
 * when none came since the previous quote, the citation in brackets that ends the text, since an
 * annotation cites its sections at its end ({@code (RFC 3261 12.2.2)}, {@link
 * Attribution#SOURCE}). A quote that no mention attributes is siplab's own words (a label, a
 * message, a value of the run) and is not looked up; words filled in by the program do not count
 * towards the three.
 * Comments are not read: they are not shown to a learner. The rules' quotes, which {@code siplab
 * rules} and the reports show, are checked by {@code CatalogTest}, in the sections each rule cites.
 */
@DisplayName("the RFC quotations in the strings of siplab's sources")
class SourceQuotationsTest {

  private static final Path SOURCES = Path.of("src/main/java");

  static Stream<String> files() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(p -> p.toString().endsWith(".java"))
          .map(p -> SOURCES.relativize(p).toString().replace('\\', '/')).sorted().toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  @DisplayName("every passage a string quotes from an RFC is the RFC's own words, in the section"
      + " cited")
  void quotesAreTheRfcsWords(String file) throws IOException {
    String source = Files.readString(SOURCES.resolve(file), StandardCharsets.UTF_8);
    List<String> problems = problems(source);
    assertTrue(problems.isEmpty(), file + ":" + String.join("\n" + file + ":", problems));
  }

  @Test
  @DisplayName("the sources quote the RFC, so that a reading that finds no quote cannot pass")
  void theSourcesQuotesAreFound() throws IOException {
    int found = 0;
    for (String file : files().toList()) {
      found += lookedUp(Files.readString(SOURCES.resolve(file), StandardCharsets.UTF_8)).size();
    }
    assertTrue(found > 0, "no quote of an RFC found in " + SOURCES);
  }

  @Test
  @DisplayName("a misquote split over lines, one cited at the end with Rfc.cite and one in the"
      + " wrong section are each found, at the line where the quote opens")
  void misquotesAreFound() {
    String source = """
        class A {
          String a() {
            return "section 9.1 says \\"If no provisional response has been received, the"
                + " CANCEL request MAY be sent\\".";
          }
          String b(String who) {
            return who + " waits (\\"the CANCEL request MUST NOT be sent\\")"
                + Rfc.cite("9.2");
          }
          String c() {
            return "RFC 3261 section 9.2 says \\"a stateful proxy MAY generate CANCEL requests\\"";
          }
        }
        """;
    List<String> problems = problems(source);
    assertEquals(3, problems.size(), String.join("\n", problems));
    assertTrue(problems.get(0).startsWith("3: not the words of RFC 3261"), problems.get(0));
    assertTrue(problems.get(1).startsWith("7: in RFC 3261 section [9.1], not section 9.2"),
        problems.get(1));
    assertTrue(problems.get(2).startsWith("11: not the words of RFC 3261"), problems.get(2));
  }

  @Test
  @DisplayName("a faithful quote over lines, with a value filled in, or cited at the end is"
      + " looked up and passes; siplab's own quoted words, comments and char literals are left be")
  void faithfulQuotesPassAndOwnWordsAreLeftBe() {
    String source = """
        /** Section 9.1 says "a CANCEL request MAY be sent whenever it likes". */
        class A {
          char q = '"';
          String a(int n) {
            return "the UAC waits, as \\"" + n + " of them\\" say (\\"If no provisional"
                + " response has been received, the CANCEL request MUST NOT be sent; rather, the"
                + " client MUST wait\\")" + Rfc.cite("9.1") + ".";
          }
          String b(String label) {
            return "the timer \\"give up 64*T1 after CANCEL\\" fires"
                + ", and section 8.1.1.7 says it \\"MUST always begin with"
                + " the characters \\"z9hG4bK\\"\\"";
          }
          String c() {
            return \"""
                Section 9.1: "the CANCEL request MUST NOT be sent; rather, the client MUST wait"
                \""";
          }
        }
        """;
    assertEquals(List.of(), problems(source));
    assertEquals(List.of("If no provisional response has been received, the CANCEL request MUST"
        + " NOT be sent; rather, the client MUST wait", "MUST always begin with the characters"
        + " \"z9hG4bK\"", "the CANCEL request MUST NOT be sent; rather, the client MUST wait"),
        lookedUp(source).stream().map(q -> RfcQuotationsTest.fold(q.words())).toList());
  }

  /** Each quote of {@code source}'s strings that is not its RFC's words: "line: what is wrong". */
  static List<String> problems(String source) {
    List<String> problems = new ArrayList<>();
    for (JavaStrings.Text text : JavaStrings.texts(source)) {
      for (Quote quote : RfcQuotationsTest.quotes(text.text(), Attribution.SOURCE)) {
        String problem = RfcQuotationsTest.check(quote);
        if (problem != null) {
          problems.add(text.lines()[quote.offset()] + ": " + problem + ": \""
              + RfcQuotationsTest.fold(quote.words()) + "\"");
        }
      }
    }
    return problems;
  }

  /** The quotes of {@code source}'s strings that are looked up in an RFC. */
  static List<Quote> lookedUp(String source) {
    List<Quote> quotes = new ArrayList<>();
    for (JavaStrings.Text text : JavaStrings.texts(source)) {
      RfcQuotationsTest.quotes(text.text(), Attribution.SOURCE).stream()
          .filter(RfcQuotationsTest::looksUp).forEach(quotes::add);
    }
    return quotes;
  }
}
