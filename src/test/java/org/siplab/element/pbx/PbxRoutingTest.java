package org.siplab.element.pbx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.siplab.element.pbx.PbxConfig.AccountType;
import org.siplab.element.pbx.PbxConfig.Extension;
import org.siplab.message.Method;
import org.siplab.message.SipUri;
import org.siplab.sim.Endpoint;

@DisplayName("the PBX's handle_request and dialplan: where a call goes, and what it refuses")
class PbxRoutingTest {

  private static final Optional<Endpoint> BOB_HOST =
      Optional.of(new Endpoint("192.0.2.2", 5060));

  @Test
  @DisplayName("a number that is no extension gets 404, and the start of one gets 484 Address"
      + " Incomplete, as chan_sip's get_destination answers")
  void unknownExtension() {
    PbxLab lab = new PbxLab();
    lab.step("alice", "call 999", () -> lab.alice.call("999"), 1_000_000);
    lab.step("alice", "call 10", () -> lab.alice.call("10"), 1_000_000);
    assertEquals(List.of("alice>pbx INVITE", "pbx>alice 404", "alice>pbx ACK",
        "alice>pbx INVITE", "pbx>alice 484", "alice>pbx ACK"), lab.sends());
    assertTrue(PbxLab.header(lab.send("pbx>alice 404").message(), "Warning")
        .contains("no extension 999 in context default"));
  }

  @Test
  @DisplayName("a method the PBX does not handle gets 405 with an Allow header; OPTIONS gets 200"
      + " with the same Allow")
  void methodNotAllowed() {
    PbxLab lab = new PbxLab();
    lab.step("alice", "MESSAGE", () -> lab.alice.request(Method.MESSAGE), 1_000_000);
    lab.step("alice", "OPTIONS", () -> lab.alice.request(Method.OPTIONS), 1_000_000);
    assertEquals(List.of("alice>pbx MESSAGE", "pbx>alice 405", "alice>pbx OPTIONS",
        "pbx>alice 200"), lab.sends());
    String allow = "INVITE, ACK, CANCEL, BYE, OPTIONS, REGISTER";
    assertEquals(allow, PbxLab.header(lab.send("pbx>alice 405").message(), "Allow"));
    assertEquals(allow, PbxLab.header(lab.send("pbx>alice 200").message(), "Allow"));
  }

  @Test
  @DisplayName("a call is refused 403 exactly when the callee's account is a user; the caller's"
      + " type refuses nothing, as chan_sip 0.2.0 ignores what check_user finds")
  void accountTypesDecide() {
    qt().withFixedSeed(3665L).withExamples(30)
        .forAll(Generate.enumValues(AccountType.class), Generate.enumValues(AccountType.class),
            Generate.longRange(1, 1_000_000))
        .check((callerType, calleeType, seed) -> {
          PbxLab.Setup setup = new PbxLab.Setup();
          setup.seed = seed;
          setup.account("alice", callerType, Optional.empty());
          setup.account("bob", calleeType, BOB_HOST);
          PbxLab lab = new PbxLab(setup);
          lab.step("alice", "call 100", () -> lab.alice.call("100"), 2_000_000);
          String expected = calleeType == AccountType.USER
              ? "pbx>alice 403" : "pbx>alice 200";
          List<String> finals = lab.sends().stream()
              .filter(s -> s.startsWith("pbx>alice ") && !s.endsWith(" 100")
                  && !s.endsWith(" 180")).toList();
          return finals.equals(List.of(expected));
        });
  }

  @Test
  @DisplayName("a peer's call is put through like a friend's, and a 403 to a call says the callee"
      + " is a user, to which the PBX places no calls")
  void peerCallsInAndUserIsNotCalled() {
    PbxLab.Setup setup = new PbxLab.Setup();
    setup.account("alice", AccountType.PEER, Optional.empty());
    setup.account("carol", AccountType.USER, Optional.empty());
    PbxLab lab = new PbxLab(setup);
    lab.registerAll(lab.bob);
    lab.step("alice", "call 100", () -> lab.alice.call("100"), 2_000_000);
    lab.step("bob", "call 300", () -> lab.bob.call("300"), 1_000_000);
    assertTrue(lab.sends().contains("pbx>bob INVITE"), lab.sends().toString());
    assertTrue(lab.sends().contains("pbx>alice 200"), lab.sends().toString());
    assertTrue(PbxLab.header(lab.send("pbx>bob 403").message(), "Warning")
        .contains("account carol is a user"));
    assertTrue(lab.notes("pbx").stream().noneMatch(n -> n.detail().contains("is a peer")),
        lab.notes("pbx").toString());
  }

  @Test
  @DisplayName("a peer recognised by the address its INVITE comes from is taken, and its call"
      + " starts in the peer's context")
  void peerFoundByAddressCallsIn() {
    PbxLab.Setup setup = new PbxLab.Setup();
    setup.accounts.remove("alice");
    setup.extensions.remove("200");
    setup.accounts.put("trunk", new PbxConfig.Account(AccountType.PEER, Optional.empty(),
        Optional.of(new Endpoint("192.0.2.1", 5060)), "from-trunk"));
    PbxLab lab = new PbxLab(setup);
    lab.registerAll(lab.bob);
    lab.step("alice", "call 100", () -> lab.alice.call("100"), 1_000_000);
    assertTrue(PbxLab.header(lab.send("pbx>alice 404").message(), "Warning")
        .contains("no extension 100 in context from-trunk"), "found as trunk, not refused");

    PbxLab.Setup same = new PbxLab.Setup();
    same.accounts.remove("alice");
    same.extensions.remove("200");
    same.account("trunk", AccountType.PEER, Optional.of(new Endpoint("192.0.2.1", 5060)));
    PbxLab lab2 = new PbxLab(same);
    lab2.registerAll(lab2.bob);
    lab2.step("alice", "call 100", () -> lab2.alice.call("100"), 2_000_000);
    assertTrue(lab2.sends().contains("pbx>alice 200"), lab2.sends().toString());
  }

  @Test
  @DisplayName("a peer with a fixed host is called at that host without registering")
  void fixedHostPeer() {
    PbxLab.Setup setup = new PbxLab.Setup();
    setup.account("bob", AccountType.PEER, BOB_HOST);
    PbxLab lab = new PbxLab(setup);
    lab.step("alice", "call 100", () -> lab.alice.call("100"), 2_000_000);
    assertTrue(lab.send("pbx>bob INVITE").message().startsWith("INVITE sip:bob@192.0.2.2:5060 "));
    assertTrue(lab.sends().contains("pbx>alice 200"));
  }

  @Test
  @DisplayName("an extension may dial a SIP URI, and a caller with no account calls as a guest"
      + " in the PBX's context, as chan_sip 0.2.0 allowed")
  void uriExtensionAndGuest() {
    PbxLab.Setup setup = new PbxLab.Setup();
    setup.accounts.remove("alice");
    setup.extensions.remove("200");
    setup.extensions.put("500", Extension.toUri(SipUri.of("bob", "192.0.2.2", 5060)));
    PbxLab lab = new PbxLab(setup);
    lab.step("alice", "call 500", () -> lab.alice.call("500"), 2_000_000);
    assertEquals(List.of("alice>pbx INVITE", "pbx>alice 100", "pbx>bob INVITE", "bob>pbx 180",
        "pbx>alice 180", "bob>pbx 200", "pbx>bob ACK", "pbx>alice 200", "alice>pbx ACK"),
        lab.sends());
    // The port stays in the Request-URI; Table 1 (19.1.1) does not allow it in a To.
    assertEquals("<sip:bob@192.0.2.2>",
        PbxLab.header(lab.send("pbx>bob INVITE").message(), "To"));
  }

  @Test
  @DisplayName("an account whose context is not the PBX's reaches none of its extensions")
  void contextsKeepCallersApart() {
    PbxLab.Setup setup = new PbxLab.Setup();
    setup.accounts.put("alice", new PbxConfig.Account(AccountType.FRIEND,
        Optional.of("alice-secret"), Optional.empty(), "from-trunk"));
    PbxLab lab = new PbxLab(setup);
    lab.registerAll(lab.bob);
    lab.step("alice", "call 100", () -> lab.alice.call("100"), 1_000_000);
    assertTrue(PbxLab.header(lab.send("pbx>alice 404").message(), "Warning")
        .contains("no extension 100 in context from-trunk"));
  }

  @Test
  @DisplayName("an INVITE without an SDP offer gets 488: the PBX cannot relay a delayed offer")
  void delayedOfferRefused() {
    PbxLab lab = new PbxLab();
    lab.registerAll(lab.bob);
    lab.step("alice", "call 100", () -> lab.alice.call("100", true, 70), 1_000_000);
    assertEquals(List.of("alice>pbx INVITE", "pbx>alice 488", "alice>pbx ACK"),
        lab.sendsFrom("alice>pbx INVITE"));
  }

  @Test
  @DisplayName("an extension that dials the PBX itself loops until Max-Forwards runs out and"
      + " every leg gets 483 Too Many Hops")
  void loopEndsWith483() {
    PbxLab.Setup setup = new PbxLab.Setup();
    setup.extensions.put("700", Extension.toUri(SipUri.of("700", PbxLab.DOMAIN)));
    PbxLab lab = new PbxLab(setup);
    lab.step("alice", "call 700", () -> lab.alice.call("700", false, 3), 2_000_000);
    List<String> invites = lab.sends().stream().filter(s -> s.endsWith(" INVITE")).toList();
    assertEquals(List.of("alice>pbx INVITE", "pbx>pbx INVITE", "pbx>pbx INVITE",
        "pbx>pbx INVITE"), invites);
    assertTrue(lab.sends().contains("pbx>alice 483"), lab.sends().toString());
    assertEquals("idle", lab.pbx.state());
  }

  @Test
  @DisplayName("an INVITE for an extension's number at another domain gets 404 at once, with no"
      + " 100 Trying and no second leg: the Request-URI does not name the PBX (RFC 3261 section"
      + " 8.2.2.1), though chan_sip's get_destination reads only the number")
  void inviteForAnotherDomain() {
    PbxLab lab = new PbxLab();
    lab.registerAll(lab.bob);
    lab.step("alice", "call 100 elsewhere", () -> lab.alice.call(
        SipUri.of("100", "elsewhere.example.org"), false, 70), 1_000_000);
    assertEquals(List.of("alice>pbx INVITE", "pbx>alice 404", "alice>pbx ACK"),
        lab.sendsFrom("alice>pbx INVITE"));
    assertTrue(PbxLab.header(lab.send("pbx>alice 404").message(), "Warning")
        .contains("elsewhere.example.org is not the PBX's domain pbx.example.com"));
    assertEquals("idle", lab.pbx.state());
  }

  @Test
  @DisplayName("an INVITE for an extension at the PBX's address, not its domain, is put through")
  void inviteForThePbxAddress() {
    PbxLab lab = new PbxLab();
    lab.registerAll(lab.bob);
    lab.step("alice", "call 100 at the address", () -> lab.alice.call(
        SipUri.of("100", "192.0.2.20"), false, 70), 2_000_000);
    assertTrue(lab.sends().contains("pbx>bob INVITE"), lab.sends().toString());
    assertTrue(lab.sends().contains("pbx>alice 200"), lab.sends().toString());
  }

  @Test
  @DisplayName("whatever host an INVITE's Request-URI names, the PBX places a call only when that"
      + " host is its domain or its address")
  void onlyOwnHostsAreCalled() {
    List<String> hosts = List.of(PbxLab.DOMAIN, "PBX.Example.COM", "192.0.2.20",
        "elsewhere.example.org", "192.0.2.1", "192.0.2.99", "example.com");
    qt().withFixedSeed(8221L).withExamples(20)
        .forAll(Generate.pick(hosts), Generate.longRange(1, 1_000_000))
        .check((host, seed) -> {
          PbxLab.Setup setup = new PbxLab.Setup();
          setup.seed = seed;
          PbxLab lab = new PbxLab(setup);
          lab.registerAll(lab.bob);
          lab.step("alice", "call 100", () -> lab.alice.call(SipUri.of("100", host), false, 70),
              2_000_000);
          boolean own = host.equalsIgnoreCase(PbxLab.DOMAIN) || host.equals("192.0.2.20");
          return lab.sends().contains("pbx>bob INVITE") == own
              && lab.sends().contains(own ? "pbx>alice 200" : "pbx>alice 404");
        });
  }
}
