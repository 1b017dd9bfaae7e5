package org.siplab.element.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.check.Checker;
import org.siplab.trace.Finding;
import org.siplab.trace.TraceEvent;

/** The deliberate RFC violations a registrar can be switched to, and the rule that catches each. */
@DisplayName("a misbehaving registrar")
class MisbehaviourTest {

  private static final long SECOND = 1_000_000;

  /** Bob registers with CSeq 1, then sends CSeq 1 again: an out-of-order REGISTER. */
  private static RegistrarLab outOfOrder(RegistrarConfig config) {
    RegistrarLab lab = new RegistrarLab(config);
    RegisteringPhone bob = lab.phone("bob", "bob");
    lab.at(0, "bob", "register", () -> bob.register(600));
    lab.at(SECOND, "bob", "register again with the same CSeq", () -> {
      bob.cseq(0);
      bob.register(1200);
    });
    lab.runUntil(2 * SECOND);
    return lab;
  }

  @Test
  @DisplayName("ignore-cseq-order accepts an out-of-order REGISTER, says so in the trace, and the"
      + " checker's CSEQ-008 marks that REGISTER")
  void ignoreCseqOrder() {
    RegistrarLab lab = outOfOrder(RegistrarConfig.of(RegistrarLab.DOMAIN)
        .withMisbehave(List.of("ignore-cseq-order")));
    assertEquals(List.of("bob>registrar REGISTER", "registrar>bob 200",
        "bob>registrar REGISTER", "registrar>bob 200"), lab.sends());
    assertEquals(List.of("added sip:bob@192.0.2.20:5060", "refreshed sip:bob@192.0.2.20:5060"),
        lab.bindingChanges());
    assertTrue(lab.notes("misbehaves").get(0).startsWith("ignore-cseq-order: accepts the"
        + " REGISTER although CSeq 1 is not higher than CSeq 1"));
    List<Finding> findings = Checker.check(lab.sim.trace()).stream()
        .filter(f -> f.rule().equals("CSEQ-008")).toList();
    assertEquals(1, findings.size(), findings.toString());
    TraceEvent.Send marked = lab.sendEvents().stream()
        .filter(s -> s.seq() == findings.get(0).event()).findFirst().orElseThrow();
    assertTrue(marked.message().contains("Expires: 1200"), marked.message());
  }

  @Test
  @DisplayName("without the switch the same REGISTER is answered 500 and the binding is kept")
  void behaving() {
    RegistrarLab lab = outOfOrder(RegistrarConfig.of(RegistrarLab.DOMAIN));
    assertEquals("registrar>bob 500", lab.sends().get(3));
    assertEquals(List.of("added sip:bob@192.0.2.20:5060"), lab.bindingChanges());
  }

  @Test
  @DisplayName("ignore-cseq-order also lets an old Contact: * remove the bindings (step 6)")
  void ignoreCseqOrderForWildcard() {
    RegistrarLab lab = new RegistrarLab(RegistrarConfig.of(RegistrarLab.DOMAIN)
        .withMisbehave(List.of("ignore-cseq-order")));
    RegisteringPhone bob = lab.phone("bob", "bob");
    lab.at(0, "bob", "register", () -> bob.register(600));
    lab.at(SECOND, "bob", "remove all with the same CSeq", () -> {
      bob.cseq(0);
      bob.removeAll();
    });
    lab.runUntil(2 * SECOND);
    assertEquals(List.of("200", "200"), bob.outcomes);
    assertEquals(List.of("added sip:bob@192.0.2.20:5060", "cleared sip:bob@192.0.2.20:5060"),
        lab.bindingChanges());
    assertTrue(lab.notes("misbehaves").get(0).contains("step 6"));
  }
}
