package org.siplab.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.siplab.codec.SipParser;
import org.siplab.codec.SipPrinter;
import org.siplab.testkit.Draw;
import org.siplab.testkit.MessageGen;
import org.siplab.testkit.Relayout;

/**
 * Message equality is neither too strict (the same message however it was written or built is
 * equal, with the same hash code) nor too lenient (any one change to what it says makes it
 * unequal). The round-trip and layout properties of the codec rely on both halves.
 */
@DisplayName("message equality")
class MessageEqualityPropertyTest {

  private static final long SEED = 0x5EED_E0A1L;

  /** A generated message, a copy with one change, and the change in words. */
  record Changed(SipMessage original, SipMessage changed, String change) {}

  @Test
  @DisplayName("changing one header value, the start line or the body of any message, or adding or"
      + " removing one field, makes it unequal to the original")
  void anyOneChangeMakesItUnequal() {
    Gen<Changed> changes = in -> {
      Draw d = new Draw(in);
      SipMessage m = MessageGen.message(d);
      StringBuilder said = new StringBuilder();
      SipMessage changed = OneChange.of(m, d, said);
      return new Changed(m, changed, said.toString());
    };
    changes = changes.describedAs(c -> c.change() + " in\n" + c.original());
    qt().withFixedSeed(SEED).withExamples(3000).forAll(changes).checkAssert(c -> {
      assertNotEquals(c.original(), c.changed(), c.change());
      assertNotEquals(c.changed(), c.original(), c.change());
    });
  }

  @Test
  @DisplayName("a message equals, with the same hash code, its parsed printed form, a re-laid-out"
      + " copy and a copy with its comma-separated fields split one value a field")
  void equalMessagesHaveEqualHashCodes() {
    Gen<List<SipMessage>> copies = in -> {
      Draw d = new Draw(in);
      SipMessage m = MessageGen.message(d);
      byte[] printed = SipPrinter.print(m);
      return List.of(m, SipParser.parse(printed).message(),
          SipParser.parse(Relayout.relayout(printed, d)).message(), oneValueAField(m));
    };
    copies = copies.describedAs(c -> c.get(0).toString());
    qt().withFixedSeed(SEED).withExamples(2000).forAll(copies).checkAssert(c -> {
      SipMessage original = c.get(0);
      for (SipMessage copy : c.subList(1, c.size())) {
        assertEquals(original, copy);
        assertEquals(copy, original);
        assertEquals(original.hashCode(), copy.hashCode(), copy::toString);
      }
    });
  }

  /**
   * Section 7.3.1: {@code Via: a, b} is the same as a field {@code Via: a} and a field
   * {@code Via: b}.
   */
  private static SipMessage oneValueAField(SipMessage m) {
    List<HeaderField> split = new ArrayList<>();
    for (HeaderField f : m.headers()) {
      if (f.values().size() <= 1) {
        split.add(f);
      } else {
        for (HeaderValue v : f.values()) {
          split.add(new HeaderField(f.name(), f.headerName(), List.of(v)));
        }
      }
    }
    return m.withHeaders(split);
  }
}
