package org.siplab.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The codec registry")
class CodecRegistryTest {

  @Test
  @DisplayName(
      "the static payload types are PCMU 0, GSM 3, PCMA 8, G722 9 and G729 18 (RFC 3551 section 6)")
  void staticPayloadTypes() {
    assertEquals(Optional.of(CodecRegistry.PCMU), CodecRegistry.staticPayloadType("0"));
    assertEquals(Optional.of(CodecRegistry.GSM), CodecRegistry.staticPayloadType("3"));
    assertEquals(Optional.of(CodecRegistry.PCMA), CodecRegistry.staticPayloadType("8"));
    assertEquals(Optional.of(CodecRegistry.G722), CodecRegistry.staticPayloadType("9"));
    assertEquals(Optional.of(CodecRegistry.G729), CodecRegistry.staticPayloadType("18"));
    assertEquals(Optional.empty(), CodecRegistry.staticPayloadType("96"));
    assertEquals(Optional.of(18), CodecRegistry.staticPayloadTypeOf(CodecRegistry.G729));
  }

  @Test
  @DisplayName("G722 is registered with an 8000 clock rate though it samples at 16 kHz")
  void g722ClockRate() {
    assertEquals(8000, CodecRegistry.G722.clockRate());
  }

  @Test
  @DisplayName(
      "dynamic codecs are found by name with their clock rates: telephone-event/8000, opus/48000/2")
  void dynamicCodecs() {
    assertEquals(
        Optional.of(new Codec("telephone-event", 8000, 1)),
        CodecRegistry.byName("telephone-event"));
    assertEquals(Optional.of(new Codec("opus", 48000, 2)), CodecRegistry.byName("OPUS"));
    assertEquals(Optional.empty(), CodecRegistry.staticPayloadTypeOf(CodecRegistry.OPUS));
  }

  @Test
  @DisplayName(
      "encoding names match in any case even in a Turkish locale, where 'i' upper-cases to a dotted"
          + " I")
  void namesIgnoreCaseWithoutLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertTrue(new Codec("TELEPHONE-EVENT", 8000, 1).isTelephoneEvent());
      assertTrue(new Codec("ilbc", 8000, 1).sameAs(CodecRegistry.ILBC));
      assertEquals(Optional.of(CodecRegistry.ILBC), CodecRegistry.byName("ILBC"));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  @DisplayName("a codec is the same only with the same clock rate and channels")
  void sameAsNeedsRateAndChannels() {
    assertFalse(new Codec("opus", 48000, 1).sameAs(CodecRegistry.OPUS));
    assertFalse(new Codec("PCMU", 16000, 1).sameAs(CodecRegistry.PCMU));
    assertEquals(CodecRegistry.OPUS, Codec.of(new RtpMap(111, "opus", 48000, Optional.of("2"))));
  }
}
