package org.siplab.scenario.run;

import java.util.ArrayList;
import java.util.List;
import org.siplab.scenario.model.LinkSpec;
import org.siplab.scenario.model.NetworkSpec;

/**
 * The links of a scenario's network across which no transaction can complete: a request and its
 * answer take at least the delay of each direction (jitter only adds), and when that is 64*T1 or
 * more, Timer B or F has ended the client transaction before the answer arrives (RFC 3261
 * sections 17.1.1.2 and 17.1.2.2).
 */
final class SlowLinks {

  private static final long MINUTE_US = 60_000_000L;

  private SlowLinks() {}

  /** The notes for {@code network}'s slow links: its default first, then its links in order. */
  static List<RunResult.SlowLink> of(NetworkSpec network, long timeoutUs) {
    List<RunResult.SlowLink> slow = new ArrayList<>();
    long defaultUs = network.defaults().delay().micros();
    if (network.defaultsAt() != null && 2 * defaultUs >= timeoutUs) {
      slow.add(new RunResult.SlowLink(network.defaultsAt(), "the network's default link",
          2 * defaultUs, timeoutUs, isMinutes(defaultUs)));
    }
    for (LinkSpec link : network.links()) {
      long delayUs = link.behavior().delay().micros();
      // A link that only inherits the default's delay is covered by the default's note.
      if (delayUs == defaultUs) {
        continue;
      }
      long roundTripUs = delayUs + delayUs(network, link.to(), link.from());
      if (roundTripUs >= timeoutUs) {
        slow.add(new RunResult.SlowLink(link.position(), "the link " + (link.bothWays()
            ? "between " + link.from() + " and " + link.to()
            : "from " + link.from() + " to " + link.to()), roundTripUs, timeoutUs,
            isMinutes(delayUs)));
      }
    }
    return slow;
  }

  /** The one-way delay from {@code from} to {@code to}: its link's, else the default's. */
  private static long delayUs(NetworkSpec network, String from, String to) {
    for (LinkSpec link : network.links()) {
      boolean forward = link.from().equals(from) && link.to().equals(to);
      boolean backward = link.bothWays() && link.from().equals(to) && link.to().equals(from);
      if (forward || backward) {
        return link.behavior().delay().micros();
      }
    }
    return network.defaults().delay().micros();
  }

  /** A delay of whole minutes: {@code 1m} written where {@code 1ms} was meant. */
  private static boolean isMinutes(long us) {
    return us > 0 && us % MINUTE_US == 0;
  }
}
