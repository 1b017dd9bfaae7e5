package org.siplab.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.message.HeaderField;
import org.siplab.message.HeaderName;

/**
 * How a field name is read (RFC 3261 section 7.3.1: names are case-insensitive; section 7.3.3:
 * compact forms): the field keeps the name as written, for the trace and the learner's view, and
 * stands for the known name whatever the spelling.
 */
@DisplayName("field names")
class FieldNameTest {

  private static final List<HeaderName> KNOWN = new ArrayList<>(HeaderName.known());

  @Test
  @DisplayName("any known name in any mix of cases, long or compact, is read as that name and kept"
      + " as written")
  void anySpellingOfAKnownNameIsThatName() {
    qt().withFixedSeed(20261126L).withExamples(2000)
        .forAll(integers().between(0, KNOWN.size() - 1), longs().all(), integers().between(0, 2))
        .checkAssert((index, caseBits, form) -> {
          HeaderName name = KNOWN.get(index);
          String spelling = form == 0 || name.compact() == 0
              ? name.canonical() : String.valueOf(name.compact());
          String written = form == 2 ? spelling : mixCase(spelling, caseBits);
          HeaderField field = onlyExtraField(written);
          assertEquals(name, field.headerName(), written);
          assertEquals(written, field.name(), "the name as written");
        });
  }

  @Test
  @DisplayName("an unknown name is its own name, compared without regard to case")
  void unknownNamesCompareIgnoringCase() {
    HeaderField upper = onlyExtraField("X-SIPLAB-TRACE");
    HeaderField lower = onlyExtraField("x-siplab-trace");
    assertEquals("X-SIPLAB-TRACE", upper.name());
    assertEquals("x-siplab-trace", lower.name());
    assertEquals(upper.headerName(), lower.headerName());
  }

  /**
   * The field named {@code name} in an otherwise fixed OPTIONS request (its value may not parse).
   */
  private static HeaderField onlyExtraField(String name) {
    String text = "OPTIONS sip:bob@example.com SIP/2.0\r\n"
        + "Call-ID: n1@example.com\r\n"
        + name + ": 1\r\n"
        + "\r\n";
    ParseResult r = SipParser.parse(text);
    assertNotNull(r.message(), () -> r.diagnostics().toString());
    return r.message().headers().get(1);
  }

  private static String mixCase(String s, long bits) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      String c = s.substring(i, i + 1);
      out.append(((bits >>> (i % 64)) & 1) == 0 ? c.toLowerCase(Locale.ROOT)
          : c.toUpperCase(Locale.ROOT));
    }
    return out.toString();
  }
}
