package org.siplab.explain;

import org.siplab.trace.TraceEvent;

/** One explainer for each kind of event, sharing the trace's index: the one an event needs. */
final class Explainers {

  private final SendExplainer sends;
  private final NetworkExplainer network;
  private final TimerExplainer timers;
  private final TransactionExplainer transactions;
  private final DialogExplainer dialogs;
  private final BindingExplainer bindings;
  private final MediaExplainer media;
  private final ActionExplainer actions;

  Explainers(TraceIndex index) {
    Causes causes = new Causes(index);
    Owners owners = new Owners(index);
    this.sends = new SendExplainer(index, causes);
    this.network = new NetworkExplainer(index);
    this.timers = new TimerExplainer(index, causes, owners);
    this.transactions = new TransactionExplainer(causes, owners);
    this.dialogs = new DialogExplainer(index, causes);
    this.bindings = new BindingExplainer(causes);
    this.media = new MediaExplainer(causes);
    this.actions = new ActionExplainer(index, causes);
  }

  Explanation explain(TraceEvent e) {
    if (e instanceof TraceEvent.Send s) {
      return sends.explain(s);
    } else if (e instanceof TraceEvent.Deliver d) {
      return network.deliver(d);
    } else if (e instanceof TraceEvent.Drop d) {
      return network.drop(d);
    } else if (e instanceof TraceEvent.Duplicate d) {
      return network.duplicate(d);
    } else if (e instanceof TraceEvent.Delay d) {
      return network.delay(d);
    } else if (e instanceof TraceEvent.Timer t) {
      return timers.explain(t);
    } else if (e instanceof TraceEvent.Transaction t) {
      return transactions.explain(t);
    } else if (e instanceof TraceEvent.Dialog d) {
      return dialogs.explain(d);
    } else if (e instanceof TraceEvent.Binding b) {
      return bindings.explain(b);
    } else if (e instanceof TraceEvent.Media m) {
      return media.explain(m);
    } else if (e instanceof TraceEvent.Action a) {
      return actions.explain(a);
    }
    throw new IllegalArgumentException("unknown event kind " + e);
  }
}
