package org.siplab.element.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.codec.SipParser;
import org.siplab.message.SipRequest;
import org.siplab.scenario.run.RunResult;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.TraceEvent;

/**
 * OPTIONS and MESSAGE follow a 3xx as an INVITE does (RFC 3261 section 8.1.3.4): "clients SHOULD
 * use the URI(s) in the Contact header field to formulate one or more new requests based on the
 * redirected request".
 */
@DisplayName("a request other than INVITE that is redirected")
class RedirectedErrandsTest {

  private static final String HEAD = """
      seed: 1
      network:
        default: { delay: 10ms }
      elements:
        alice:    { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101 }
      """;

  private static final String ONE_CONTACT = HEAD + """
        redirect: { kind: redirect, domain: biloxi.example.com, address: 192.0.2.224,
                    contacts: { "sip:bob@biloxi.example.com": [ "sip:bob@chicago.example.com" ] } }
        bob:      { kind: phone, aor: "sip:bob@chicago.example.com", address: 192.0.2.201 }
      script:
        - { at: 1s, do: alice.message sip:bob@biloxi.example.com hello }
        - { at: 2s, do: alice.options sip:bob@biloxi.example.com }
      """;

  /** The first contact nobody serves, the second refuses (404), the third is Carol's phone. */
  private static final String THREE_CONTACTS = HEAD + """
        redirect: { kind: redirect, domain: biloxi.example.com, address: 192.0.2.50,
                    contacts: { "sip:bob@biloxi.example.com":
                                [ "sip:bob@192.0.2.77", "sip:dave@192.0.2.202",
                                  "sip:carol@192.0.2.202" ] } }
        carol:    { kind: phone, aor: "sip:carol@denver.example.com", address: 192.0.2.202 }
      script:
        - { at: 1s, do: alice.message sip:bob@biloxi.example.com hello }
      """;

  /** Two redirect servers that send each other's user back to the other. */
  private static final String LOOP = HEAD + """
        biloxi:   { kind: redirect, domain: biloxi.example.com, address: 192.0.2.50,
                    contacts: { "sip:bob@biloxi.example.com": [ "sip:bob@chicago.example.com" ] } }
        chicago:  { kind: redirect, domain: chicago.example.com, address: 192.0.2.60,
                    contacts: { "sip:bob@chicago.example.com": [ "sip:bob@biloxi.example.com" ] } }
      script:
        - { at: 1s, do: alice.message sip:bob@biloxi.example.com hello }
      """;

  @Test
  @DisplayName("is sent again to the Contact of the 302, in a new transaction with the next CSeq"
      + " and the same Call-ID, To and From")
  void aRedirectedMessageIsSentAgainToTheContact() {
    RunResult result = ScenarioRuns.run("redirect-message.yaml", ONE_CONTACT);
    List<SipRequest> sent = requests(result, "alice", "MESSAGE");
    assertEquals(2, sent.size(), sent.toString());
    SipRequest first = sent.get(0);
    SipRequest second = sent.get(1);
    assertEquals("sip:bob@chicago.example.com", second.requestUri().text());
    assertEquals(first.cseq().number() + 1, second.cseq().number());
    assertEquals(first.callId(), second.callId());
    assertEquals(first.from().tag(), second.from().tag());
    assertEquals(first.to().uri().text(), second.to().uri().text());
    assertNotEquals(first.vias().get(0).branch(), second.vias().get(0).branch());
    assertTrue(notes(result, "bob").contains("message: from sip:alice@atlanta.example.com:"
        + " \"hello\""), notes(result, "bob").toString());
    assertTrue(notes(result, "alice").contains("message: the MESSAGE to"
        + " sip:bob@biloxi.example.com got 200 OK"), notes(result, "alice").toString());
  }

  @Test
  @DisplayName("is an OPTIONS that learns the capabilities of the phone the 302 names")
  void aRedirectedOptionsReachesTheContact() {
    RunResult result = ScenarioRuns.run("redirect-options.yaml", ONE_CONTACT);
    List<SipRequest> sent = requests(result, "alice", "OPTIONS");
    assertEquals(List.of("sip:bob@biloxi.example.com", "sip:bob@chicago.example.com"),
        sent.stream().map(r -> r.requestUri().text()).toList());
    assertTrue(notes(result, "alice").stream().anyMatch(n -> n.startsWith("capabilities:")
        && n.contains("answered 200 OK")), notes(result, "alice").toString());
  }

  @Test
  @DisplayName("moves on past a contact nobody serves and one that refuses, as an INVITE does")
  void aRedirectedMessageMovesOnAfterAFailure() {
    RunResult result = ScenarioRuns.run("three-contacts.yaml", THREE_CONTACTS);
    assertEquals(List.of("sip:bob@biloxi.example.com", "sip:dave@192.0.2.202",
        "sip:carol@192.0.2.202"), requests(result, "alice", "MESSAGE").stream()
            .map(r -> r.requestUri().text()).toList());
    assertEquals(List.of(1L, 2L, 3L), requests(result, "alice", "MESSAGE").stream()
        .map(r -> r.cseq().number()).toList());
    assertTrue(notes(result, "alice").contains("message: the MESSAGE to"
        + " sip:bob@biloxi.example.com got 200 OK"), notes(result, "alice").toString());
  }

  @Test
  @DisplayName("between two redirect servers that name each other is sent to each URI once,"
      + " then ends with the last 302")
  void aRedirectLoopEnds() {
    RunResult result = ScenarioRuns.run("redirect-loop.yaml", LOOP);
    assertEquals(List.of("sip:bob@biloxi.example.com", "sip:bob@chicago.example.com"),
        requests(result, "alice", "MESSAGE").stream().map(r -> r.requestUri().text()).toList());
    assertTrue(notes(result, "alice").contains("message: the MESSAGE to"
        + " sip:bob@biloxi.example.com got 302 Moved Temporarily"),
        notes(result, "alice").toString());
  }

  /** The requests of {@code method} that {@code element} sent, retransmissions left out. */
  private static List<SipRequest> requests(RunResult result, String element, String method) {
    return result.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Send s && s.from().equals(element)
            && s.retransmittedBy() == null && s.firstLine().startsWith(method + " "))
        .map(e -> (SipRequest) SipParser.parse(((TraceEvent.Send) e).message()
            .getBytes(StandardCharsets.UTF_8)).orThrow())
        .toList();
  }

  private static List<String> notes(RunResult result, String element) {
    return result.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Action a && a.element().equals(element))
        .map(e -> (TraceEvent.Action) e).map(a -> a.action() + ": " + a.detail()).toList();
  }
}
