package org.siplab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the wording of registration: REGISTER, challenges, bindings (RFC 3261 10, 22)")
class RegistrationWordingTest {

  private static final String CONTACT = "Contact: <sip:alice@192.0.2.1:5060>";
  private static final String AOR = "sip:alice@atlanta.example.com";

  private static String register(String branch, String cseq, String... more) {
    return Sip.msg(Sip.concat(new String[] {
        "REGISTER sip:atlanta.example.com SIP/2.0",
        "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=" + branch,
        "Max-Forwards: 70",
        "From: <sip:alice@atlanta.example.com>;tag=r1",
        "To: <sip:alice@atlanta.example.com>",
        "Call-ID: reg-1@192.0.2.1",
        "CSeq: " + cseq}, more));
  }

  private static String answer(String status, String branch, String cseq, String... more) {
    return Sip.msg(Sip.concat(new String[] {
        "SIP/2.0 " + status,
        "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=" + branch,
        "From: <sip:alice@atlanta.example.com>;tag=r1",
        "To: <sip:alice@atlanta.example.com>;tag=s1",
        "Call-ID: reg-1@192.0.2.1",
        "CSeq: " + cseq}, more));
  }

  private static TraceBuilder lab() {
    return new TraceBuilder().element("alice", "phone", "192.0.2.1:5060")
        .element("registrar", "registrar", "192.0.2.5:5060")
        .element("pbx", "pbx", "192.0.2.6:5060");
  }

  @Test
  @DisplayName("a registrar challenges a REGISTER without credentials with 401 (22.2)")
  void challenge() {
    TraceBuilder b = lab();
    long start = b.script(0, "alice", "register");
    long sent = b.send(0, start, "alice", "registrar", register("z9hG4bKr1", "1 REGISTER",
        CONTACT, "Expires: 3600"), "z9hG4bKr1/REGISTER", null);
    long arrived = b.deliver(10_000, sent);
    long challenge = b.send(10_000, arrived, "registrar", "alice", answer("401 Unauthorized",
        "z9hG4bKr1", "1 REGISTER", "WWW-Authenticate: Digest realm=\"atlanta.example.com\","
            + " nonce=\"ea9c8e88df84f1cec4341ae6cbe5a359\", algorithm=MD5"),
        "z9hG4bKr1/REGISTER", null);
    Map<Long, String> text = Annotator.annotate(b.trace());
    assertEquals("registrar challenges the REGISTER delivered at seq 3 with 401 Unauthorized: the"
        + " REGISTER carried no Authorization header; WWW-Authenticate gives the nonce to answer"
        + " (RFC 3261 22.2).", text.get(challenge));
    assertEquals("alice sends REGISTER to registrar, on script step seq 1 (\"register\"): it binds"
        + " sip:alice@192.0.2.1:5060 to " + AOR + " for 3600 s, with CSeq 1 REGISTER (one more for"
        + " each REGISTER with the same Call-ID) (RFC 3261 10.2, 10.2.1).", text.get(sent));
    assertEquals("notes/registration-and-digest.md", Annotator.notes(b.trace()).get(challenge));
  }

  @Test
  @DisplayName("the REGISTER that answers the challenge, the binding and the 200 OK (10.3)")
  void answeredChallenge() {
    TraceBuilder b = lab();
    long challenge = b.send(10_000, 0, "registrar", "alice", answer("401 Unauthorized",
        "z9hG4bKr1", "1 REGISTER", "WWW-Authenticate: Digest realm=\"atlanta.example.com\","
            + " nonce=\"ea9c8e88\""), "z9hG4bKr1/REGISTER", null);
    long arrived = b.deliver(20_000, challenge);
    long retry = b.send(20_000, arrived, "alice", "registrar", register("z9hG4bKr2",
        "2 REGISTER", CONTACT, "Expires: 3600", "Authorization: Digest username=\"alice\","
            + " realm=\"atlanta.example.com\", nonce=\"ea9c8e88\", uri=\"sip:atlanta.example.com\","
            + " response=\"dfe56131d1958046689d83306477ecc\""), "z9hG4bKr2/REGISTER", null);
    long delivered = b.deliver(30_000, retry);
    long added = b.binding(30_000, delivered, "registrar", AOR, "sip:alice@192.0.2.1:5060",
        "added", 3_600_030_000L);
    long ok = b.send(30_000, delivered, "registrar", "alice", answer("200 OK", "z9hG4bKr2",
        "2 REGISTER", "Contact: <sip:alice@192.0.2.1:5060>;expires=3600"), "z9hG4bKr2/REGISTER",
        null);
    Map<Long, String> text = Annotator.annotate(b.trace());
    assertTrue(text.get(retry).startsWith("alice sends REGISTER to registrar, on the 401"
        + " Unauthorized to REGISTER delivered at seq 2: the same REGISTER again, now with an"
        + " Authorization header answering the 401 challenge; same Call-ID "), text.get(retry));
    assertTrue(text.get(retry).contains(" as the challenged REGISTER (CSeq number 1, echoed by"
        + " the response at seq 2); it binds"), text.get(retry));
    assertTrue(text.get(retry).endsWith("with CSeq 2 REGISTER (one more for each REGISTER with the"
        + " same Call-ID) (RFC 3261 22.2, 10.2)."), text.get(retry));
    assertEquals("registrar adds the binding " + AOR + " -> sip:alice@192.0.2.1:5060 until"
        + " 3600.03 s (3600 s from now), on the REGISTER delivered at seq 4: requests for " + AOR
        + " can now reach sip:alice@192.0.2.1:5060 (RFC 3261 10.3 step 7).", text.get(added));
    assertEquals("registrar accepts the REGISTER delivered at seq 4 with 200 OK: the bindings now"
        + " current are sip:alice@192.0.2.1:5060 for 3600 s (RFC 3261 10.3 step 8).",
        text.get(ok));
    assertEquals("notes/aor-and-contact.md", Annotator.notes(b.trace()).get(added));
  }

  @Test
  @DisplayName("a REGISTER is explained by what made it leave, a 423 or the refresh timer, even"
      + " when it carries the credentials of an earlier challenge (10.2.8, 10.2.4)")
  void causeBeforeCredentials() {
    String credentials = "Authorization: Digest username=\"alice\", realm=\"atlanta.example.com\","
        + " nonce=\"ea9c8e88\", uri=\"sip:atlanta.example.com\","
        + " response=\"dfe56131d1958046689d83306477ecc\"";
    TraceBuilder b = lab();
    long tooBrief = b.send(10_000, 0, "registrar", "alice", answer("423 Interval Too Brief",
        "z9hG4bKr1", "2 REGISTER", "Min-Expires: 60"), "z9hG4bKr1/REGISTER", null);
    long arrived = b.deliver(20_000, tooBrief);
    long longer = b.send(20_000, arrived, "alice", "registrar", register("z9hG4bKr2",
        "3 REGISTER", CONTACT, "Expires: 60", credentials), "z9hG4bKr2/REGISTER", null);
    long refreshTimer = b.timer(3_000_000, 0, "alice", "registration", "registration refresh",
        "fired", 3_000_000);
    long refresh = b.send(3_000_000, refreshTimer, "alice", "registrar", register("z9hG4bKr3",
        "4 REGISTER", CONTACT, "Expires: 60", credentials), "z9hG4bKr3/REGISTER", null);
    Map<Long, String> text = Annotator.annotate(b.trace());
    assertTrue(text.get(longer).contains(": again, with an expiration no shorter than the"
        + " Min-Expires the 423 asked for, carrying the credentials of the earlier challenge;"),
        text.get(longer));
    assertTrue(text.get(longer).endsWith("(RFC 3261 10.2.8, 10.3 step 7)."), text.get(longer));
    assertTrue(text.get(refresh).contains(": a refresh before the binding expires, carrying the"
        + " credentials of the earlier challenge;"), text.get(refresh));
    assertTrue(text.get(refresh).endsWith("(RFC 3261 10.2.4)."), text.get(refresh));
  }

  @Test
  @DisplayName("removing, fetching and refreshing bindings (10.2.2, 10.2.3, 10.2.4)")
  void removeFetchRefresh() {
    TraceBuilder b = lab();
    long remove = b.send(0, 0, "alice", "registrar", register("z9hG4bKr3", "3 REGISTER", CONTACT,
        "Expires: 0"), "z9hG4bKr3/REGISTER", null);
    long all = b.send(0, 0, "alice", "registrar", register("z9hG4bKr4", "4 REGISTER",
        "Contact: *", "Expires: 0"), "z9hG4bKr4/REGISTER", null);
    long fetch = b.send(0, 0, "alice", "registrar", register("z9hG4bKr5", "5 REGISTER"),
        "z9hG4bKr5/REGISTER", null);
    long refreshTimer = b.timer(3_000_000, 0, "alice", "registration", "registration refresh",
        "fired", 3_000_000);
    long refresh = b.send(3_000_000, refreshTimer, "alice", "registrar", register("z9hG4bKr6",
        "6 REGISTER", CONTACT + ";expires=60"), "z9hG4bKr6/REGISTER", null);
    Map<Long, String> text = Annotator.annotate(b.trace());
    assertTrue(text.get(remove).endsWith(": expires 0 removes the binding " + AOR
        + " -> sip:alice@192.0.2.1:5060, with CSeq 3 REGISTER (RFC 3261 10.2.2)."),
        text.get(remove));
    assertTrue(text.get(all).endsWith(": Contact: * with Expires: 0 removes every binding of "
        + AOR + ", with CSeq 4 REGISTER (RFC 3261 10.2.2)."), text.get(all));
    assertTrue(text.get(fetch).endsWith(": without a Contact it only asks for the current"
        + " bindings of " + AOR + ", with CSeq 5 REGISTER (RFC 3261 10.2.3)."), text.get(fetch));
    assertTrue(text.get(refresh).startsWith("alice sends REGISTER to registrar, on the"
        + " registration refresh timer firing at seq " + refreshTimer + ": a refresh before the"
        + " binding expires; it binds sip:alice@192.0.2.1:5060 to " + AOR + " for 60 s"),
        text.get(refresh));
    assertTrue(text.get(refresh).endsWith("(RFC 3261 10.2.4)."), text.get(refresh));
  }

  @Test
  @DisplayName("a registrar's refusals: 423 with Min-Expires, 403, 404, 500 (10.3)")
  void refusals() {
    TraceBuilder b = lab();
    long sent = b.send(0, 0, "alice", "registrar", register("z9hG4bKr1", "1 REGISTER", CONTACT,
        "Expires: 5"), "z9hG4bKr1/REGISTER", null);
    long arrived = b.deliver(10_000, sent);
    long brief = b.send(10_000, arrived, "registrar", "alice", answer("423 Interval Too Brief",
        "z9hG4bKr1", "1 REGISTER", "Min-Expires: 60"), "z9hG4bKr1/REGISTER", null);
    long forbidden = b.send(10_000, arrived, "registrar", "alice", answer("403 Forbidden",
        "z9hG4bKr1", "1 REGISTER"), "z9hG4bKr1/REGISTER", null);
    long notFound = b.send(10_000, arrived, "registrar", "alice", answer("404 Not Found",
        "z9hG4bKr1", "1 REGISTER"), "z9hG4bKr1/REGISTER", null);
    long otherDomain = b.send(10_000, arrived, "registrar", "alice", answer("404 Not Found",
        "z9hG4bKr1", "1 REGISTER", "Warning: 399 192.0.2.5 \"this registrar keeps the bindings of"
            + " atlanta.example.com, not of other.example.com (RFC 3261 section 10.3 step 1)\""),
        "z9hG4bKr1/REGISTER", null);
    long failed = b.send(10_000, arrived, "registrar", "alice", answer("500 Server Internal Error",
        "z9hG4bKr1", "1 REGISTER"), "z9hG4bKr1/REGISTER", null);
    Map<Long, String> text = Annotator.annotate(b.trace());
    assertEquals("registrar answers the REGISTER delivered at seq 2 with 423 Interval Too Brief:"
        + " the expiration asked for is shorter than the registrar allows; Min-Expires 60 gives"
        + " the minimum (RFC 3261 10.3 step 7, 10.2.8).", text.get(brief));
    assertTrue(text.get(forbidden).endsWith(": the authenticated user may not register this"
        + " address-of-record (RFC 3261 10.3 step 4)."), text.get(forbidden));
    assertTrue(text.get(notFound).endsWith(": the address-of-record in To is not valid for the"
        + " domain in the Request-URI (RFC 3261 10.3 step 5)."), text.get(notFound));
    assertTrue(text.get(otherDomain).endsWith(": the Request-URI names a domain whose bindings"
        + " this registrar does not keep (RFC 3261 10.3 step 1)."), text.get(otherDomain));
    assertTrue(text.get(failed).endsWith(": the registration could not be applied, for example"
        + " because its CSeq is not higher than the last one for this Call-ID (RFC 3261 10.3"
        + " step 7)."), text.get(failed));
  }

  @Test
  @DisplayName("a binding refreshed, removed, cleared by Contact: *, replaced by a PBX's new"
      + " address and expired, with its expiry time (10.3)")
  void bindingChanges() {
    TraceBuilder b = lab();
    long refreshed = b.binding(60_000_000, 0, "registrar", AOR, "sip:alice@192.0.2.1:5060",
        "refreshed", 120_000_000);
    long removed = b.binding(70_000_000, 0, "registrar", AOR, "sip:alice@192.0.2.1:5060",
        "removed", 0);
    long cleared = b.binding(71_000_000, 0, "registrar", AOR, "sip:alice@192.0.2.3", "cleared",
        0);
    long replaced = b.binding(72_000_000, 0, "pbx", AOR, "sip:alice@192.0.2.4", "replaced", 0);
    long timer = b.timer(120_000_000, 0, "registrar", AOR, "expiry of sip:alice@192.0.2.9",
        "fired", 60_000_000);
    long expired = b.binding(120_000_000, timer, "registrar", AOR, "sip:alice@192.0.2.9",
        "expired", 0);
    Map<Long, String> text = Annotator.annotate(b.trace());
    assertEquals("registrar refreshes the binding " + AOR + " -> sip:alice@192.0.2.1:5060 until"
        + " 120 s (60 s from now), on its own initiative at 60 s: registering the same Contact"
        + " again pushes its expiry back (RFC 3261 10.2.4, 10.3 step 7).", text.get(refreshed));
    assertTrue(text.get(removed).contains("removes the binding " + AOR + " -> sip:alice@192.0.2.1"
        + ":5060, on its own initiative at 70 s: the REGISTER asked for it with an expiration of"
        + " 0 (RFC 3261 10.2.2, 10.3 step 7)."), text.get(removed));
    assertTrue(text.get(cleared).endsWith(": Contact: * with Expires: 0 removes every binding of "
        + AOR + " (RFC 3261 10.2.2, 10.3 step 6)."), text.get(cleared));
    assertTrue(text.get(replaced).startsWith("pbx drops the binding " + AOR
        + " -> sip:alice@192.0.2.4"), text.get(replaced));
    assertTrue(text.get(replaced).contains("the REGISTER named another Contact, which takes its"
        + " place"), text.get(replaced));
    assertEquals("registrar's binding " + AOR + " -> sip:alice@192.0.2.9 expires, on the"
        + " expiry timer of sip:alice@192.0.2.9 firing at seq " + timer + ": nobody refreshed"
        + " it in time, so requests for " + AOR + " no longer reach sip:alice@192.0.2.9 (RFC 3261"
        + " 10.2.1.1, 10.3).", text.get(expired));
  }

  @Test
  @DisplayName("chan_sip's 100 Trying to a REGISTER is pointed out (8.2.6.1)")
  void tryingToRegister() {
    TraceBuilder b = lab();
    long sent = b.send(0, 0, "alice", "pbx", register("z9hG4bKr1", "1 REGISTER", CONTACT),
        "z9hG4bKr1/REGISTER", null);
    long arrived = b.deliver(10_000, sent);
    long trying = b.send(10_000, arrived, "pbx", "alice", answer("100 Trying", "z9hG4bKr1",
        "1 REGISTER"), "z9hG4bKr1/REGISTER", null);
    assertEquals("pbx answers the REGISTER delivered at seq 2 with 100 Trying: a UAS SHOULD NOT"
        + " send a provisional response to a non-INVITE request, but chan_sip's handle_request"
        + " sends 100 Trying to every REGISTER (RFC 3261 8.2.6.1).",
        Annotator.annotate(b.trace()).get(trying));
  }
}
