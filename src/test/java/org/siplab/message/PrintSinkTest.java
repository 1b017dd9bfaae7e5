package org.siplab.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.siplab.codec.SipParser;
import org.siplab.codec.SipPrinter;

@DisplayName("the sink printing writes into")
class PrintSinkTest {

  private static final long SEED = 0x5EED_5124L;

  /** One append: a string (any UTF-16, unpaired surrogates too), a char, or a number. */
  private record Piece(String text, Character c, Long number) {
    void appendTo(PrintSink sink, StringBuilder expected) {
      if (text != null) {
        sink.append(text);
        expected.append(text);
      } else if (c != null) {
        sink.append(c.charValue());
        expected.append(c.charValue());
      } else {
        sink.append(number.longValue());
        expected.append(number.longValue());
      }
    }
  }

  private static Gen<Piece> pieces() {
    Gen<Piece> ascii = strings().ascii().ofLengthBetween(0, 20).map(s -> new Piece(s, null, null));
    Gen<Piece> any =
        strings().allPossible().ofLengthBetween(0, 8).map(s -> new Piece(s, null, null));
    Gen<Piece> chars =
        integers().between(0, 0xFFFF).map(i -> new Piece(null, (char) i.intValue(), null));
    Gen<Piece> numbers = longs().all().map(n -> new Piece(null, null, n));
    return ascii.mix(any, 40).mix(chars, 20).mix(numbers, 20);
  }

  @Test
  @DisplayName("any run of strings, chars and numbers comes out as the UTF-8 of the same text in a"
      + " StringBuilder, followed by the room asked for, whether or not the sink is reused")
  void bytesAreTheUtf8OfTheText() {
    PrintSink reused = new PrintSink(16);
    qt().withFixedSeed(SEED).withExamples(3000)
        .forAll(lists().of(pieces()).ofSizeBetween(0, 30), integers().between(0, 40))
        .checkAssert((run, extra) -> {
          PrintSink fresh = new PrintSink(16);
          reused.reset();
          StringBuilder expected = new StringBuilder();
          for (Piece p : run) {
            p.appendTo(fresh, new StringBuilder());
            p.appendTo(reused, expected);
          }
          byte[] utf8 = expected.toString().getBytes(StandardCharsets.UTF_8);
          byte[] want = Arrays.copyOf(utf8, utf8.length + extra);
          assertArrayEquals(want, fresh.toUtf8(extra));
          assertArrayEquals(want, reused.toUtf8(extra));
          assertEquals(expected.toString(), reused.toString());
          assertEquals(expected.length(), reused.length());
        });
  }

  @Test
  @DisplayName("numbers print as Long.toString does, the extremes included")
  void numbersPrintAsLongToString() {
    for (long n : List.of(0L, 7L, -7L, 10L, 99L, 100L, Long.MAX_VALUE, Long.MIN_VALUE,
        Long.MIN_VALUE + 1, (long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE)) {
      assertEquals(Long.toString(n), new PrintSink(1).append(n).toString());
    }
    assertEquals("-2147483648", new PrintSink(1).append(Integer.MIN_VALUE).toString());
  }

  @Test
  @DisplayName("a message with a Korean display name and an accented reason phrase prints as UTF-8"
      + " and reads back equal, and a huge message printed before it changes nothing")
  void nonAsciiMessagesPrintAsUtf8() {
    SipUri bob = SipUri.of("bob", "biloxi.example.com");
    SipResponse ok = SipResponse.builder(200, "Très bien")
        .header(HeaderName.VIA, Via.udp(new HostPort("192.0.2.1", 5060), "z9hG4bK1"))
        .header(HeaderName.FROM, NameAddress.of("홍길동 😀", bob).withTag("1"))
        .header(HeaderName.TO, NameAddress.of(bob).withTag("2"))
        .callId("c@h")
        .cseq(1, Method.OPTIONS)
        .build();
    SipResponse huge =
        ok.withBody(MediaType.TEXT_PLAIN, "x".repeat(40_000).getBytes(StandardCharsets.UTF_8));
    byte[] hugePrinted = SipPrinter.print(huge);
    assertEquals(huge, SipParser.parse(hugePrinted).orThrow());

    byte[] printed = SipPrinter.print(ok);
    String text = new String(printed, StandardCharsets.UTF_8);
    assertEquals(text.getBytes(StandardCharsets.UTF_8).length, printed.length);
    assertEquals("SIP/2.0 200 Très bien", text.substring(0, text.indexOf('\r')));
    assertEquals(true, text.contains("From: \"홍길동 😀\" <sip:bob@biloxi.example.com>;tag=1\r\n"),
        text);
    assertEquals(ok, SipParser.parse(printed).orThrow());
  }
}
