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

@DisplayName("the presence bits behind the typed views")
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
          assertEquals(!scan(m, name).isEmpty() || hasEmptyField(m, name), m.has(name),
              name.canonical());
        }
      }
    });
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
