package org.siplab.scenario.model;

import java.util.List;

/**
 * How a link treats datagrams, as {@code org.siplab.sim.LinkProfile} models it: every datagram
 * takes {@code delay} plus a random {@code 0..jitter}; shares of them are lost, duplicated or held
 * back by {@code reorderDelay}; during a partition everything sent is dropped.
 */
public record LinkBehavior(
    Duration delay,
    Duration jitter,
    double lossRatio,
    double duplicateRatio,
    double reorderRatio,
    Duration reorderDelay,
    List<TimeWindow> partitions) {

  /** No delay, no loss, no duplication, no reordering, no partitions. */
  public static final LinkBehavior PERFECT = new LinkBehavior(
      Duration.ZERO, Duration.ZERO, 0, 0, 0, Duration.ZERO, List.of());

  public LinkBehavior {
    partitions = List.copyOf(partitions);
  }
}
