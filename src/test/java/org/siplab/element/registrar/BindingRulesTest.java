package org.siplab.element.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.siplab.element.LocationService.Binding;
import org.siplab.message.HeaderName;
import org.siplab.message.HostPort;
import org.siplab.message.NameAddress;
import org.siplab.message.Numeric;
import org.siplab.message.Parameter;
import org.siplab.message.Parameters;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.trace.TraceEvent;

/**
 * RFC 3261 section 10.3 steps 7 and 8: expiration intervals, adding, refreshing and removing
 * bindings, the CSeq order for one Call-ID, q-values, the 200's list, and expiry on the virtual
 * clock. The registrar has no users, so each REGISTER is answered at once.
 */
@DisplayName("a registrar's bindings (RFC 3261 section 10.3 steps 7 and 8)")
class BindingRulesTest {

  private static final long SECOND = 1_000_000;
  private static final String BOB = "sip:bob@example.com";
  private static final NameAddress HOME = NameAddress.of(SipUri.of("bob", "192.0.2.99", 5060));

  private RegistrarLab lab = new RegistrarLab(RegistrarConfig.of(RegistrarLab.DOMAIN));
  private RegisteringPhone bob = lab.phone("bob", "bob");

  private void use(RegistrarConfig config) {
    lab = new RegistrarLab(config);
    bob = lab.phone("bob", "bob");
  }

  private static List<String> listed(SipResponse response) {
    return response.contacts().stream().map(NameAddress::toString).toList();
  }

  private void registerAt(long timeUs, RegisteringPhone phone, RegisteringPhone.Fields fields) {
    lab.at(timeUs, phone.name(), "register", () -> phone.register("register", fields));
  }

  private static NameAddress expires(NameAddress contact, long seconds) {
    return contact.withParameter(Parameter.of("expires", Long.toString(seconds)));
  }

  @Nested
  @DisplayName("the expiration interval")
  class Intervals {

    @Test
    @DisplayName("a Contact's expires parameter wins over the Expires header field")
    void parameterFirst() {
      registerAt(0, bob, b -> b.header(HeaderName.CONTACT, expires(HOME, 120))
          .header(HeaderName.EXPIRES, new Numeric(600)));
      lab.runUntil(SECOND);
      assertEquals(List.of("<sip:bob@192.0.2.99:5060>;expires=120"), listed(bob.last()));
    }

    @Test
    @DisplayName("without an expires parameter the Expires header field is taken")
    void headerSecond() {
      registerAt(0, bob, b -> b.header(HeaderName.CONTACT, HOME)
          .header(HeaderName.EXPIRES, new Numeric(600)));
      lab.runUntil(SECOND);
      assertEquals(List.of("<sip:bob@192.0.2.99:5060>;expires=600"), listed(bob.last()));
    }

    @Test
    @DisplayName("with neither, the registrar's default of an hour is taken")
    void defaultLast() {
      registerAt(0, bob, b -> b.header(HeaderName.CONTACT, HOME));
      lab.runUntil(SECOND);
      assertEquals(List.of("<sip:bob@192.0.2.99:5060>;expires=3600"), listed(bob.last()));
    }

    @Test
    @DisplayName("an interval below the minimum is answered 423 with Min-Expires, and nothing is"
        + " bound")
    void tooBrief() {
      registerAt(0, bob, b -> b.header(HeaderName.CONTACT, HOME)
          .header(HeaderName.EXPIRES, new Numeric(30)));
      lab.runUntil(SECOND);
      assertEquals(List.of("bob>registrar REGISTER", "registrar>bob 423"), lab.sends());
      assertEquals(60, bob.last().minExpires());
      assertTrue(lab.bindingChanges().isEmpty());
    }

    @Test
    @DisplayName("an interval of an hour or more is never refused as too brief, even below the"
        + " minimum")
    void hourIsNeverTooBrief() {
      use(RegistrarConfig.of(RegistrarLab.DOMAIN).withMinExpiresUs(7200 * SECOND));
      registerAt(0, bob, b -> b.header(HeaderName.CONTACT, expires(HOME, 3600)));
      lab.runUntil(SECOND);
      assertEquals(List.of("<sip:bob@192.0.2.99:5060>;expires=3600"), listed(bob.last()));
    }

    @Test
    @DisplayName("an interval above the maximum is shortened to it")
    void shortenedToMaximum() {
      use(RegistrarConfig.of(RegistrarLab.DOMAIN).withMaxExpiresUs(600 * SECOND));
      registerAt(0, bob, b -> b.header(HeaderName.CONTACT, expires(HOME, 86400)));
      lab.runUntil(SECOND);
      assertEquals(List.of("<sip:bob@192.0.2.99:5060>;expires=600"), listed(bob.last()));
    }
  }

  @Nested
  @DisplayName("adding, refreshing and removing")
  class Changes {

    @Test
    @DisplayName("a REGISTER with the same Call-ID and a higher CSeq refreshes the binding")
    void refresh() {
      registerAt(0, bob, b -> b.header(HeaderName.CONTACT, expires(HOME, 600)));
      registerAt(100 * SECOND, bob, b -> b.header(HeaderName.CONTACT, expires(HOME, 600)));
      lab.runUntil(101 * SECOND);
      assertEquals(List.of("added sip:bob@192.0.2.99:5060", "refreshed sip:bob@192.0.2.99:5060"),
          lab.bindingChanges());
      Binding b = lab.registrar.lookup(BOB).get(0);
      assertEquals(2, b.cseq(), "each binding records the CSeq of the request");
      assertEquals(700 * SECOND + 10_000, b.expiresAtUs());
    }

    @Test
    @DisplayName("a REGISTER from another Call-ID updates the binding whatever its CSeq")
    void otherCallIdUpdates() {
      RegisteringPhone other = lab.phone("other", "bob");
      other.cseq(0);
      registerAt(0, bob, b -> b.header(HeaderName.CONTACT, HOME));
      lab.at(0, "bob", "raise bob's CSeq", () -> bob.cseq(40));
      registerAt(SECOND, bob, b -> b.header(HeaderName.CONTACT, HOME));
      registerAt(2 * SECOND, other, b -> b.header(HeaderName.CONTACT, expires(HOME, 120)));
      lab.runUntil(3 * SECOND);
      assertEquals(List.of("200"), other.outcomes);
      Binding b = lab.registrar.lookup(BOB).get(0);
      assertEquals(other.callId(), b.callId());
      assertEquals(1, b.cseq());
    }

    @Test
    @DisplayName("expires=0 removes that one binding and keeps the others")
    void removeOne() {
      NameAddress office = NameAddress.of(SipUri.of("bob", "192.0.2.98", 5060));
      registerAt(0, bob, b -> b.header(HeaderName.CONTACT, List.of(HOME, office)));
      registerAt(SECOND, bob, b -> b.header(HeaderName.CONTACT, expires(HOME, 0)));
      lab.runUntil(2 * SECOND);
      assertEquals(List.of("<sip:bob@192.0.2.98:5060>;expires=3599"), listed(bob.last()));
      assertEquals("removed sip:bob@192.0.2.99:5060", lab.bindingChanges().get(2));
    }

    @Test
    @DisplayName("a contact URI that differs only in case of the host and in the order of its"
        + " parameters is the same binding (section 19.1.4)")
    void uriComparison() {
      NameAddress spelled = NameAddress.of(new SipUri(false, "bob",
          null, new HostPort("192.0.2.99", 5060),
          Parameters.of(Parameter.of("transport", "udp"),
              Parameter.of("x", "1")), Parameters.NONE));
      NameAddress respelled = NameAddress.of(new SipUri(false, "bob",
          null, new HostPort("192.0.2.99", 5060),
          Parameters.of(Parameter.of("x", "1"),
              Parameter.of("transport", "UDP")), Parameters.NONE));
      registerAt(0, bob, b -> b.header(HeaderName.CONTACT, spelled));
      registerAt(SECOND, bob, b -> b.header(HeaderName.CONTACT, respelled));
      lab.runUntil(2 * SECOND);
      assertEquals(1, lab.registrar.lookup(BOB).size());
      assertTrue(lab.bindingChanges().get(1).startsWith("refreshed"));
    }
  }

  @Nested
  @DisplayName("the CSeq order for one Call-ID")
  class CseqOrder {

    @Test
    @DisplayName("a REGISTER whose CSeq is not higher than the binding's is answered 500 with a"
        + " Warning that explains it, and the binding is kept")
    void outOfOrderIs500() {
      registerAt(0, bob, b -> b.header(HeaderName.CONTACT, expires(HOME, 600)));
      lab.at(SECOND, "bob", "go back to CSeq 1", () -> bob.cseq(0));
      registerAt(SECOND, bob, b -> b.header(HeaderName.CONTACT, expires(HOME, 0)));
      lab.runUntil(2 * SECOND);
      assertEquals(List.of("200", "500"), bob.outcomes);
      String warning = bob.last().warnings().get(0).text();
      assertTrue(warning.contains("CSeq 1 is not higher than CSeq 1 stored for the binding of"
          + " sip:bob@192.0.2.99:5060 with the same Call-ID"), warning);
      assertTrue(warning.contains("RFC 3261 section 10.3 step 7"), warning);
      assertEquals(1, lab.registrar.lookup(BOB).size());
    }

    @Test
    @DisplayName("a REGISTER is atomic: when one contact fails, the others are not added either")
    void atomic() {
      NameAddress office = NameAddress.of(SipUri.of("bob", "192.0.2.98", 5060));
      registerAt(0, bob, b -> b.header(HeaderName.CONTACT, HOME));
      lab.at(SECOND, "bob", "go back to CSeq 1", () -> bob.cseq(0));
      registerAt(SECOND, bob, b -> b.header(HeaderName.CONTACT, List.of(office, HOME)));
      lab.runUntil(2 * SECOND);
      assertEquals(List.of("200", "500"), bob.outcomes);
      assertEquals(List.of("added sip:bob@192.0.2.99:5060"), lab.bindingChanges());
    }
  }

  @Test
  @DisplayName("bindings are listed and looked up highest q first, ties in registration order,"
      + " each keeping its q")
  void qOrder() {
    NameAddress low = NameAddress.of(SipUri.of("bob", "192.0.2.97", 5060))
        .withParameter(Parameter.of("q", "0.1"));
    NameAddress plain = NameAddress.of(SipUri.of("bob", "192.0.2.98", 5060));
    NameAddress high = HOME.withParameter(Parameter.of("q", "0.9"));
    NameAddress alsoHigh = NameAddress.of(SipUri.of("bob", "192.0.2.96", 5060))
        .withParameter(Parameter.of("q", "0.9"));
    registerAt(0, bob, b -> b.header(HeaderName.CONTACT, List.of(low, high, plain, alsoHigh)));
    lab.runUntil(SECOND);
    assertEquals(List.of("<sip:bob@192.0.2.98:5060>;expires=3600",
        "<sip:bob@192.0.2.99:5060>;q=0.9;expires=3600",
        "<sip:bob@192.0.2.96:5060>;q=0.9;expires=3600",
        "<sip:bob@192.0.2.97:5060>;q=0.1;expires=3600"), listed(bob.last()));
    assertEquals(List.of(1.0, 0.9, 0.9, 0.1),
        lab.registrar.lookup(BOB).stream().map(Binding::q).toList());
  }

  @Test
  @DisplayName("the 200 lists every binding of the AOR, other phones' too, and a Date taken from"
      + " virtual time")
  void okListsAll() {
    RegisteringPhone desk = lab.phone("bob-desk", "bob");
    lab.at(0, "bob", "register", () -> bob.register(3600));
    lab.at(10 * SECOND, "bob-desk", "register", () -> desk.register(1800));
    lab.runUntil(11 * SECOND);
    assertEquals(List.of("<sip:bob@192.0.2.20:5060>;expires=3590",
        "<sip:bob@192.0.2.21:5060>;expires=1800"), listed(desk.last()));
    assertEquals(Instant.parse("2010-11-13T23:29:10Z"), desk.last().date().instant());
  }

  @Test
  @DisplayName("a binding vanishes at its expiry instant, and the trace says it expired")
  void expiry() {
    registerAt(0, bob, b -> b.header(HeaderName.CONTACT, expires(HOME, 60)));
    long expiresAt = 60 * SECOND + 10_000;
    List<Integer> seen = new ArrayList<>();
    lab.at(expiresAt - 1, "registrar", "look up", () -> seen.add(lab.registrar.lookup(BOB).size()));
    lab.at(expiresAt, "registrar", "look up", () -> seen.add(lab.registrar.lookup(BOB).size()));
    lab.runUntil(61 * SECOND);
    assertEquals(List.of(1, 0), seen);
    TraceEvent.Binding expired = lab.events(TraceEvent.Binding.class).get(1);
    assertEquals("expired", expired.action());
    assertEquals(expiresAt, expired.timeUs());
    assertTrue(lab.registrar.bindings().isEmpty());
    assertTrue(lab.registrar.knows(BOB), "the AOR stays known after its last binding expired");
  }
}
