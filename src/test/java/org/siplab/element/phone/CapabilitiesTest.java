package org.siplab.element.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.codec.SipParser;
import org.siplab.codec.SipPrinter;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.message.Via;

@DisplayName("what a phone says it supports")
class CapabilitiesTest {

  @Test
  @DisplayName("the header fields of its answer to OPTIONS (section 11.2) read back equal to the"
      + " values it built them from, as any built message must")
  void advertisedFieldsReadBackEqual() {
    SipResponse built = Capabilities.advertise(SipResponse.builder(200)
        .header(HeaderName.VIA, Via.udp(new org.siplab.message.HostPort("192.0.2.1", 5060),
            "z9hG4bKcaps"))
        .header(HeaderName.FROM, NameAddress.of(SipUri.of("alice", "192.0.2.1")).withTag("a"))
        .header(HeaderName.TO, NameAddress.of(SipUri.of("bob", "192.0.2.2")).withTag("b"))
        .callId("caps@192.0.2.1")
        .cseq(1, Method.OPTIONS))
        .build();
    assertEquals(built, SipParser.parse(SipPrinter.print(built)).orThrow());
  }
}
