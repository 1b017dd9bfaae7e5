package org.siplab.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Scenario;

/**
 * A redirect server with a fixed contacts: table gets no "callee not registered" note: nothing
 * registers with it. What a student asks is why the call failed right after the 302, when the
 * table sends the caller where no element is.
 */
@DisplayName("a call that a redirect server's fixed contacts: table sends where no element is")
class DeadEndContactNoteTest {

  private static List<String> notes(String alice, String contact) {
    String text = """
        seed: 1
        network: { default: { delay: 10ms } }
        elements:
          alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101ALICE }
          proxy: { kind: proxy, domain: atlanta.example.com, address: 192.0.2.10 }
          redirect: { kind: redirect, domain: biloxi.example.com, address: 192.0.2.50,
                      contacts: { "sip:bob@biloxi.example.com": ["CONTACT"] } }
          bob: { kind: phone, aor: "sip:bob@chicago.example.com", address: 192.0.2.201 }
        script:
          - { at: 0s, do: alice.call sip:bob@biloxi.example.com }
        """.replace("ALICE", alice).replace("CONTACT", contact);
    Scenario scenario = ScenarioLoader.load("dead-end.yaml", text).orThrow();
    RunResult result = ScenarioRunner.run(scenario, scenario.seed());
    return result.notes().stream().map(n -> n.note(n.position())).toList();
  }

  @Test
  @DisplayName("is noted with the redirect server, the contact and where the phone of that user"
      + " listens")
  void aContactNoElementServesIsNoted() {
    assertEquals(List.of("the step at dead-end.yaml:10:5 (alice.call sip:bob@biloxi.example.com)"
        + " failed at 0.02s: redirect's 302 sent the call to sip:bob@192.0.2.202, from its"
        + " contacts: table, and no element serves that address; a fixed table is not updated"
        + " by any REGISTER, so write in it the address of an element; bob listens at"
        + " 192.0.2.201:5060"), notes("", "sip:bob@192.0.2.202"));
  }

  @Test
  @DisplayName("through an outbound proxy, whose 408 ends the call, is noted the same way")
  void aContactNoElementServesBehindAProxyIsNoted() {
    List<String> notes = notes(", proxy: proxy", "sip:bob@192.0.2.202");
    assertEquals(1, notes.size(), notes::toString);
    assertEquals(true, notes.get(0).contains("failed at 0.06s: redirect's 302 sent the call to"
        + " sip:bob@192.0.2.202"), notes.get(0));
  }

  @Test
  @DisplayName("that leads to the callee gets no note")
  void aContactThatLeadsToThePhoneGetsNoNote() {
    assertEquals(List.of(), notes("", "sip:bob@192.0.2.201"));
  }
}
