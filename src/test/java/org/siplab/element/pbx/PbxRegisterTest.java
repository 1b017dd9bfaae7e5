package org.siplab.element.pbx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.trace.TraceEvent;

@DisplayName("the PBX as a registrar (chan_sip's register_verify, RFC 3665 flows 2.1 to 2.5)")
class PbxRegisterTest {

  @Test
  @DisplayName("REGISTER gets 100 Trying and a 401 with an MD5 challenge for realm asterisk;"
      + " with credentials, 100 Trying and 200 OK with the Contact and its expires")
  void registerWithChallenge() {
    PbxLab lab = new PbxLab();
    lab.step("bob", "register", () -> lab.bob.register(600, false), 1_000_000);
    assertEquals(List.of("bob>pbx REGISTER", "pbx>bob 100", "pbx>bob 401",
        "bob>pbx REGISTER", "pbx>bob 100", "pbx>bob 200"), lab.sends());
    String challenge = PbxLab.header(lab.send("pbx>bob 401").message(), "WWW-Authenticate");
    assertTrue(challenge.startsWith("Digest realm=\"asterisk\", nonce=\""), challenge);
    assertTrue(challenge.contains("algorithm=MD5") && challenge.contains("qop=\"auth\""),
        challenge);
    String ok = lab.send("pbx>bob 200").message();
    assertEquals("<sip:bob@192.0.2.2:5060>;expires=600", PbxLab.header(ok, "Contact"));
    TraceEvent.Binding added = lab.bindings().get(0);
    assertEquals(List.of("pbx", "sip:bob@pbx.example.com", "sip:bob@192.0.2.2:5060", "added"),
        List.of(added.element(), added.aor(), added.contact(), added.action()));
    assertEquals(added.timeUs() + 600_000_000, added.expiresUs());
    assertEquals(1, lab.pbx.locationService().lookup("sip:bob@pbx.example.com").size());
  }

  @Test
  @DisplayName("a wrong secret gets a second 401 and no binding (RFC 3665 flow 2.5)")
  void wrongSecret() {
    PbxLab lab = new PbxLab();
    lab.bob.password = "not-bobs";
    lab.step("bob", "register", () -> lab.bob.register(600, false), 1_000_000);
    assertEquals(List.of("bob>pbx REGISTER", "pbx>bob 100", "pbx>bob 401",
        "bob>pbx REGISTER", "pbx>bob 100", "pbx>bob 401"), lab.sends());
    assertTrue(lab.bindings().isEmpty());
    assertTrue(lab.notes("pbx").stream().anyMatch(n -> n.action().equals("check_auth")
        && n.detail().contains("wrong password")), lab.notes("pbx").toString());
  }

  @Test
  @DisplayName("a REGISTER asking for more than an hour is granted an hour, as RFC 3261 section"
      + " 10.3 step 7 lets a registrar shorten it, and one asking for none the default of 120 s")
  void grantedExpiry() {
    PbxLab lab = new PbxLab();
    lab.step("bob", "register", () -> lab.bob.register(86_400, false), 1_000_000);
    assertEquals("<sip:bob@192.0.2.2:5060>;expires=3600",
        PbxLab.header(lab.send("pbx>bob 200").message(), "Contact"));
    lab.step("alice", "register", () -> lab.alice.register(-1, false), 1_000_000);
    assertEquals("<sip:alice@192.0.2.1:5060>;expires=120",
        PbxLab.header(lab.send("pbx>alice 200").message(), "Contact"));
  }

  @Test
  @DisplayName("a registration not refreshed expires through the scheduled expire_register, and"
      + " a call to the account then gets 480, whose Warning does not say it never registered")
  void registrationExpires() {
    PbxLab lab = new PbxLab();
    lab.step("bob", "register", () -> lab.bob.register(60, false), 1_000_000);
    lab.registerAll(lab.alice);
    lab.runFor(60_000_000);
    TraceEvent.Binding expired = lab.bindings().stream()
        .filter(b -> b.action().equals("expired")).findFirst().orElseThrow();
    assertEquals("sip:bob@pbx.example.com", expired.aor());
    TraceEvent.Binding added = lab.bindings().get(0);
    assertEquals(added.timeUs() + 60_000_000, expired.timeUs(), "expires exactly 60 s later");
    assertTrue(lab.sim.trace().events().stream().anyMatch(e -> e instanceof TraceEvent.Timer t
        && t.element().equals("pbx") && t.timer().equals("registration expiry")
        && t.action().equals("fired")));
    assertTrue(lab.pbx.locationService().lookup("sip:bob@pbx.example.com").isEmpty());
    lab.step("alice", "call 100", () -> lab.alice.call("100"), 1_000_000);
    assertEquals(List.of("alice>pbx INVITE", "pbx>alice 480", "alice>pbx ACK"),
        lab.sendsFrom("alice>pbx INVITE"));
    String warning = PbxLab.header(lab.send("pbx>alice 480").message(), "Warning");
    assertTrue(warning.contains("expired"), warning);
    assertFalse(warning.contains("has not registered"), warning);
  }

  @Test
  @DisplayName("a refresh before expiry cancels the old expiry timer and sets a new one")
  void refreshReschedules() {
    PbxLab lab = new PbxLab();
    lab.step("bob", "register", () -> lab.bob.register(60, false), 30_000_000);
    lab.step("bob", "refresh", () -> lab.bob.register(60, true), 50_000_000);
    assertEquals(List.of("added", "refreshed"),
        lab.bindings().stream().map(TraceEvent.Binding::action).toList());
    assertTrue(lab.sim.trace().events().stream().anyMatch(e -> e instanceof TraceEvent.Timer t
        && t.timer().equals("registration expiry") && t.action().equals("cancelled")));
    assertEquals(1, lab.pbx.locationService().lookup("sip:bob@pbx.example.com").size(),
        "still bound 80 s after the first REGISTER");
  }

  @Test
  @DisplayName("with a fresh nonce the refresh needs no new challenge (flow 2.2), a REGISTER"
      + " without Contact lists the binding (2.3), and Contact: * with Expires: 0 removes it"
      + " (2.4)")
  void updateQueryAndRemove() {
    PbxLab lab = new PbxLab();
    lab.step("bob", "register", () -> lab.bob.register(600, false), 1_000_000);
    lab.step("bob", "update", () -> lab.bob.register(600, true), 1_000_000);
    lab.step("bob", "query", lab.bob::query, 1_000_000);
    TraceEvent.Send query = lab.sendEvents().get(lab.sendEvents().size() - 1);
    assertNotNull(PbxLab.header(query.message(), "Contact"), "the 200 lists the binding");
    lab.step("bob", "unregister", lab.bob::unregisterAll, 1_000_000);
    assertEquals(List.of("bob>pbx REGISTER", "pbx>bob 100", "pbx>bob 401",
        "bob>pbx REGISTER", "pbx>bob 100", "pbx>bob 200",
        "bob>pbx REGISTER", "pbx>bob 100", "pbx>bob 200",
        "bob>pbx REGISTER", "pbx>bob 100", "pbx>bob 200",
        "bob>pbx REGISTER", "pbx>bob 100", "pbx>bob 200"), lab.sends());
    assertEquals(List.of("added", "refreshed", "cleared"),
        lab.bindings().stream().map(TraceEvent.Binding::action).toList());
    assertEquals(null, PbxLab.header(lab.sendEvents().get(lab.sendEvents().size() - 1)
        .message(), "Contact"), "no binding left to list");
  }

  @Test
  @DisplayName("REGISTER for an unknown account gets 404, for a user account or a fixed host"
      + " 403, each with a Warning that says why and no challenge, where chan_sip 0.2.0 sent a"
      + " plain 401")
  void registerRefusals() {
    PbxLab.Setup setup = new PbxLab.Setup();
    setup.accounts.remove("carol");
    setup.extensions.remove("300");
    setup.account("bob", PbxConfig.AccountType.USER, java.util.Optional.empty());
    setup.account("alice", PbxConfig.AccountType.FRIEND,
        java.util.Optional.of(new org.siplab.sim.Endpoint("192.0.2.1", 5060)));
    PbxLab lab = new PbxLab(setup);
    lab.step("carol", "register", () -> lab.carol.register(600, false), 1_000_000);
    lab.step("bob", "register", () -> lab.bob.register(600, false), 1_000_000);
    lab.step("alice", "register", () -> lab.alice.register(600, false), 1_000_000);
    assertEquals(List.of("carol>pbx REGISTER", "pbx>carol 100", "pbx>carol 404",
        "bob>pbx REGISTER", "pbx>bob 100", "pbx>bob 403",
        "alice>pbx REGISTER", "pbx>alice 100", "pbx>alice 403"), lab.sends());
    assertTrue(PbxLab.header(lab.send("pbx>bob 403").message(), "Warning")
        .contains("account bob is a user"));
    for (String refusal : List.of("pbx>carol 404", "pbx>bob 403", "pbx>alice 403")) {
      assertEquals(null, PbxLab.header(lab.send(refusal).message(), "WWW-Authenticate"),
          refusal);
    }
    assertTrue(lab.bindings().isEmpty());
  }

  @Test
  @DisplayName("REGISTER for an account's name in another domain gets 404 without a challenge"
      + " (RFC 3261 section 10.3 step 5), and no binding is made for that address-of-record")
  void registerForAnotherDomain() {
    PbxLab lab = new PbxLab();
    lab.alice.domain = "elsewhere.example.org";
    lab.alice.registrarHost = PbxLab.DOMAIN;
    lab.step("alice", "register", () -> lab.alice.register(600, false), 1_000_000);
    assertEquals(List.of("alice>pbx REGISTER", "pbx>alice 100", "pbx>alice 404"), lab.sends());
    String refusal = lab.send("pbx>alice 404").message();
    assertNull(PbxLab.header(refusal, "WWW-Authenticate"));
    assertTrue(PbxLab.header(refusal, "Warning").contains("sip:alice@elsewhere.example.org"
        + " is not an address-of-record of pbx.example.com"), refusal);
    assertTrue(lab.bindings().isEmpty());
  }

  @Test
  @DisplayName("a Contact: * REGISTER with Expires other than 0 gets 400 even when its CSeq is"
      + " not above the binding's: RFC 3261 section 10.3 step 6 checks the \"*\" before the"
      + " Call-ID and CSeq, and the binding stays")
  void wildcardIsCheckedBeforeCseq() {
    PbxLab lab = new PbxLab();
    lab.step("bob", "register", () -> lab.bob.register(600, false), 1_000_000);
    lab.step("bob", "clear", () -> lab.bob.unregisterAll(600, true), 1_000_000);
    String cseq = PbxLab.header(lab.send("pbx>bob 200").message(), "CSeq");
    TraceEvent.Send clear = lab.sendEvents().get(lab.sendEvents().size() - 1);
    assertEquals("SIP/2.0 400 Bad Request", clear.firstLine(), lab.sends().toString());
    assertEquals(cseq, PbxLab.header(clear.message(), "CSeq"), "the binding's own CSeq again");
    // The codec finds the request invalid, so the PBX's transport answers 400 before
    // register_verify (and its CSeq check) could see it.
    assertTrue(PbxLab.header(clear.message(), "Warning").contains("10.3 step 6"),
        clear.message());
    assertEquals(List.of("added"),
        lab.bindings().stream().map(TraceEvent.Binding::action).toList());
  }

  @Test
  @DisplayName("a valid Contact: * REGISTER whose CSeq is not above the binding's fails (500),"
      + " and the binding stays (RFC 3261 section 10.3 step 6)")
  void validWildcardWithOldCseqFails() {
    PbxLab lab = new PbxLab();
    lab.step("bob", "register", () -> lab.bob.register(600, false), 1_000_000);
    lab.step("bob", "clear", () -> lab.bob.unregisterAll(0, true), 1_000_000);
    TraceEvent.Send clear = lab.sendEvents().get(lab.sendEvents().size() - 1);
    assertEquals("SIP/2.0 500 Server Internal Error", clear.firstLine(), lab.sends().toString());
    assertEquals(List.of("added"),
        lab.bindings().stream().map(TraceEvent.Binding::action).toList());
  }

  @Test
  @DisplayName("a REGISTER whose Request-URI names another domain gets 100 Trying and 404 with no"
      + " challenge, though its To is the PBX's: the PBX keeps no bindings for that domain and is"
      + " no proxy to forward it (RFC 3261 section 10.3 step 1)")
  void registerForAnotherRegistrar() {
    PbxLab lab = new PbxLab();
    lab.alice.registrarHost = "elsewhere.example.org";
    lab.step("alice", "register", () -> lab.alice.register(600, false), 1_000_000);
    assertEquals(List.of("alice>pbx REGISTER", "pbx>alice 100", "pbx>alice 404"), lab.sends());
    String refusal = lab.send("pbx>alice 404").message();
    assertNull(PbxLab.header(refusal, "WWW-Authenticate"));
    assertTrue(PbxLab.header(refusal, "Warning").contains("not of elsewhere.example.org"),
        refusal);
    assertTrue(lab.bindings().isEmpty());
  }

  @Test
  @DisplayName("a REGISTER whose Request-URI is the PBX's address rather than its domain is"
      + " taken, like one for the domain")
  void registerAtThePbxAddress() {
    PbxLab lab = new PbxLab();
    lab.bob.registrarHost = "192.0.2.20";
    lab.step("bob", "register", () -> lab.bob.register(600, false), 1_000_000);
    assertEquals(List.of("bob>pbx REGISTER", "pbx>bob 100", "pbx>bob 401",
        "bob>pbx REGISTER", "pbx>bob 100", "pbx>bob 200"), lab.sends());
    assertEquals(List.of("added"),
        lab.bindings().stream().map(TraceEvent.Binding::action).toList());
  }
}
