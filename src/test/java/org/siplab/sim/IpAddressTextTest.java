package org.siplab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("IP address literals")
class IpAddressTextTest {

  @ParameterizedTest(name = "{0} is an IPv4 address: {1}")
  @DisplayName("an IPv4 address is four octets 0-255 without leading zeros")
  @CsvSource({
    "192.0.2.1, true", "0.0.0.0, true", "255.255.255.255, true", "10.0.0.10, true",
    "256.1.1.1, false", "01.2.3.4, false", "1.2.3, false", "1.2.3.4., false", ".1.2.3.4, false",
    "1.2.3.4.5, false", "1..2.3, false", "a.b.c.d, false", "1.2.3.1000, false", "'', false"
  })
  void ipv4(String text, boolean valid) {
    assertEquals(valid, IpAddressText.isIpv4(text));
  }
}
