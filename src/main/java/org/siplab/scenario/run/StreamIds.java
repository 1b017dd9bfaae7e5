package org.siplab.scenario.run;

import org.siplab.dialog.IdSource;
import org.siplab.message.Via;
import org.siplab.sim.RandomStream;

/**
 * An element's tags, branches and Call-IDs from its own stream ({@code ids:<element>}), so that
 * they depend on the seed and the element's name only (DESIGN.md: adding an element never changes
 * another's numbers).
 */
final class StreamIds implements IdSource {

  private final RandomStream stream;
  private final String host;

  StreamIds(RandomStream stream, String host) {
    this.stream = stream;
    this.host = host;
  }

  /** Section 19.3: "at least 32 bits of randomness"; 8 base-36 characters hold 41. */
  @Override
  public String tag() {
    return stream.token(8);
  }

  @Override
  public String branch() {
    return Via.MAGIC_COOKIE + stream.token(10);
  }

  @Override
  public String callId() {
    return stream.token(12) + "@" + host;
  }
}
