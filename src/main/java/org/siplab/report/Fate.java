package org.siplab.report;

/**
 * What the network did with one datagram, gathered from its deliver, drop, duplicate and delay
 * events.
 *
 * @param deliveredUs when the (first) copy arrived, or -1 when none did
 * @param droppedBy why the original was lost ("fault: ACK (match 1)", "random loss"), or null
 * @param duplicated whether the network delivers it twice
 * @param delayedUs how long it was held back beyond its link's delay
 */
record Fate(long deliveredUs, String droppedBy, boolean duplicated, long delayedUs) {

  static final Fate UNKNOWN = new Fate(-1, null, false, 0);

  boolean dropped() {
    return droppedBy != null;
  }

  Fate deliveredAt(long timeUs) {
    return deliveredUs >= 0 ? this : new Fate(timeUs, droppedBy, duplicated, delayedUs);
  }

  Fate droppedBecause(String reason) {
    return new Fate(deliveredUs, reason, duplicated, delayedUs);
  }

  Fate duplicatedCopy() {
    return new Fate(deliveredUs, droppedBy, true, delayedUs);
  }

  Fate delayedBy(long extraUs) {
    return new Fate(deliveredUs, droppedBy, duplicated, delayedUs + extraUs);
  }
}
