package org.siplab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.siplab.trace.TraceJson;

/** The trace files the command tests read are the RFC 3665 flows, as trace.json writes them. */
@DisplayName("the trace.json fixtures")
class FixturesTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2.5", "3.1", "3.2"})
  @DisplayName("each fixture is its published flow written by TraceJson, byte for byte")
  void fixtureIsTheFlow(String id) throws IOException {
    String expected = TraceJson.write(Rfc3665Flows.published(id).trace(), Map.of(), List.of());
    try (InputStream in = FixturesTest.class.getResourceAsStream(
        "/check/rfc3665-" + id + ".trace.json")) {
      assertEquals(expected, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
