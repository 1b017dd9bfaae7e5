package org.siplab.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/**
 * Quoted-strings as the printer writes them (RFC 3261 section 25.1):
 *
 * <pre>
 * quoted-string = SWS DQUOTE *(qdtext / quoted-pair ) DQUOTE
 * qdtext        = LWS / %x21 / %x23-5B / %x5D-7E / UTF8-NONASCII
 * quoted-pair   = "\" (%x00-09 / %x0B-0C / %x0E-7F)
 * </pre>
 */
@DisplayName("quoted-strings")
class QuotingTest {

  private static final long SEED = 0x5EED_0022L;

  /** The grammar above, for one printed string (no fold: the printer never writes one). */
  private static final Pattern QUOTED_STRING = Pattern.compile(
      "\"(?:[\\t \\x21\\x23-\\x5B\\x5D-\\x7E\\x{80}-\\x{10FFFF}]"
          + "|\\\\[\\x00-\\x09\\x0B\\x0C\\x0E-\\x7F])*\"");

  /** Any character but CR and LF, ASCII most of the time. */
  private static Gen<String> quotable() {
    Gen<Integer> ascii = integers().between(0, 0x7F);
    Gen<Integer> any = integers().between(0x80, 0xFFFF)
        .assuming(c -> !Character.isSurrogate((char) c.intValue()));
    Gen<Integer> chars = ascii.mix(any, 15).assuming(c -> c != '\r' && c != '\n');
    return lists().of(chars).ofSizeBetween(0, 30).map(list -> {
      StringBuilder sb = new StringBuilder();
      list.forEach(c -> sb.append((char) c.intValue()));
      return sb.toString();
    }).describedAs(QuotingTest::visible);
  }

  @Test
  @DisplayName("any value without CR or LF prints as a quoted-string of the grammar whose"
      + " quoted-pairs, resolved, give back the value")
  void everyValuePrintsAsAQuotedStringOfTheGrammar() {
    qt().withFixedSeed(SEED).withExamples(3000).forAll(quotable()).checkAssert(value -> {
      PrintSink out = new PrintSink(16);
      Quoting.appendQuoted(out, value);
      String printed = out.toString();
      assertTrue(QUOTED_STRING.matcher(printed).matches(), () -> visible(printed));
      assertEquals(value, unquote(printed));
    });
  }

  @Test
  @DisplayName("a value with no character outside qdtext prints as itself between quotes")
  void plainTextIsPrintedAsItIs() {
    PrintSink out = new PrintSink(16);
    Quoting.appendQuoted(out, "Zoë\tAlice ~!#$%&'()*+,-./:;<=>?@[]^_`{|}");
    assertEquals("\"Zoë\tAlice ~!#$%&'()*+,-./:;<=>?@[]^_`{|}\"", out.toString());
  }

  @Test
  @DisplayName("RFC 4475's intmeth display name prints its BEL, NUL and DEL as quoted-pairs, and"
      + " in quotes, since a control character is no token character")
  void controlCharactersInADisplayNameAreQuotedPairs() {
    NameAddress a = NameAddress.of("BEL:\u0007 NUL:\u0000 DEL:\u007F",
        new SipUri(false, "a", null, new HostPort("example.com", HostPort.NO_PORT),
            Parameters.NONE, Parameters.NONE));
    assertEquals("\"BEL:\\\u0007 NUL:\\\u0000 DEL:\\\u007F\" <sip:a@example.com>", a.text());
    assertTrue(!Quoting.isTokenSequence("a\u0007b"));
  }

  @ParameterizedTest(name = "value {index}")
  @ValueSource(strings = {"\r", "\n", "a\r\nb", "a\r\n b"})
  @DisplayName("a display name, quoted parameter value or warn-text holding CR or LF is refused"
      + " when the value is built, naming the rule")
  void crAndLfAreRefusedWhenBuilt(String text) {
    List<Function<String, Object>> builders = List.of(
        s -> NameAddress.of(s, new TelUri("+1", Parameters.NONE)),
        s -> Parameter.quoted("realm", s),
        s -> new Warning(399, "h", s));
    for (Function<String, Object> build : builders) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> build.apply(text));
      assertTrue(e.getMessage().contains("cannot hold CR or LF")
          && e.getMessage().contains("RFC 3261 section 25.1"), e::getMessage);
    }
    assertThrows(IllegalArgumentException.class,
        () -> Quoting.appendQuoted(new PrintSink(16), text));
  }

  /** The content of a printed quoted-string, quoted-pairs resolved. */
  private static String unquote(String printed) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i < printed.length() - 1; i++) {
      char c = printed.charAt(i);
      sb.append(c == '\\' ? printed.charAt(++i) : c);
    }
    return sb.toString();
  }

  private static String visible(String s) {
    StringBuilder sb = new StringBuilder();
    s.chars().forEach(c -> sb.append(c < 0x20 || c == 0x7F
        ? String.format("<%02X>", c) : (char) c));
    return sb.toString();
  }
}
