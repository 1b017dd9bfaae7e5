package org.siplab.scenario.model;

import org.siplab.message.SipUri;
import org.siplab.sim.Endpoint;

/** One argument of a script action, typed by what the action expects in that place. */
public sealed interface Argument {

  /** A target named by element: {@code alice.call bob}. */
  record ElementTarget(String element) implements Argument {}

  /** A target named by URI: {@code alice.call sip:100@pbx.example.com}. */
  record UriTarget(SipUri uri) implements Argument {}

  /** A network address: {@code alice.move 192.0.2.201}. */
  record Address(Endpoint address) implements Argument {}

  /** Free text, the rest of the line: {@code alice.message bob See you at 5}. */
  record Text(String text) implements Argument {}
}
