package org.siplab.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.codec.SipParser;
import org.siplab.codec.SipPrinter;
import org.siplab.testkit.MessageGen;

@DisplayName("the presence bits and the first-field index behind the typed views")
class PresenceBitsPropertyTest {

  private static final long SEED = 0x5EED_B175L;

  @Test
  @DisplayName("for any message, built or parsed, every known header name is present exactly when a"
      + " field has it, and its values are those a scan of the fields finds")
  void theShortcutAgreesWithAScanOfTheFields() {
    qt().withFixedSeed(SEED).withExamples(1000).forAll(MessageGen.messages()).checkAssert(built -> {
      SipMessage parsed = SipParser.parse(SipPrinter.print(built)).message();
      for (SipMessage m : List.of(built, parsed)) {
        for (HeaderName name : HeaderName.known()) {
          assertEquals(scan(m, name), m.values(name), name.canonical());
          assertEquals(scan(m, name), m.values(name, HeaderValue.class), name.canonical());
          assertEquals(scan(m, name).isEmpty() ? null : scan(m, name).get(0), m.first(name),
              name.canonical());
          assertEquals(!scan(m, name).isEmpty() || hasEmptyField(m, name), m.has(name),
              name.canonical());
        }
      }
    });
  }

  @Test
  @DisplayName("a header whose first field comes after the 127th, where the index cannot point,"
      + " is still found, as are the fields of a header that also comes before it")
  void fieldsBeyondTheIndexAreFound() {
    List<HeaderField> fields = new ArrayList<>();
    fields.add(HeaderField.of(HeaderName.WARNING, new Warning(399, "a.example", "first")));
    for (int i = 0; i < 150; i++) {
      fields.add(HeaderField.of(HeaderName.of("X-Filler"), new Text("f" + i)));
    }
    fields.add(HeaderField.of(HeaderName.CALL_ID, new Text("late@a.example")));
    fields.add(HeaderField.of(HeaderName.WARNING, new Warning(399, "a.example", "last")));
    SipMessage built = SipRequest.builder(Method.OPTIONS, SipUri.of("b", "b.example"))
        .fields(fields).build();
    SipMessage parsed = SipParser.parse(SipPrinter.print(built)).message();
    for (SipMessage m : List.of(built, parsed)) {
      assertEquals("late@a.example", m.callId());
      assertEquals(2, m.warnings().size());
      assertEquals(new Warning(399, "a.example", "last"), m.warnings().get(1));
      assertEquals(scan(m, HeaderName.CALL_ID), m.values(HeaderName.CALL_ID));
    }
  }

  private static List<HeaderValue> scan(SipMessage m, HeaderName name) {
    List<HeaderValue> out = new ArrayList<>();
    for (HeaderField f : m.headers()) {
      if (f.headerName().equals(name)) {
        out.addAll(f.values());
      }
    }
    return out;
  }

  private static boolean hasEmptyField(SipMessage m, HeaderName name) {
    return m.headers().stream().anyMatch(f -> f.headerName().equals(name) && f.values().isEmpty());
  }
}
