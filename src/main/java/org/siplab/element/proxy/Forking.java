package org.siplab.element.proxy;

import java.util.Locale;

/**
 * How a proxy works through a target set of several contacts (RFC 3261 section 16.6: "It MAY
 * process multiple targets serially ... It MAY start client transactions with every target in
 * parallel"). Either way the targets are taken from the highest q-value to the lowest.
 */
public enum Forking {
  /** Every target at once. */
  PARALLEL,
  /** One target at a time; the next after a non-2xx final response or a timeout. */
  SEQUENTIAL;

  /** The word a scenario file uses: {@code parallel} or {@code sequential}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The value for a scenario word, in any case. */
  public static Forking fromKey(String key) {
    for (Forking f : values()) {
      if (f.key().equalsIgnoreCase(key)) {
        return f;
      }
    }
    throw new IllegalArgumentException("forking is parallel or sequential, not \"" + key + "\"");
  }
}
