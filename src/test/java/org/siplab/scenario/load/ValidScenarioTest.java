package org.siplab.scenario.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siplab.auth.DigestAlgorithm;
import org.siplab.message.SipUri;
import org.siplab.scenario.model.Action;
import org.siplab.scenario.model.Argument;
import org.siplab.scenario.model.Duration;
import org.siplab.scenario.model.ElementKind;
import org.siplab.scenario.model.Expectation;
import org.siplab.scenario.model.FaultSpec;
import org.siplab.scenario.model.FlowItem;
import org.siplab.scenario.model.LinkBehavior;
import org.siplab.scenario.model.LinkSpec;
import org.siplab.scenario.model.MessagePattern;
import org.siplab.scenario.model.PbxSpec;
import org.siplab.scenario.model.PhoneSpec;
import org.siplab.scenario.model.ProxySpec;
import org.siplab.scenario.model.RedirectSpec;
import org.siplab.scenario.model.RegistrarSpec;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.model.ScriptStep;
import org.siplab.scenario.model.SourcePosition;
import org.siplab.scenario.model.TimeWindow;
import org.siplab.scenario.model.TimerSpec;
import org.siplab.scenario.model.Trigger;
import org.siplab.sdp.CodecRegistry;
import org.siplab.sim.Endpoint;

@DisplayName("a valid scenario")
class ValidScenarioTest {

  private static Scenario load(String fixture) {
    return ScenarioLoader.load(fixture, Scenarios.fixture(fixture)).orThrow();
  }

  private static SourcePosition at(String file, int line, int column) {
    return new SourcePosition(file, line, column);
  }

  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }

  @Nested
  @DisplayName("from the issue's sketch (proxy-call.yaml)")
  class ProxyCall {

    private final Scenario scenario = load("proxy-call.yaml");

    @Test
    @DisplayName("keeps the name, description, seed and timers, T2 and T4 at their defaults")
    void header() {
      assertEquals("Call through a proxy over a lossy link", scenario.name());
      assertEquals("Alice registers, calls Bob, Bob answers after 2 s, Alice hangs up.\n",
          scenario.description());
      assertEquals(7, scenario.seed());
      assertEquals(new TimerSpec(ms(500), Duration.ofSeconds(4), Duration.ofSeconds(5)),
          scenario.timers());
    }

    @Test
    @DisplayName("merges a link with the network default and keeps the fault's pattern")
    void network() {
      LinkBehavior defaults = new LinkBehavior(ms(20), ms(5), 0, 0, 0, Duration.ZERO, List.of());
      assertEquals(defaults, scenario.network().defaults());
      assertEquals(List.of(new LinkSpec("alice", "proxy", true,
              new LinkBehavior(ms(20), ms(5), 0.2, 0, 0, Duration.ZERO, List.of()),
              at("proxy-call.yaml", 9, 7))),
          scenario.network().links());
      assertEquals(List.of(new FaultSpec(FaultSpec.Kind.DROP, MessagePattern.response(200,
              "INVITE"), "bob", "proxy", OptionalInt.of(1), Duration.ZERO,
              at("proxy-call.yaml", 11, 15))),
          scenario.network().faults());
    }

    @Test
    @DisplayName("has its elements in file order, with defaults filled in")
    void elements() {
      assertEquals(List.of("proxy", "registrar", "alice", "bob"),
          List.copyOf(scenario.elements().keySet()));
      PhoneSpec bob = (PhoneSpec) scenario.element("bob").orElseThrow();
      assertEquals(SipUri.of("bob", "example.com"), bob.aor());
      assertEquals("bob", bob.user());
      assertEquals(new Endpoint("192.0.2.102", 5060), bob.address());
      assertEquals(List.of("proxy"), bob.proxies());
      assertEquals(Optional.of("proxy"), bob.registrar());
      assertEquals(List.of(CodecRegistry.PCMU, CodecRegistry.PCMA), bob.codecs());
      assertEquals(new PhoneSpec.AnswerPolicy(Duration.ofSeconds(2), OptionalInt.of(200), true,
          false), bob.answer());
      assertEquals(new PhoneSpec.RegisterPolicy(Duration.ofSeconds(3600), true,
          Optional.empty()), bob.register());
      RegistrarSpec registrar = (RegistrarSpec) scenario.element("registrar").orElseThrow();
      assertEquals(Map.of("alice", "secret", "bob", "pw"), registrar.users());
      assertEquals("example.com", registrar.realm());
    }

    @Test
    @DisplayName("keeps script steps and expectations with where they are written")
    void scriptAndExpectations() {
      assertEquals(new ScriptStep(new Trigger.At(Duration.ofSeconds(1)), new Action("alice",
              "call", List.of(new Argument.ElementTarget("bob")), at("proxy-call.yaml", 21, 20)),
              at("proxy-call.yaml", 21, 5)),
          scenario.script().get(2));
      List<Expectation> expect = scenario.expectations();
      assertEquals(new Expectation.State(Duration.ofSeconds(4), "alice", "in-call",
          at("proxy-call.yaml", 24, 15)), expect.get(0));
      Expectation.Flow flow = (Expectation.Flow) expect.get(1);
      assertEquals(new FlowItem.Message("proxy", "bob", MessagePattern.request("INVITE"),
          at("proxy-call.yaml", 25, 49)), flow.items().get(2));
      assertTrue(flow.items().get(3) instanceof FlowItem.Gap);
      assertEquals(new Expectation.Findings(List.of(), at("proxy-call.yaml", 26, 5)),
          expect.get(2));
    }
  }

  @Nested
  @DisplayName("with every kind of element (every-kind.yaml)")
  class EveryKind {

    private final Scenario scenario = load("every-kind.yaml");

    @Test
    @DisplayName("reads a proxy's auth, forking, ALG and an IPv6 address with a port")
    void proxy() {
      ProxySpec edge = (ProxySpec) scenario.element("edge").orElseThrow();
      assertEquals(new Endpoint("2001:db8::10", 5070), edge.address());
      assertEquals(Optional.of(new ProxySpec.Auth("example.com", Map.of("alice", "secret"))),
          edge.auth());
      assertEquals(ProxySpec.Forking.SEQUENTIAL, edge.forking());
      assertEquals(Duration.ofSeconds(90), edge.timerC());
      assertEquals(Optional.of(new Endpoint("203.0.113.1", 5060)), edge.publicAddress());
      assertEquals(List.of("keep-via"), edge.misbehave());
      assertTrue(!edge.recordRoute() && edge.alg());
    }

    @Test
    @DisplayName("reads a registrar's algorithm, expiry bounds and permissions")
    void registrar() {
      RegistrarSpec r = (RegistrarSpec) scenario.element("registrar").orElseThrow();
      assertEquals(DigestAlgorithm.SHA_256, r.algorithm());
      assertEquals(Duration.ofSeconds(30), r.minExpires());
      assertEquals(Optional.of(Duration.ofSeconds(7200)), r.maxExpires());
      assertEquals(Optional.of(Duration.ofMinutes(5)), r.nonceLifetime());
      assertEquals(Map.of("alice", List.of(SipUri.of("alice", "example.com"),
          SipUri.of("sales", "example.com"))), r.permissions());
      assertEquals("1234", r.users().get("bob"));
    }

    @Test
    @DisplayName("reads a PBX's accounts and extensions, and a redirect server's contacts")
    void pbxAndRedirect() {
      PbxSpec pbx = (PbxSpec) scenario.element("pbx").orElseThrow();
      assertEquals(new PbxSpec.Account("carol", PbxSpec.AccountType.FRIEND, Optional.of("c4rol"),
          Optional.empty(), "office"), pbx.accounts().get("carol"));
      assertEquals(new PbxSpec.Account("trunk", PbxSpec.AccountType.PEER, Optional.empty(),
          Optional.of(new Endpoint("192.0.2.30", 5060)), "from-trunk"),
          pbx.accounts().get("trunk"));
      assertEquals(new PbxSpec.Extension("100", Optional.of("carol"), Optional.empty()),
          pbx.extensions().get("100"));
      assertEquals(Optional.of(SipUri.of("bob", "example.com")), pbx.extensions().get("200").uri());
      RedirectSpec redirect = (RedirectSpec) scenario.element("redirector").orElseThrow();
      assertEquals(Map.of(SipUri.of("help", "example.com"),
          List.of(SipUri.of("bob", "192.0.2.102"))), redirect.contacts());
    }

    @Test
    @DisplayName("reads every phone option")
    void phones() {
      PhoneSpec alice = (PhoneSpec) scenario.element("alice").orElseThrow();
      assertEquals(List.of("edge", "pbx"), alice.proxies());
      assertEquals(Optional.of("registrar"), alice.registrar());
      assertEquals(List.of(CodecRegistry.OPUS, CodecRegistry.PCMU, CodecRegistry.TELEPHONE_EVENT),
          alice.codecs());
      assertEquals(PhoneSpec.OfferMode.NONE, alice.offer());
      assertEquals(new PhoneSpec.RegisterPolicy(Duration.ofSeconds(600), false,
          Optional.empty()), alice.register());
      assertEquals(Optional.of(Duration.ofSeconds(20)), alice.cancelAfter());
      assertEquals(Optional.of("Alice Liddell"), alice.displayName());
      PhoneSpec bob = (PhoneSpec) scenario.element("bob").orElseThrow();
      assertEquals(new PhoneSpec.AnswerPolicy(ms(1500), OptionalInt.of(486), false, true),
          bob.answer());
      PhoneSpec carol = (PhoneSpec) scenario.element("carol").orElseThrow();
      assertEquals(OptionalInt.empty(), carol.answer().finalStatus());
      assertEquals("c-100", carol.user());
      assertEquals(new Endpoint("2001:db8::101", 5060), carol.address());
      assertEquals(3, scenario.elementsOf(PhoneSpec.class).size());
      assertEquals(ElementKind.PBX, scenario.element("pbx").orElseThrow().kind());
    }

    @Test
    @DisplayName("reads a one-way link with a partition and delay and duplicate faults")
    void network() {
      LinkSpec link = scenario.network().links().get(0);
      assertEquals(List.of(new TimeWindow(Duration.ofSeconds(5), Duration.ofSeconds(8))),
          link.behavior().partitions());
      assertEquals(ms(80), link.behavior().delay());
      assertEquals(0.02, link.behavior().reorderRatio());
      FaultSpec delay = scenario.network().faults().get(0);
      assertEquals(FaultSpec.Kind.DELAY, delay.kind());
      assertEquals(Duration.ofSeconds(1), delay.extraDelay());
      assertEquals(OptionalInt.empty(), scenario.network().faults().get(1).nth());
    }

    @Test
    @DisplayName("types each action's arguments: URI, text to the end, address")
    void actions() {
      List<ScriptStep> script = scenario.script();
      assertEquals(List.of(new Argument.UriTarget(SipUri.of("100", "pbx.example.com"))),
          script.get(2).action().arguments());
      assertEquals(new Trigger.On("bob", "incoming", ms(250)), script.get(3).trigger());
      assertEquals(List.of(new Argument.ElementTarget("bob"),
          new Argument.Text("See you at five")), script.get(4).action().arguments());
      assertEquals(List.of(new Argument.Address(new Endpoint("192.0.2.201", 5062))),
          script.get(5).action().arguments());
      assertEquals("alice.message bob See you at five", script.get(4).action().toString());
    }

    @Test
    @DisplayName("reads any-order groups, retransmissions, bindings and rule ids")
    void expectations() {
      List<Expectation> expect = scenario.expectations();
      assertEquals(2, expect.stream().filter(e -> e instanceof Expectation.State).count());
      Expectation.Flow flow = (Expectation.Flow) expect.get(2);
      assertTrue(flow.includeRetransmissions());
      assertEquals(2, ((FlowItem.AnyOrder) flow.items().get(2)).messages().size());
      Expectation.Bindings bindings = (Expectation.Bindings) expect.get(3);
      assertEquals(Optional.of(Duration.ofSeconds(5)), bindings.at());
      assertEquals(List.of(), bindings.bindings().get(1).contacts());
      assertEquals(List.of("CSEQ-001", "VIA-002"),
          ((Expectation.Findings) expect.get(4)).ruleIds());
    }
  }

  @Test
  @DisplayName("loads from a path and names errors after the path as given")
  void fromPath() {
    assertTrue(ScenarioLoader.load(Path.of("src/test/resources/scenario/proxy-call.yaml"))
        .isValid());
    assertEquals(List.of("no-such.yaml:1:1: no such file; expected a scenario file"),
        ScenarioLoader.load(Path.of("no-such.yaml")).errors().stream()
            .map(LoadError::toString).toList());
  }

  @Test
  @DisplayName("a file named without its .yaml or .yml, when that file exists, is suggested by its"
      + " full name")
  void aNameWithoutItsExtensionSuggestsTheFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("my-first.yaml"), "");
    Files.writeString(dir.resolve("other.yml"), "");
    for (String name : List.of("my-first", "other")) {
      Path given = dir.resolve(name);
      String named = dir.resolve(name + (name.equals("other") ? ".yml" : ".yaml")).toString();
      assertEquals(List.of(given + ":1:1: no such file; expected a scenario file; did you mean "
          + named + "?"), ScenarioLoader.load(given).errors().stream()
              .map(LoadError::toString).toList());
    }
  }

  @Test
  @DisplayName("takes its name from the file when it has none")
  void nameFromFile() {
    assertEquals("t", ScenarioLoader.load("dir/t.yaml", Scenarios.BASE).orThrow().name());
  }
}
