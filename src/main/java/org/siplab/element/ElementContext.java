package org.siplab.element;

import java.util.random.RandomGenerator;
import org.siplab.dialog.DialogObserver;
import org.siplab.dialog.IdSource;
import org.siplab.dialog.Resolver;
import org.siplab.dialog.TimerService;
import org.siplab.sim.Endpoint;
import org.siplab.transaction.TransactionLayer;

/** What the network gives an element: its address, transactions, timers, identifiers and names. */
public interface ElementContext {

  String name();

  /** The IP address and port the element listens on. */
  Endpoint endpoint();

  /** The element's transaction layer, whose TU is the element. */
  TransactionLayer transactions();

  TimerService timers();

  /** Tags, branches and Call-IDs from the element's own seeded stream. */
  IdSource ids();

  /** Other randomness of the element (nonces, choices), from its own seeded stream. */
  RandomGenerator random();

  /** Where a URI's host leads: the scenario's elements stand in for DNS (RFC 3263). */
  Resolver resolver();

  /** The scenario's elements by name and domain. */
  Directory directory();

  /** Where the element reports what the trace should show beyond messages. */
  ElementEvents events();

  /** Where the element's UA core reports its dialogs. */
  DialogObserver dialogObserver();
}
