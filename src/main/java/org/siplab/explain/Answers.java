package org.siplab.explain;

import org.siplab.trace.TraceEvent.Deliver;

/** Names the request a response answers, by its delivery: {@code the INVITE delivered at seq 6}. */
final class Answers {

  private Answers() {}

  static String request(Deliver answered, String method) {
    return answered == null ? "the " + method : "the " + method + " delivered at seq "
        + answered.seq();
  }
}
