package org.siplab.scenario.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The value types, each read through a real file: {@code network.default.KEY: VALUE}. */
@DisplayName("a value")
class ValuesTest {

  private static List<String> errorsOf(String key, String value) {
    return Scenarios.errors(Scenarios.BASE + "network: { default: { " + key + ": " + value
        + " } }\n");
  }

  private static String read(String key, String value) {
    LoadResult result = ScenarioLoader.load("t.yaml", Scenarios.BASE + "network: { default: { "
        + key + ": " + value + " } }\n");
    return result.errorReport() + result.scenario()
        .map(s -> key.equals("loss") ? String.valueOf(s.network().defaults().lossRatio())
            : s.network().defaults().delay().toString()).orElse("");
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "250us, 250us", "500ms, 500ms", "1.5s, 1.5s", "2m, 2m", "90s, 90s", "0, 0s", "'2 s', 2s",
    "0.001s, 1ms", "1h, 3600s"
  })
  @DisplayName("of a duration, in any unit")
  void durations(String written, String read) {
    assertEquals(read, read("delay", written));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"20%, 0.2", "0.2, 0.2", "12.5%, 0.125", "0, 0.0", "100%, 1.0", "1, 1.0"})
  @DisplayName("of a ratio, as a percentage or a fraction")
  void ratios(String written, String read) {
    assertEquals(read, read("loss", written));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "-5% | t.yaml:8:29: '-5%' is below 0; expected a ratio from 0% to 100% (or 0 to 1), such as"
        + " 20% or 0.2",
    "lots | t.yaml:8:29: 'lots' is not a ratio; expected a ratio from 0% to 100% (or 0 to 1),"
        + " such as 20% or 0.2"
  })
  @DisplayName("that is not a ratio")
  void badRatios(String written, String error) {
    assertEquals(List.of(error), errorsOf("loss", written));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "2h | t.yaml:8:30: '2h' is longer than 3600s, the longest this value may be; expected at"
        + " most 3600s",
    "soon | t.yaml:8:30: 'soon' is not a duration; expected one number and one unit, with no"
        + " space or one space between: 500ms, 1.5s, 20 ms; units: us, ms, s, m, h",
    "-20ms | t.yaml:8:30: '-20ms' is negative; expected a duration of 0s or more"
  })
  @DisplayName("that is not a duration a link can have")
  void badDurations(String written, String error) {
    assertEquals(List.of(error), errorsOf("delay", written));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', value = {
    "192.0.2.50 | 192.0.2.50:5060", "192.0.2.50:5080 | 192.0.2.50:5080",
    "2001:db8::50 | [2001:db8::50]:5060", "\"[2001:DB8::50]:5070\" | [2001:db8::50]:5070",
    "\"[::ffff:192.0.2.1]\" | [::ffff:192.0.2.1]:5060"
  })
  @DisplayName("of an address, IPv4 or IPv6, port 5060 unless given")
  void addresses(String written, String read) {
    String text = Scenarios.BASE.replace("192.0.2.11", written);
    assertEquals(read, ScenarioLoader.load("t.yaml", text).orThrow().element("registrar")
        .orElseThrow().address().toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "192.0.2 | '192.0.2' is not an IPv4 address: an IPv4 address has four numbers separated by"
        + " dots; expected four numbers from 0 to 255, such as 192.0.2.10",
    "192.0.2.011 | '192.0.2.011' is not an IPv4 address: 011 has a leading zero, which some"
        + " systems read as octal; expected four numbers from 0 to 255, such as 192.0.2.10",
    "192.0.2.1:0 | port 0 is below 1; expected a port from 1 to 65535",
    "\"[2001:db8::1\" | '[2001:db8::1' has no closing ']'; expected an IPv6 address in brackets,"
        + " such as \"[2001:db8::1]:5060\""
  })
  @DisplayName("that is not an address")
  void badAddresses(String written, String error) {
    List<String> errors = Scenarios.errors(Scenarios.BASE.replace("192.0.2.11", written));
    assertEquals(1, errors.size(), errors::toString);
    assertEquals(error, errors.get(0).substring(errors.get(0).indexOf(": ") + 2));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "INVITE | INVITE", "200 | 200", "200 INVITE | 200 INVITE", "200 to INVITE | 200 INVITE",
    "486 to BYE | 486 BYE"
  })
  @DisplayName("of a message pattern")
  void patterns(String written, String read) {
    String text = Scenarios.BASE + "network: { faults: [{ drop: \"" + written
        + "\", from: alice, to: proxy }] }\n";
    assertEquals(read, ScenarioLoader.load("t.yaml", text).orThrow().network().faults().get(0)
        .pattern().toString());
  }
  @org.junit.jupiter.api.Test
  @DisplayName("that goes into a header field (a display name, a realm) and holds a line break is"
      + " an error at the value, not a crash when the message is built")
  void lineBreakInAHeaderValue() {
    for (String[] edit : new String[][] {
        {"aor: sip:alice@example.com,", "aor: sip:alice@example.com, display-name: \"Al\\nice\","},
        {"proxy: { kind: proxy,",
            "proxy: { kind: proxy, auth: { realm: \"a\\rb\", users: { alice: pw } },"}}) {
      List<String> errors = Scenarios.errors(Scenarios.BASE.replace(edit[0], edit[1]));
      assertEquals(1, errors.size(), errors::toString);
      assertTrue(errors.get(0).matches("t\\.yaml:\\d+:\\d+: '.*' contains a line break; expected"
          + " one line of text, since it goes into a SIP header field"), errors.get(0));
    }
  }
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {
    "example .com", "example..com", "alice@example.com", "example.com:5060", "example.com\n"})
  @DisplayName("that is a domain but not a host name or address is an error at the value")
  void badDomains(String written) {
    List<String> errors = Scenarios.errors(Scenarios.BASE.replace("domain: example.com",
        "domain: \"" + written + "\""));
    assertEquals(1, errors.size(), errors::toString);
    assertTrue(errors.get(0).startsWith("t.yaml:2:"), errors.get(0));
    assertTrue(errors.get(0).endsWith("' is not a domain name, the host part of a SIP URI (RFC 3261"
        + " section 25.1, host); expected a domain name such as example.com"), errors.get(0));
  }
}
