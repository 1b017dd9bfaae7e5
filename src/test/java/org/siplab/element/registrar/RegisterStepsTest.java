package org.siplab.element.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.siplab.codec.SipParser;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.Numeric;
import org.siplab.message.Parameter;
import org.siplab.message.Parameters;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.message.TelUri;
import org.siplab.message.Token;
import org.siplab.message.Wildcard;

/**
 * RFC 3261 section 10.3 steps 1 to 6, and what a registrar does with other methods. Most tests use
 * a registrar without users, which takes the From address as the sender (step 3 allows it), so
 * that the flows are one request and one answer.
 */
@DisplayName("a registrar's steps 1 to 6 (RFC 3261 section 10.3)")
class RegisterStepsTest {

  private static final long SECOND = 1_000_000;

  private final RegistrarLab lab = new RegistrarLab(RegistrarConfig.of(RegistrarLab.DOMAIN));
  private final RegisteringPhone bob = lab.phone("bob", "bob");

  /** Sends the REGISTER that {@code register} makes at time 0, as it is, and runs a second. */
  private SipResponse sendAsIs(Supplier<SipRequest.Builder> register) {
    lab.at(0, "bob", "send a REGISTER", () -> bob.sendAsIs(register.get().build()));
    lab.runUntil(SECOND);
    return lastResponse();
  }

  /** The last response the registrar sent, as bob received it. */
  private SipResponse lastResponse() {
    String text = lab.lastSent("SIP/2.0");
    return (SipResponse) SipParser.parse(text).message();
  }

  private static String warning(SipResponse response) {
    return response.warnings().get(0).text();
  }

  @Nested
  @DisplayName("step 1, the Request-URI")
  class Step1 {

    @Test
    @DisplayName("a REGISTER for a domain the registrar does not keep is answered 404")
    void otherDomain() {
      SipResponse response = sendAsIs(() -> bob.nextRegister(
          SipUri.of(null, "elsewhere.example.org")).header(HeaderName.CONTACT, bob.contact()));
      assertEquals(404, response.status());
      assertTrue(warning(response).contains("keeps the bindings of example.com, not of"
          + " elsewhere.example.org"), warning(response));
      assertTrue(lab.bindingChanges().isEmpty());
    }

    @Test
    @DisplayName("a Request-URI that is not a SIP URI is answered 416")
    void notSip() {
      SipResponse response = sendAsIs(() -> bob.nextRegister(new TelUri("+15551234567",
          Parameters.NONE)).header(HeaderName.CONTACT, bob.contact()));
      assertEquals(416, response.status());
    }

    @Test
    @DisplayName("a Request-URI naming the registrar's own address is accepted for its domain")
    void ownAddress() {
      SipResponse response = sendAsIs(() -> bob.nextRegister(SipUri.of(null, "192.0.2.10"))
          .header(HeaderName.CONTACT, bob.contact()));
      assertEquals(200, response.status());
      assertEquals(1, lab.registrar.lookup("sip:bob@example.com").size());
    }
  }

  @Test
  @DisplayName("step 2: a REGISTER that requires an extension is answered 420 listing it in"
      + " Unsupported")
  void step2Require() {
    SipResponse response = sendAsIs(() -> bob.nextRegister()
        .header(HeaderName.REQUIRE, List.of(new Token("gruu"), new Token("path")))
        .header(HeaderName.CONTACT, bob.contact()));
    assertEquals(420, response.status());
    assertEquals(List.of("gruu", "path"), response.unsupported());
    assertTrue(lab.bindingChanges().isEmpty());
  }

  @Nested
  @DisplayName("steps 3 to 5, who may register what")
  class Identity {

    @Test
    @DisplayName("step 4: an authenticated user registering someone else's AOR is answered 403")
    void forbiddenAor() {
      RegistrarLab withUsers = new RegistrarLab(RegistrarLab.withUsers());
      RegisteringPhone alice = withUsers.phone("alice", "alice");
      alice.registersFor = SipUri.of("bob", RegistrarLab.DOMAIN);
      withUsers.at(0, "alice", "register as bob", () -> alice.register(3600));
      withUsers.runUntil(SECOND);
      assertEquals(List.of("alice>registrar REGISTER", "registrar>alice 401",
          "alice>registrar REGISTER", "registrar>alice 403"), withUsers.sends());
      assertTrue(withUsers.lastSent("SIP/2.0 403").contains("user alice may not change the"
          + " bindings of sip:bob@example.com"), withUsers.lastSent("SIP/2.0 403"));
      assertTrue(withUsers.bindingChanges().isEmpty());
    }

    @Test
    @DisplayName("step 4: a permission lets one user register another AOR (third-party"
        + " registration)")
    void thirdParty() {
      RegistrarLab withUsers = new RegistrarLab(RegistrarLab.withUsers().withPermissions(
          Map.of("alice", List.of(SipUri.of("alice", RegistrarLab.DOMAIN),
              SipUri.of("sales", RegistrarLab.DOMAIN)))));
      RegisteringPhone alice = withUsers.phone("alice", "alice");
      alice.registersFor = SipUri.of("sales", RegistrarLab.DOMAIN);
      withUsers.at(0, "alice", "register as sales", () -> alice.register(3600));
      withUsers.runUntil(SECOND);
      assertEquals(List.of("alice>registrar REGISTER", "registrar>alice 401",
          "alice>registrar REGISTER", "registrar>alice 200"), withUsers.sends());
      assertEquals(1, withUsers.registrar.lookup("sip:sales@example.com").size());
      assertTrue(withUsers.registrar.knows("sip:sales@example.com"));
    }

    @Test
    @DisplayName("step 4 without users: the From address is the sender, who may register only"
        + " its own AOR")
    void fromIsTheIdentity() {
      bob.registersFor = SipUri.of("alice", RegistrarLab.DOMAIN);
      lab.at(0, "bob", "register as alice", () -> bob.register(3600));
      lab.runUntil(SECOND);
      assertEquals(List.of("bob>registrar REGISTER", "registrar>bob 403"), lab.sends());
    }

    @Test
    @DisplayName("step 5: a permitted AOR of another domain is answered 404")
    void foreignAor() {
      RegistrarLab withUsers = new RegistrarLab(RegistrarLab.withUsers().withPermissions(
          Map.of("alice", List.of(SipUri.of("alice", "elsewhere.example.org")))));
      RegisteringPhone alice = withUsers.phone("alice", "alice");
      alice.registersFor = SipUri.of("alice", "elsewhere.example.org");
      withUsers.at(0, "alice", "register elsewhere", () -> alice.register(3600));
      withUsers.runUntil(SECOND);
      assertEquals("registrar>alice 404", withUsers.sends().get(3));
      assertTrue(withUsers.lastSent("SIP/2.0 404").contains("sip:alice@elsewhere.example.org is"
          + " not an address-of-record of example.com"));
    }
  }

  @Nested
  @DisplayName("step 6, Contact: *")
  class Wildcards {

    @Test
    @DisplayName("Contact: * with an Expires other than 0 is answered 400")
    void wildcardNeedsExpiresZero() {
      SipResponse response = sendAsIs(() -> bob.nextRegister()
          .header(HeaderName.CONTACT, Wildcard.INSTANCE)
          .header(HeaderName.EXPIRES, new Numeric(3600)));
      assertEquals(400, response.status());
      // The registrar's transport refuses it before the registrar sees it: the parser reports it
      // as an error (section 10.3 step 6: "the request is invalid").
      assertTrue(warning(response).contains("allowed only with Expires: 0, and this REGISTER has"
          + " Expires: 3600"), warning(response));
    }

    @Test
    @DisplayName("Contact: * without an Expires header field is answered 400")
    void wildcardWithoutExpires() {
      SipResponse response = sendAsIs(() -> bob.nextRegister()
          .header(HeaderName.CONTACT, Wildcard.INSTANCE));
      assertEquals(400, response.status());
      assertTrue(warning(response).contains("no Expires header"), warning(response));
    }

    @Test
    @DisplayName("Contact: * next to another Contact is answered 400")
    void wildcardAlone() {
      SipResponse response = sendAsIs(() -> bob.nextRegister()
          .header(HeaderName.CONTACT, Wildcard.INSTANCE)
          .header(HeaderName.CONTACT, bob.contact())
          .header(HeaderName.EXPIRES, new Numeric(0)));
      assertEquals(400, response.status());
      assertTrue(warning(response).contains("must be the only Contact"));
    }

    @Test
    @DisplayName("Contact: * with Expires: 0 removes the bindings of every Call-ID")
    void wildcardRemovesAll() {
      RegisteringPhone desk = lab.phone("bob-desk", "bob");
      lab.at(0, "bob", "register", () -> bob.register(3600));
      lab.at(0, "bob-desk", "register", () -> desk.register(3600));
      lab.at(SECOND, "bob-desk", "remove all", desk::removeAll);
      lab.runUntil(2 * SECOND);
      assertEquals(List.of("added sip:bob@192.0.2.20:5060", "added sip:bob@192.0.2.21:5060",
          "cleared sip:bob@192.0.2.20:5060", "cleared sip:bob@192.0.2.21:5060"),
          lab.bindingChanges());
      assertEquals("200", desk.outcomes.get(1));
    }

    @Test
    @DisplayName("Contact: * whose CSeq is not higher than a binding's with the same Call-ID fails"
        + " with 500 and removes nothing")
    void wildcardOutOfOrder() {
      lab.at(0, "bob", "register", () -> bob.register(3600));
      lab.at(SECOND, "bob", "remove all with the same CSeq", () -> {
        bob.cseq(0);
        bob.removeAll();
      });
      lab.runUntil(2 * SECOND);
      assertEquals(List.of("200", "500"), bob.outcomes);
      assertTrue(warning(bob.last()).contains("CSeq 1 is not higher than CSeq 1"));
      assertTrue(warning(bob.last()).contains("step 6"));
      assertEquals(1, lab.registrar.lookup("sip:bob@example.com").size());
    }
  }

  @Test
  @DisplayName("a Record-Route in a REGISTER is ignored and never copied into the response")
  void recordRouteIgnored() {
    SipResponse response = sendAsIs(() -> bob.nextRegister()
        .header(HeaderName.RECORD_ROUTE, NameAddress.of(SipUri.of(null, "192.0.2.50")
            .withParameter(Parameter.flag("lr"))))
        .header(HeaderName.CONTACT, bob.contact()));
    assertEquals(200, response.status());
    assertTrue(response.recordRoutes().isEmpty());
  }

  @Test
  @DisplayName("a request other than REGISTER or OPTIONS is answered 405 with Allow: OPTIONS,"
      + " REGISTER")
  void onlyRegister() {
    lab.at(0, "bob", "send MESSAGE", () -> bob.sendAsIs(
        bob.newRequest(Method.MESSAGE, SipUri.of(null, RegistrarLab.DOMAIN)).build()));
    lab.runUntil(SECOND);
    assertEquals(List.of("bob>registrar MESSAGE", "registrar>bob 405"), lab.sends());
    assertEquals(List.of("OPTIONS", "REGISTER"), lastResponse().allow());
    String text = org.siplab.explain.Annotator.annotate(lab.sim.trace())
        .get(lab.sendEvents().get(1).seq());
    assertTrue(text.contains("a registrar accepts only REGISTER requests"), text);
  }

  @Test
  @DisplayName("an OPTIONS to the registrar's domain is answered 200 with its Allow and Supported"
      + " (RFC 3261 section 11: all UAs MUST support OPTIONS)")
  void optionsToTheDomain() {
    lab.at(0, "bob", "send OPTIONS", () -> bob.sendAsIs(
        bob.newRequest(Method.OPTIONS, SipUri.of(null, RegistrarLab.DOMAIN)).build()));
    lab.runUntil(SECOND);
    assertEquals(List.of("bob>registrar OPTIONS", "registrar>bob 200"), lab.sends());
    assertEquals(List.of("OPTIONS", "REGISTER"), lastResponse().allow());
    assertEquals(List.of(), lastResponse().supported());
    assertTrue(lastResponse().contacts().isEmpty());
    long ok = lab.sendEvents().get(1).seq();
    String text = org.siplab.explain.Annotator.annotate(lab.sim.trace()).get(ok);
    assertTrue(text.contains("the OPTIONS is addressed to the registrar itself"), text);
  }

  @Test
  @DisplayName("an OPTIONS to the registrar's own address is answered 200")
  void optionsToItsAddress() {
    lab.at(0, "bob", "send OPTIONS", () -> bob.sendAsIs(
        bob.newRequest(Method.OPTIONS, SipUri.of(null, "192.0.2.10")).build()));
    lab.runUntil(SECOND);
    assertEquals(List.of("bob>registrar OPTIONS", "registrar>bob 200"), lab.sends());
  }

  @Test
  @DisplayName("an OPTIONS for a user gets what an INVITE would, 405 with Allow: REGISTER"
      + " (RFC 3261 section 11.2)")
  void optionsForAUser() {
    lab.at(0, "bob", "send OPTIONS", () -> bob.sendAsIs(
        bob.newRequest(Method.OPTIONS, SipUri.of("alice", RegistrarLab.DOMAIN)).build()));
    lab.runUntil(SECOND);
    assertEquals(List.of("bob>registrar OPTIONS", "registrar>bob 405"), lab.sends());
    assertEquals(List.of("REGISTER"), lastResponse().allow());
  }
}
