package org.siplab.element;

import org.siplab.transaction.LayerSettings;
import org.siplab.transaction.TransactionUser;
import org.siplab.transaction.TransportSettings;

/**
 * Something on the network: a phone, a registrar, a proxy, a redirect server, a PBX, or an element
 * of one's own. It is a transaction user (it receives what its transaction layer passes up) that
 * acts on the clock and sends through its {@link ElementContext}; nothing here exposes the
 * simulator, so an element written against this interface runs in any scenario.
 */
public interface Element extends TransactionUser {

  /** The element's name in the scenario and in the trace ({@code alice}, {@code proxy-1}). */
  String name();

  /** phone, proxy, registrar, redirect, pbx, or an element's own kind. */
  String kind();

  /** Called once, at virtual time 0, when the network is wired; the context stays valid. */
  void start(ElementContext context);

  /**
   * The settings its transaction layer runs with, given the network's (the scenario's timers).
   * An element keeps them; one switched into a deliberate timer or retransmission mistake departs
   * from them, and the rule checker, which reads the scenario's timers, says so.
   */
  default LayerSettings layerSettings(LayerSettings network) {
    return network;
  }

  /** The settings its transport runs with, given the defaults; a user agent's says so. */
  default TransportSettings transportSettings(TransportSettings defaults) {
    return defaults;
  }

  /**
   * The element's state in words, for expectations and reports ({@code registered},
   * {@code in-call}); elements without a meaningful state return {@code "up"}.
   */
  default String state() {
    return "up";
  }
}
