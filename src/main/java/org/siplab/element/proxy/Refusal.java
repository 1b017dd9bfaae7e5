package org.siplab.element.proxy;

import java.util.List;
import java.util.Objects;
import org.siplab.message.HeaderField;

/**
 * A response the proxy gives itself instead of forwarding, "behaving as a user agent server"
 * (section 16.3), with the reason in words for the trace.
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
