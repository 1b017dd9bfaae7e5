package org.siplab.element.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("phones through the whole stack")
class FullStackTest {

  @Test
  @DisplayName("a clean day: register, call through two challenging proxies, hold, resume, INFO,"
      + " MESSAGE, hang up, unregister; the rule checker finds nothing above info")
  void cleanDay() {
    PhoneLab lab = new PhoneLab(2024);
    Map<String, String> passwords = Map.of("alice", "cleartext", "bob", "zanzibar");
    TestRegistrar registrar = lab.registrar("registrar", "192.0.2.5", "example.com", passwords,
        3600);
    lab.phone("alice", "192.0.2.101", Phones.alice().withProxies("proxy-1")
        .withRegistrar("registrar"));
    lab.phone("bob", "192.0.2.201", Phones.bob().withProxies("proxy-2")
        .withRegistrar("registrar").withAnswer(Phones.answering(1_500_000, 200)));
    lab.proxy("proxy-1", "192.0.2.10", "atlanta.example.com", passwords, true,
        registrar::lookup);
    lab.proxy("proxy-2", "192.0.2.20", "biloxi.example.com", passwords, true,
        registrar::lookup);
    lab.sim.serveDomain("atlanta.example.com", "proxy-1");
    lab.sim.serveDomain("biloxi.example.com", "proxy-2");
    Phone alice = Phones.phone(lab, "alice");
    Phone bob = Phones.phone(lab, "bob");
    lab.at(0, "alice", "register", alice::register);
    lab.at(0, "bob", "register", bob::register);
    lab.at(1_000_000, "alice", "call bob", () -> alice.call("bob"));
    lab.at(5_000_000, "alice", "hold", alice::hold);
    lab.at(6_000_000, "alice", "resume", alice::resume);
    lab.at(7_000_000, "alice", "INFO", alice::info);
    lab.at(7_500_000, "bob", "MESSAGE", () -> bob.message("alice", "see you"));
    lab.at(8_000_000, "bob", "hang up", bob::hangup);
    lab.at(9_000_000, "alice", "unregister", alice::unregister);
    lab.at(9_000_000, "bob", "unregister", bob::unregister);
    lab.runUntil(60_000_000);
    assertEquals(List.of(), lab.findings(), lab.dump());
    assertEquals(List.of("idle -> registered", "registered -> calling", "calling -> early",
        "early -> in-call", "in-call -> on-hold", "on-hold -> in-call", "in-call -> ended",
        "ended -> idle"), lab.states("alice"));
    assertEquals(List.of("idle -> registered", "registered -> ringing", "ringing -> answered",
        "answered -> in-call", "in-call -> on-hold", "on-hold -> in-call", "in-call -> ended",
        "ended -> idle"),
        lab.states("bob"));
    assertTrue(lab.notes("alice").contains("message: from " + Phones.BOB + ": \"see you\""),
        lab.notes("alice").toString());
    assertEquals(List.of("start", "hold", "resume", "end"), lab.media("alice").stream()
        .map(m -> m.substring(0, m.indexOf(' '))).toList());
  }
}
