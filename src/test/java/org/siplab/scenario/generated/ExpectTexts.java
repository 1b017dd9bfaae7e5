package org.siplab.scenario.generated;

import java.util.List;
import java.util.Map;
import org.siplab.testkit.Draw;

/**
 * The {@code expect:} section of a generated scenario: states at a time, the findings, the
 * bindings of a registrar, and the flow of the first call. The property does not ask that they
 * hold (a generated file cannot know what its run shows): a run must judge them, right or wrong,
 * without an exception and the same way twice.
 */
final class ExpectTexts {

  private static final List<String> STATES = List.of("idle", "registered", "calling", "ringing",
      "answered", "early", "in-call", "on-hold", "ended");

  private final Draw d;

  ExpectTexts(Draw d) {
    this.d = d;
  }

  /**
   * The section, or nothing.
   *
   * @param phones the phones
   * @param registrarOf each registering phone's registrar
   * @param aorOf each phone's AOR
   * @param contactOf each phone's contact URI, as its REGISTER writes it
   * @param firstCall the first call's caller and the element its INVITE goes to first, or null
   */
  String write(List<String> phones, Map<String, String> registrarOf, Map<String, String> aorOf,
      Map<String, String> contactOf, String[] firstCall) {
    if (!d.chance(30)) {
      return "";
    }
    StringBuilder out = new StringBuilder("expect:\n");
    int items = d.between(1, 4);
    for (int i = 0; i < items; i++) {
      switch (d.between(0, 3)) {
        case 0 -> state(out, phones);
        case 1 -> out.append(d.pick("  - findings: none\n", "  - { findings: none }\n",
            "  - { findings: [CSEQ-007] }\n", "  - findings: [TIMER-001, VIA-002]\n"));
        case 2 -> bindings(out, registrarOf, aorOf, contactOf, phones);
        default -> flow(out, firstCall);
      }
    }
    return out.toString();
  }

  private void state(StringBuilder out, List<String> phones) {
    out.append("  - { by: ").append(d.between(1, 60) * 500).append("ms");
    boolean named = false;
    for (String phone : phones) {
      if (d.chance(50) || !named && phone.equals(phones.get(phones.size() - 1))) {
        out.append(", ").append(phone).append(": ").append(d.pick(STATES));
        named = true;
      }
    }
    out.append(" }\n");
  }

  private void bindings(StringBuilder out, Map<String, String> registrarOf,
      Map<String, String> aorOf, Map<String, String> contactOf, List<String> phones) {
    if (registrarOf.isEmpty()) {
      out.append("  - findings: none\n");
      return;
    }
    String phone = d.pick(List.copyOf(registrarOf.keySet()));
    // Every phone of the AOR that registers there, or none: bound, or expired and removed.
    StringBuilder contacts = new StringBuilder();
    if (d.chance(70)) {
      for (String other : phones) {
        if (aorOf.get(other).equals(aorOf.get(phone))
            && registrarOf.get(phone).equals(registrarOf.get(other))) {
          contacts.append(contacts.length() == 0 ? " \"" : ", \"").append(contactOf.get(other))
              .append('"');
        }
      }
    }
    out.append("  - bindings: { ").append(registrarOf.get(phone)).append(": { \"")
        .append(aorOf.get(phone)).append("\": [").append(contacts).append(" ] } }\n");
    if (d.chance(60)) {
      out.append("    at: ").append(d.between(1, 100)).append("s\n");
    }
  }

  private void flow(StringBuilder out, String[] firstCall) {
    if (firstCall == null) {
      out.append("  - { findings: none }\n");
      return;
    }
    String caller = firstCall[0];
    String hop = firstCall[1];
    out.append("  - flow: [").append(caller).append('>').append(hop).append(" INVITE");
    switch (d.between(0, 3)) {
      case 0 -> out.append(", ...]\n");
      case 1 -> out.append(", ").append(hop).append('>').append(caller).append(" 100, ...]\n");
      case 2 -> out.append(", ..., ").append(hop).append('>').append(caller)
          .append(" 200 INVITE, ").append(caller).append('>').append(hop).append(" ACK, ...]\n");
      default -> out.append(", { any-order: [").append(hop).append('>').append(caller)
          .append(" 100, ").append(hop).append('>').append(caller).append(" 180] }, ...]\n");
    }
    if (d.chance(30)) {
      out.append("    retransmissions: include\n");
    }
  }
}
