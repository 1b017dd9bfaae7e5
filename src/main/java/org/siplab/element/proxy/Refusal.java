package org.siplab.element.proxy;

import java.util.List;
import java.util.Objects;
import org.siplab.message.HeaderField;

/**
 * A response the proxy gives itself instead of forwarding: when a check of section 16.3 fails,
 * "the element MUST behave as a user agent server (see Section 8.2) and respond with an error
 * code". It carries the reason in words for the trace.
 *
 * @param status the status code
 * @param why what the trace says, with the RFC section
 * @param fields header fields the response carries besides those of section 8.2.6
 */
record Refusal(int status, String why, List<HeaderField> fields) {

  Refusal {
    Objects.requireNonNull(why, "why");
    fields = List.copyOf(fields);
  }

  static Refusal of(int status, String why) {
    return new Refusal(status, why, List.of());
  }
}
