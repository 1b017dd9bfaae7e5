package org.siplab.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.siplab.message.HeaderName;

/**
 * The two exact lookups of a field name must agree: {@link KnownHeaderNames#exact} reads the
 * decoded text, {@link KnownHeaderNames#exactAscii} the datagram's bytes a word at a time.
 */
@DisplayName("looking up a field name in the datagram's bytes")
class KnownHeaderNamesPropertyTest {

  private static final List<String> SPELLINGS = new ArrayList<>();

  static {
    for (HeaderName n : HeaderName.known()) {
      SPELLINGS.add(n.canonical());
      if (n.compact() != 0) {
        SPELLINGS.add(String.valueOf(n.compact()));
      }
    }
  }

  /**
   * A name: a known spelling, or one with a byte changed (often to another case, which exact
   * lookup must not accept), cut short, or run on by a byte.
   */
  private static final Gen<String> NAMES = integers().between(0, SPELLINGS.size() - 1)
      .zip(integers().between(0, 4), integers().between(0, 1000), (index, how, any) -> {
        String s = SPELLINGS.get(index);
        int at = any % s.length();
        return switch (how) {
          case 0 -> s.substring(0, at) + (char) (s.charAt(at) ^ 0x20) + s.substring(at + 1);
          case 1 -> s.substring(0, at) + (char) ('!' + any % 90) + s.substring(at + 1);
          case 2 -> s.substring(0, Math.max(1, at));
          case 3 -> s + (char) ('a' + any % 26);
          default -> s;
        };
      });

  @Test
  @DisplayName("reading the bytes a word at a time finds exactly the name the text comparison"
      + " finds, wherever the name sits in the datagram, up to its last byte")
  void wordLookupAgreesWithTextLookup() {
    qt().withFixedSeed(0xC0FFEEL).withExamples(20_000)
        .forAll(NAMES, integers().between(0, 12), integers().between(0, 12))
        .checkAssert((name, before, after) -> {
          String datagram = "x".repeat(before) + name + ":".repeat(after);
          byte[] data = datagram.getBytes(StandardCharsets.US_ASCII);
          HeaderName expected = KnownHeaderNames.exact(datagram, before, before + name.length());
          assertEquals(expected, KnownHeaderNames.exactAscii(data, before, name.length()),
              () -> "'" + name + "' after " + before + " bytes, before " + after);
        });
  }
}
