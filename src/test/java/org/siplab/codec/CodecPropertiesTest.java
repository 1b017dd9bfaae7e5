package org.siplab.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.siplab.message.SipMessage;
import org.siplab.testkit.Draw;
import org.siplab.testkit.MessageGen;
import org.siplab.testkit.Relayout;

/**
 * The codec's general rules, as properties over generated messages. Seeds are fixed so that a run
 * is repeatable; QuickTheories prints the falsifying example and its seed when one fails.
 */
@DisplayName("codec properties")
class CodecPropertiesTest {

  private static final long SEED = 20261126L;

  @Test
  @DisplayName("printing then parsing any generated message gives an equal, valid message")
  void printThenParseRoundTrips() {
    qt().withFixedSeed(SEED).withExamples(3000).forAll(MessageGen.messages()).checkAssert(m -> {
      byte[] wire = SipPrinter.print(m);
      ParseResult r = SipParser.parse(wire);
      assertTrue(r.isValid(), () -> r.errors() + "\n" + new String(wire, StandardCharsets.UTF_8));
      assertEquals(m, r.message(), () -> new String(wire, StandardCharsets.UTF_8));
      assertArrayEquals(wire, SipPrinter.print(r.message()), "printing is idempotent");
    });
  }

  @Test
  @DisplayName("the same message with compact names, folded lines or extra whitespace parses to"
      + " the same value")
  void layoutDoesNotChangeTheValue() {
    Gen<byte[][]> pairs = in -> {
      Draw d = new Draw(in);
      SipMessage m = MessageGen.message(d);
      byte[] canonical = SipPrinter.print(m);
      return new byte[][] {canonical, Relayout.relayout(canonical, d)};
    };
    pairs = pairs.describedAs(p -> new String(p[1], StandardCharsets.UTF_8));
    qt().withFixedSeed(SEED).withExamples(3000).forAll(pairs).checkAssert(pair -> {
      ParseResult original = SipParser.parse(pair[0]);
      ParseResult relaid = SipParser.parse(pair[1]);
      String shown = new String(pair[1], StandardCharsets.UTF_8);
      assertTrue(relaid.isValid(), () -> relaid.errors() + "\n" + shown);
      assertEquals(original.message(), relaid.message(), shown);
    });
  }

  @Test
  @DisplayName("any byte mutation or truncation of a valid message yields a valid message or"
      + " diagnostics, never an exception")
  void mutationsNeverThrow() {
    Gen<byte[]> mutants = in -> {
      Draw d = new Draw(in);
      byte[] wire = d.chance(30)
          ? d.pick(List.of(Corpus.bytes("rfc4475/wsinv.dat"), Corpus.bytes("rfc4475/intmeth.dat"),
              Corpus.bytes("rfc4475/esc01.dat"), Corpus.bytes("bench/invite-sdp.sip")))
          : SipPrinter.print(MessageGen.message(d));
      return Mutation.mutate(wire, d);
    };
    mutants = mutants.describedAs(b -> new String(b, StandardCharsets.ISO_8859_1));
    qt().withFixedSeed(SEED).withExamples(20000).forAll(mutants)
        .checkAssert(CodecPropertiesTest::validOrDiagnosed);
  }

  @Test
  @DisplayName("a generated message cut at every byte, or with any one byte replaced by a CR, LF,"
      + " NUL, space, colon, quote or a byte that is not UTF-8, yields a valid message or"
      + " diagnostics, never an exception")
  void everyTruncationAndEveryOneByteChangeIsDiagnosed() {
    byte[] swaps = {'\r', '\n', 0, ' ', ':', '"', (byte) 0xFF, (byte) 0xC3};
    Gen<byte[]> wires = in -> SipPrinter.print(MessageGen.message(new Draw(in)));
    wires = wires.describedAs(b -> new String(b, StandardCharsets.ISO_8859_1));
    qt().withFixedSeed(SEED).withExamples(40).forAll(wires).checkAssert(wire -> {
      for (int cut = 0; cut <= wire.length; cut++) {
        validOrDiagnosed(Arrays.copyOf(wire, cut));
      }
      for (int at = 0; at < wire.length; at++) {
        byte[] changed = wire.clone();
        changed[at] = swaps[at % swaps.length];
        validOrDiagnosed(changed);
      }
    });
  }

  @Test
  @DisplayName("spoiling the start line of any generated message loses nothing after it: the same"
      + " header fields are read, the start line's error comes first, and no message is made")
  void anUnreadableStartLineKeepsTheFields() {
    qt().withFixedSeed(SEED).withExamples(2000).forAll(MessageGen.messages()).checkAssert(m -> {
      String wire = new String(SipPrinter.print(m), StandardCharsets.UTF_8);
      int lineEnd = wire.indexOf("\r\n");
      // Text after the version (a request) or a fourth digit in the status code (a response).
      String spoiled = m.isRequest()
          ? wire.substring(0, lineEnd) + " extra" + wire.substring(lineEnd)
          : wire.substring(0, 11) + "0" + wire.substring(11);
      ParseResult r = SipParser.parse(spoiled);
      assertEquals(null, r.message(), spoiled);
      // The printed form, Content-Length included, is what both parses read.
      assertEquals(SipParser.parse(wire).message().headers(), r.headers(), spoiled);
      assertEquals(1, r.diagnostics().get(0).line(), spoiled);
      assertEquals(1, r.errors().size(), () -> r.errors() + "\n" + spoiled);
    });
  }

  /**
   * The invariant of any input: the parser answers (never throws), an invalid message says why,
   * and every diagnostic has a line and column from 1, an offset inside the datagram, a rule and
   * an RFC reference (the issue asks line, column and RFC for every problem).
   */
  private static void validOrDiagnosed(byte[] bytes) {
    ParseResult r;
    try {
      r = SipParser.parse(bytes);
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError("the parser threw on:\n"
          + new String(bytes, StandardCharsets.ISO_8859_1), e);
    }
    assertNotNull(r);
    if (!r.isValid()) {
      assertTrue(!r.errors().isEmpty(), "an invalid message always says why");
    }
    for (Diagnostic diag : r.diagnostics()) {
      assertTrue(diag.line() >= 1 && diag.column() >= 1, diag::toString);
      assertTrue(diag.offset() >= 0 && diag.offset() <= bytes.length, diag::toString);
      assertTrue(!diag.message().contains("internal error"), diag::toString);
      assertTrue(diag.rfc() != null && !diag.rfc().isBlank(), diag::toString);
      assertTrue(diag.rule() != null && !diag.rule().isBlank(), diag::toString);
    }
  }
}
