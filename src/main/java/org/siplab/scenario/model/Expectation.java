package org.siplab.scenario.model;

import java.util.List;
import java.util.Optional;
import org.siplab.message.SipUri;

/** Something the run must show; each variant keeps where it is written, to report a failure. */
public sealed interface Expectation {

  SourcePosition position();

  /** {@code { by: 4s, alice: in-call }}: at virtual time {@code by}, the element is in state. */
  record State(Duration by, String element, String state, SourcePosition position)
      implements Expectation {}

  /**
   * {@code { flow: [...] }}: the messages sent, in this order.
   *
   * @param includeRetransmissions false to match each message's first transmission only
   */
  record Flow(List<FlowItem> items, boolean includeRetransmissions, SourcePosition position)
      implements Expectation {
    public Flow {
      items = List.copyOf(items);
    }
  }

  /**
   * {@code { bindings: {...}, at: 5s }}: the registrars' bindings at a time.
   *
   * @param at when to look; empty for the end of the run
   */
  record Bindings(Optional<Duration> at, List<Binding> bindings, SourcePosition position)
      implements Expectation {
    public Bindings {
      bindings = List.copyOf(bindings);
    }
  }

  /**
   * The contacts bound to one AOR at one registrar, exactly these (none for an empty list).
   *
   * @param registrar the registrar or PBX element
   */
  record Binding(String registrar, SipUri aor, List<SipUri> contacts, SourcePosition position) {
    public Binding {
      contacts = List.copyOf(contacts);
    }
  }

  /**
   * {@code { findings: none }} or {@code { findings: [CSEQ-001] }}: the set of rule ids the
   * checker reports is exactly this one (each found at least once; empty for none).
   */
  record Findings(List<String> ruleIds, SourcePosition position) implements Expectation {
    public Findings {
      ruleIds = List.copyOf(ruleIds);
    }

    public boolean expectsNone() {
      return ruleIds.isEmpty();
    }
  }
}
