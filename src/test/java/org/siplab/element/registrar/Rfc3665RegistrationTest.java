package org.siplab.element.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.message.AbsoluteUri;
import org.siplab.message.HeaderName;
import org.siplab.message.NameAddress;
import org.siplab.message.Parameter;
import org.siplab.message.SipResponse;
import org.siplab.sim.LinkProfile;
import org.siplab.trace.TraceEvent;

/**
 * RFC 3665 section 2 (registration) from the registrar's side, over UDP and sip: URIs instead of
 * TLS and sips: (the corpus NOTES allow the substitution). Bob is bob@example.com; the registrar
 * keeps example.com.
 */
@DisplayName("RFC 3665 section 2 flows at the registrar")
class Rfc3665RegistrationTest {

  private static final List<String> CHALLENGED_THEN_REGISTERED = List.of(
      "bob>registrar REGISTER", "registrar>bob 401", "bob>registrar REGISTER",
      "registrar>bob 200");

  private final RegistrarLab lab = new RegistrarLab(RegistrarLab.withUsers());
  private final RegisteringPhone bob = lab.phone("bob", "bob");

  /** RFC 3665 2.1, at time 0. */
  private void registerBob() {
    lab.at(0, "bob", "register", () -> bob.register(3600));
    lab.runUntil(1_000_000);
  }

  @Test
  @DisplayName("2.1: a new registration is challenged with 401, then the answer is accepted with"
      + " 200 listing the binding and its expires")
  void successfulNewRegistration() {
    registerBob();
    assertEquals(CHALLENGED_THEN_REGISTERED, lab.sends());
    String challenge = lab.lastSent("SIP/2.0 401");
    assertTrue(challenge.contains("WWW-Authenticate: Digest realm=\"example.com\", nonce=\""),
        challenge);
    assertTrue(challenge.contains("algorithm=MD5, qop=\"auth\""), challenge);
    SipResponse ok = bob.last();
    assertEquals(List.of(bob.contact().withParameter(
        Parameter.of("expires", "3600"))), ok.contacts());
    assertTrue(ok.has(HeaderName.DATE), "step 8: the 200 SHOULD carry a Date");
    assertTrue(ok.to().hasTag(), "section 8.2.6.2: the registrar tags the To");
    assertEquals(List.of("added sip:bob@192.0.2.20:5060"), lab.bindingChanges());
    assertEquals(1, lab.registrar.lookup("sip:bob@example.com").size());
    assertTrue(lab.notes("authenticates").get(0).startsWith("User \"bob\" proved knowledge of"
        + " the password for realm \"example.com\""), lab.notes("authenticates").toString());
  }

  @Test
  @DisplayName("2.2: an update with credentials for the known nonce is not challenged, and the 200"
      + " lists every binding, the mailto: one too")
  void updateOfContactList() {
    registerBob();
    lab.at(1_000_000, "bob", "add a mailto: contact", () -> bob.register("update",
        b -> b.header(HeaderName.CONTACT,
            NameAddress.of(new AbsoluteUri("mailto", "bob@example.com")))));
    lab.runUntil(2_000_000);
    assertEquals(List.of("bob>registrar REGISTER", "registrar>bob 200"),
        lab.sends().subList(4, 6));
    assertTrue(lab.lastSent("REGISTER").contains("nc=00000002"), "the nonce is used again");
    List<String> listed = bob.last().contacts().stream().map(NameAddress::toString).toList();
    assertEquals(List.of("<sip:bob@192.0.2.20:5060>;expires=3599",
        "<mailto:bob@example.com>;expires=3600"), listed);
  }

  @Test
  @DisplayName("2.3: a REGISTER without Contact is a query, answered 200 with the current list")
  void requestForCurrentContactList() {
    registerBob();
    lab.at(10_000_000, "bob", "query", bob::query);
    lab.runUntil(11_000_000);
    assertEquals(List.of("bob>registrar REGISTER", "registrar>bob 200"),
        lab.sends().subList(4, 6));
    assertEquals(List.of("<sip:bob@192.0.2.20:5060>;expires=3590"),
        bob.last().contacts().stream().map(NameAddress::toString).toList());
    assertEquals(List.of("added sip:bob@192.0.2.20:5060"), lab.bindingChanges(),
        "a query changes nothing");
  }

  @Test
  @DisplayName("2.4: Contact: * with Expires: 0 cancels every binding and the 200 lists none")
  void cancellationOfRegistration() {
    registerBob();
    lab.at(1_000_000, "bob", "cancel the registration", bob::removeAll);
    lab.runUntil(2_000_000);
    assertEquals(List.of("bob>registrar REGISTER", "registrar>bob 200"),
        lab.sends().subList(4, 6));
    assertTrue(bob.last().contacts().isEmpty());
    assertFalse(bob.last().hasWildcardContact());
    assertEquals(List.of("added sip:bob@192.0.2.20:5060", "cleared sip:bob@192.0.2.20:5060"),
        lab.bindingChanges());
    assertTrue(lab.registrar.lookup("sip:bob@example.com").isEmpty());
  }

  @Test
  @DisplayName("2.5: credentials made with a wrong password get a second 401, and nothing is bound")
  void unsuccessfulRegistration() {
    bob.password("not zanzibar");
    registerBob();
    assertEquals(List.of("bob>registrar REGISTER", "registrar>bob 401",
        "bob>registrar REGISTER", "registrar>bob 401"), lab.sends());
    assertTrue(lab.notes("challenges").get(1).contains("wrong password"),
        lab.notes("challenges").toString());
    assertTrue(lab.bindingChanges().isEmpty());
    assertTrue(lab.registrar.lookup("sip:bob@example.com").isEmpty());
  }

  @Test
  @DisplayName("2.1 to 2.4 run twice with the same seed give the same trace, event for event")
  void sameSeedSameTrace() {
    assertEquals(flows21to24(), flows21to24());
  }

  private static List<TraceEvent> flows21to24() {
    RegistrarLab lab = new RegistrarLab(RegistrarLab.withUsers(), 7,
        LinkProfile.ofDelay(10_000).withLossRatio(0.2));
    RegisteringPhone bob = lab.phone("bob", "bob");
    lab.at(0, "bob", "register", () -> bob.register(3600));
    lab.at(40_000_000, "bob", "query", bob::query);
    lab.at(80_000_000, "bob", "cancel", bob::removeAll);
    lab.runUntil(120_000_000);
    return lab.sim.trace().events();
  }
}
