package org.siplab.scenario.load;

import java.util.List;

/** A script action of one kind of element: its name, its parameters and what it does. */
record ActionSpec(String name, List<Param> params, String doc) {

  /** What may stand in one place of an action's arguments. */
  enum Param {
    TARGET("<target>", "a phone's name or a SIP URI"),
    ADDRESS("<address>", "an IP address with an optional port"),
    TEXT("<text...>", "text, to the end of the line");

    private final String usage;
    private final String meaning;

    Param(String usage, String meaning) {
      this.usage = usage;
      this.meaning = meaning;
    }

    String usage() {
      return usage;
    }

    String meaning() {
      return meaning;
    }
  }

  ActionSpec {
    params = List.copyOf(params);
  }

  static ActionSpec of(String name, String doc, Param... params) {
    return new ActionSpec(name, List.of(params), doc);
  }

  /** {@code call <target>}. */
  String usage() {
    StringBuilder out = new StringBuilder(name);
    params.forEach(param -> out.append(' ').append(param.usage()));
    return out.toString();
  }
}
