package org.siplab.scenario.load;

/** A word a scenario may use (an event, a state, a misbehaviour) and the line that explains it. */
record Term(String name, String doc) {

  static Term of(String name, String doc) {
    return new Term(name, doc);
  }
}
