package org.siplab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.siplab.explain.RfcQuotationsTest.Attribution;
import org.siplab.explain.RfcQuotationsTest.Quote;

/**
 * The words the comments of {@code src/main/java} give as an RFC's are the RFC's: siplab puts the
 * RFC section next to the code that implements it, and a reader of the code must be able to trust
 * that a quotation there is the RFC's own words, in the section cited.
 *
 * <p>Every comment of every file under {@code src/main/java} is read (line, block and Javadoc
 * comments), as {@link JavaComments} gives it: a block comment or a run of {@code //} lines is
 * one text, Javadoc's inline tags read as their words ({@code {@code x}} as {@code x}), HTML tags
 * as a space, and a {@code <pre>} block, which is code, not at all. A quotation is a passage in
 * double quotes of three words or more (besides left-out words, {@code ...} or {@code …}) that a
 * mention of an RFC or a section attributes, with {@link RfcQuotationsTest}'s rules, as for the
 * strings ({@link Attribution#SOURCE}): a mention right after it ({@code "..." (16.6 step 11)}),
 * else the nearest before it in its paragraph ({@code RFC 3261 section 9.1}, {@code section
 * 17.1.1.2}, {@code 16.7 step 3:}), else one later in its clause, else the citation in brackets
 * that ends its paragraph. A mention of other words than the RFC's (the trace, an explanation,
 * siplab...) makes the quotes after it not the RFC's, and a quote no mention attributes is
 * siplab's own words (a label, a message, a value) and is not looked up, unless it reads as an
 * RFC's rule: four words or more, one of them a requirement keyword of RFC 2119 in capitals
 * ({@code MUST}, {@code SHOULD}, {@code MAY}...), as in a comment that quotes "Step 3:" of the
 * section its class cites. Such a quote must be the words of one of the RFCs here, in any section.
 * A bare section number means RFC 3261. Each quotation is looked up, whitespace, line breaks and a
 * hyphen that ended a line folded, each piece between left-out words ({@code ...}, {@code …}, or
 * an editorial change in brackets, {@code [t]he}) in order, in the one section cited of the RFC
 * text under {@code src/test/resources/check}. The RFC's own quotation marks are part of its
 * words: a quote keeps them as a quote inside the quote ({@code "a new "tag" parameter"}; single
 * marks read as double).
 *
 * <p>A grammar rule quoted in ABNF ({@code via-parm = sent-protocol LWS sent-by ...}) is not a
 * prose quotation: its double quotes hold a literal of the grammar ({@code "SIP"}, {@code "/"}),
 * and a comment line that starts with {@code name = } (or {@code =/}), or holds a rule whose
 * name has a hyphen ({@code via-parm = }), is not read. A quotation attributed to an RFC
 * whose text is not there (RFC 3264, 3581, 3966, 6026...) cannot be looked up: each is listed in
 * {@link #UNVERIFIABLE} by file and first words, so that a new one is seen rather than skipped.
 */
@DisplayName("the RFC quotations in the comments of siplab's sources")
class CommentQuotationsTest {

  private static final Path SOURCES = Path.of("src/main/java");

  private static final Pattern KEYWORD = Pattern.compile(
      "\\b(?:MUST|SHOULD|SHALL|MAY|REQUIRED|RECOMMENDED|OPTIONAL)\\b");
  private static final Pattern OMISSION = Pattern.compile("\\.\\.\\.|…|\\[[^\\]]*\\]");

  /**
   * A line holding an ABNF rule: {@code name = ...} or {@code name =/ ...} that starts the line,
   * or whose rule name has a hyphen ({@code via-parm = ...}).
   */
  private static final Pattern ABNF = Pattern.compile(
      "(?m)^(?:\\s*[A-Za-z][\\w-]*|.*\\b[A-Za-z]\\w*-[\\w-]*) +=/? .*$");

  /**
   * The quotations of RFCs whose text is not under {@code src/test/resources/check}, as
   * {@code file RFC n: "first words"}: they are not looked up.
   */
  static final List<String> UNVERIFIABLE = List.of(
      "org/siplab/auth/DigestChallenge.java RFC 7616: \"a sender MUST only generate the\"",
      "org/siplab/auth/DigestCredentials.java RFC 7616: \"a sender MUST only generate the\"",
      "org/siplab/dialog/UserAgentCore.java RFC 6026: \"any element other than a stateless\"",
      "org/siplab/element/proxy/ResponseContext.java"
          + " RFC 6026: \"any element other than a stateless\"",
      "org/siplab/element/proxy/StatefulProxy.java"
          + " RFC 6026: \"any element other than a stateless\"",
      "org/siplab/sdp/Answerer.java RFC 3264: \"The t= line in the answer\"",
      "org/siplab/sdp/Answerer.java RFC 3264: \"MAY list the formats in their\"",
      "org/siplab/sdp/Answerer.java RFC 3264: \"it is RECOMMENDED that unless there\"",
      "org/siplab/sdp/Answerer.java RFC 3264: \"SHOULD be used for that codec\"",
      "org/siplab/sdp/Answerer.java RFC 3264: \"To reject an offered stream, the\"",
      "org/siplab/sdp/MediaSession.java RFC 3264: \"MUST increment by one\"",
      "org/siplab/sdp/MediaSession.java RFC 3264: \"if the version in the origin\"",
      "org/siplab/sdp/Offers.java RFC 3264: \"in order of preference, most preferred\"",
      "org/siplab/sdp/SdpReader.java RFC 4566: \"SHOULD be tolerant\"",
      "org/siplab/transaction/InviteClientMachine.java"
          + " RFC 6026: \"Any 2xx responses that match this\"",
      "org/siplab/transaction/InviteClientMachine.java RFC 6026: \"If Timer M fires while ...\"",
      "org/siplab/transaction/InviteServerMachine.java"
          + " RFC 6026: \"Any ACKs received from the network\"",
      "org/siplab/transaction/InviteServerMachine.java"
          + " RFC 6026: \"Any retransmission of the 2xx response\"",
      "org/siplab/transaction/InviteServerMachine.java"
          + " RFC 6026: \"the machine MUST transition to the\"",
      "org/siplab/transaction/InviteServerMachine.java"
          + " RFC 6026: \"MUST be absorbed ... They MUST\"",
      "org/siplab/transaction/TransactionUser.java"
          + " RFC 6026: \"any element other than a stateless\"",
      "org/siplab/transaction/TransportSettings.java"
          + " RFC 3581: \"A client, compliant to this specification\"",
      "org/siplab/transaction/ViaStamping.java"
          + " RFC 3581: \"MUST insert a received parameter containing\"");

  /** The source files, as SourceQuotationsTest finds them for the strings. */
  static Stream<String> files() throws IOException {
    return SourceQuotationsTest.files();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  @DisplayName("every passage a comment quotes from an RFC is the RFC's own words, in the section"
      + " cited")
  void quotesAreTheRfcsWords(String file) throws IOException {
    List<String> problems = problems(read(file));
    assertTrue(problems.isEmpty(), file + ":" + String.join("\n" + file + ":", problems));
  }

  @Test
  @DisplayName("the quotations of RFCs whose text is not here are the ones listed as unverifiable")
  void unverifiableQuotesAreListed() throws IOException {
    List<String> found = new ArrayList<>();
    for (String file : files().toList()) {
      for (String at : unverifiable(read(file))) {
        found.add(file + " " + at);
      }
    }
    assertEquals(UNVERIFIABLE, found, String.join("\n", found));
  }

  @Test
  @DisplayName("the comments quote the RFC, so that a reading that finds no quote cannot pass")
  void theCommentsQuotesAreFound() throws IOException {
    int found = 0;
    for (String file : files().toList()) {
      found += lookedUp(read(file)).size();
    }
    assertTrue(found > 100, "only " + found + " quotes of an RFC found in " + SOURCES);
  }

  @Test
  @DisplayName("a misquote in a line comment, one over Javadoc lines, one cited right after in"
      + " brackets and one in the wrong section are each found, at the line where it opens")
  void misquotesAreFound() {
    String source = """
        class A {
          // Section 9.1: "If no provisional response has been received, the CANCEL request
          // MAY be sent".
          int a;
          /**
           * The UAC "the CANCEL request MUST NOT be sent; rather, the client
           * MUST wait for the {@code final} response" (9.1).
           */
          int b;
          String c = "//"; // waits: "the CANCEL request MUST NOT be sent" (RFC 3261 section 9.2)
          /* RFC 3261 section 9.2 says "a stateful proxy MAY generate CANCEL requests". */
        }
        """;
    List<String> problems = problems(source);
    assertEquals(4, problems.size(), String.join("\n", problems));
    assertTrue(problems.get(0).startsWith("2: not the words of RFC 3261"),
        String.join("\n", problems));
    assertTrue(problems.get(1).startsWith("6: not the words of RFC 3261"), problems.get(1));
    assertTrue(problems.get(2).startsWith("10: in RFC 3261 section [9.1], not section 9.2"),
        problems.get(2));
    assertTrue(problems.get(3).startsWith("11: not the words of RFC 3261"), problems.get(3));
  }

  @Test
  @DisplayName("a faithful quote over Javadoc lines with code and a link, one cited at the end"
      + " and one with left-out words pass; code, ABNF, strings and siplab's words are left be")
  void faithfulQuotesPassAndCodeIsLeftBe() {
    String source = """
        /**
         * Section 8.1.1.7: the branch "MUST always begin with the characters
         * {@code "z9hG4bK"}", and the {@link Via} "[t]he branch parameter value MUST be unique
         * across space and time for all requests sent by the UA".
         *
         * <pre>
         * "this is code, not a quote of section 9.1"
         * </pre>
         *
         * <p>{@code via-branch = "branch" EQUAL token} (25.1)
         */
        class A {
          String s = "/* Section 9.1: \\"not a comment at all, nor a quote\\" */";
          // The UAC "MUST wait for the arrival of a provisional response before sending the
          // request" ... "If the original request has generated a final response, the CANCEL
          // SHOULD NOT be sent" (9.1).
          int b;
          // The trace calls it "the give up timer of the CANCEL".
          int a;
        }
        """;
    assertEquals(List.of(), problems(source));
    assertEquals(4, lookedUp(source).size(), lookedUp(source).toString());
  }

  @Test
  @DisplayName("a rule in capitals that no mention attributes is looked up in every RFC here, and"
      + " one that none of them has is found")
  void unattributedRulesAreLookedUp() {
    String source = """
        class A {
          // Step 1: "The proxy starts with a copy of the received request" and "MUST NOT add to,
          // modify, or remove the message body".
          int a;
          // Step 2: "The proxy MUST NOT ever change the message body of the copy".
          int b;
        }
        """;
    List<String> problems = problems(source);
    assertEquals(1, problems.size(), String.join("\n", problems));
    assertTrue(problems.get(0).startsWith("5: not the words of any RFC here"), problems.get(0));
    assertEquals(2, lookedUp(source).size());
  }

  @Test
  @DisplayName("a quote of an RFC whose text is not here is reported as unverifiable by its words")
  void quotesOfMissingRfcsAreUnverifiable() {
    String source = """
        class A {
          // RFC 6026 section 7.1: "the transaction layer MUST NOT consider it a retransmission"
          // RFC 3261 section 9.1: "the CANCEL request MUST NOT be sent"
          int a;
        }
        """;
    assertEquals(List.of("RFC 6026: \"the transaction layer MUST NOT consider\""),
        unverifiable(source));
  }

  private static String read(String file) throws IOException {
    return Files.readString(SOURCES.resolve(file), StandardCharsets.UTF_8);
  }

  /** The quotes of {@code source}'s comments, each with the line each of its characters is on. */
  private static List<Located> quotes(String source) {
    List<Located> quotes = new ArrayList<>();
    for (JavaStrings.Text comment : JavaComments.comments(source)) {
      String text = withoutAbnf(comment.text());
      for (Quote quote : RfcQuotationsTest.quotes(text, Attribution.SOURCE)) {
        quotes.add(new Located(comment.lines()[quote.offset()], quote));
      }
    }
    quotes.sort(java.util.Comparator.comparingInt(Located::line));
    return quotes;
  }

  /** A comment with its ABNF lines blank, offsets kept. */
  private static String withoutAbnf(String comment) {
    return ABNF.matcher(comment).replaceAll(m -> " ".repeat(m.group().length()));
  }

  /** Each quote of {@code source}'s comments that is not its RFC's words: "line: what". */
  static List<String> problems(String source) {
    List<String> problems = new ArrayList<>();
    for (Located located : quotes(source)) {
      String problem = normative(located.quote())
          ? (anyRfc(located.quote()) ? null : "not the words of any RFC here (RFC "
              + String.join(", ", RfcQuotationsTest.rfcs()) + ")")
          : RfcQuotationsTest.check(located.quote());
      if (problem != null) {
        problems.add(located.line() + ": " + problem + ": \""
            + RfcQuotationsTest.fold(located.quote().words()) + "\"");
      }
    }
    return problems;
  }

  /** The quotes of {@code source}'s comments that are looked up in an RFC. */
  static List<Quote> lookedUp(String source) {
    return quotes(source).stream().map(Located::quote)
        .filter(q -> RfcQuotationsTest.looksUp(q) || normative(q)).toList();
  }

  /**
   * Whether {@code quote} is one no mention attributes to an RFC that reads as an RFC's rule: four
   * words or more, one of them a requirement keyword of RFC 2119 in capitals.
   */
  static boolean normative(Quote quote) {
    String words = OMISSION.matcher(quote.words()).replaceAll(" ").trim();
    return quote.cite().other() && words.split("\\s+").length >= 4
        && KEYWORD.matcher(words).find();
  }

  /** Whether {@code quote}'s words are in some section of one of the RFC texts here. */
  private static boolean anyRfc(Quote quote) {
    for (String rfc : RfcQuotationsTest.rfcs()) {
      Quote as = new Quote(quote.offset(), quote.words(),
          new RfcQuotationsTest.Cite(false, rfc, null));
      if (RfcQuotationsTest.check(as) == null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The quotes of an RFC whose text is not here, as {@code RFC n: "its first words"}: by their
   * words, not their line, so that an edit above one does not change the list.
   */
  static List<String> unverifiable(String source) {
    List<String> found = new ArrayList<>();
    for (Located located : quotes(source)) {
      if (RfcQuotationsTest.quotesAMissingRfc(located.quote())) {
        found.add("RFC " + located.quote().cite().rfc() + ": \""
            + firstWords(located.quote().words()) + "\"");
      }
    }
    return found;
  }

  /** The first six words of a quote, its whitespace folded. */
  private static String firstWords(String words) {
    String[] all = words.strip().split("\\s+");
    return String.join(" ", java.util.Arrays.asList(all).subList(0, Math.min(6, all.length)));
  }

  /** A quote and the source line it opens on. */
  private record Located(int line, Quote quote) {}
}
