package org.siplab.scenario.model;

/** A window of virtual time, {@code start} included and {@code end} excluded; end after start. */
public record TimeWindow(Duration start, Duration end) {

  public TimeWindow {
    if (end.compareTo(start) <= 0) {
      throw new IllegalArgumentException("a window ends after it starts: " + start + ".." + end);
    }
  }
}
