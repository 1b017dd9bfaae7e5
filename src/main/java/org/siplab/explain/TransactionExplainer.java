package org.siplab.explain;

import org.siplab.trace.TraceEvent.Transaction;

/** Explains a transaction's state change as an edge of its RFC 3261 figure, with the reason. */
final class TransactionExplainer {

  private final Causes causes;
  private final Owners owners;

  TransactionExplainer(Causes causes, Owners owners) {
    this.causes = causes;
    this.owners = owners;
  }

  Explanation explain(Transaction t) {
    String kind = t.kind();
    Owners.Ref ref = owners.transaction(t.element(), t.transaction());
    String what = kind + " transaction for " + ref.text();
    String change = t.fromState() == null
        ? t.element() + " creates " + article(kind) + " " + what + " in " + t.toState()
        : t.element() + "'s " + what + " moves " + t.fromState() + " -> " + t.toState();
    String text = change + " (" + t.reason() + ")" + ref.on(t, causes) + ": "
        + TransactionStates.meaning(kind, t.toState(), t.reason())
        + TransactionStates.citation(kind, t.fromState(), t.toState()) + ".";
    return new Explanation(text, Note.TRANSACTIONS_AND_TIMERS);
  }

  private static String article(String kind) {
    return kind.startsWith("INVITE") ? "an" : "a";
  }
}
