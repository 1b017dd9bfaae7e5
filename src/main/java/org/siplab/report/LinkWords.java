package org.siplab.report;

import java.util.ArrayList;
import java.util.List;
import org.siplab.trace.RunSettings;

/** A link's profile in words: "delay 10 ms, jitter 2 ms, loss 20%", or "perfect". */
final class LinkWords {

  private LinkWords() {}

  static String of(RunSettings.Link link) {
    List<String> parts = new ArrayList<>();
    parts.add("delay " + TimeText.span(link.delayUs()));
    if (link.jitterUs() > 0) {
      parts.add("jitter " + TimeText.span(link.jitterUs()));
    }
    if (link.lossRatio() > 0) {
      parts.add("loss " + percent(link.lossRatio()));
    }
    if (link.duplicateRatio() > 0) {
      parts.add("duplicates " + percent(link.duplicateRatio()));
    }
    if (link.reorderRatio() > 0) {
      parts.add("reorders " + percent(link.reorderRatio()) + " by "
          + TimeText.span(link.reorderDelayUs()));
    }
    for (RunSettings.Window w : link.partitions()) {
      parts.add("cut from " + TimeText.at(w.startUs()) + " to " + TimeText.at(w.endUs()));
    }
    return String.join(", ", parts);
  }

  /** {@code 20%} or {@code 0.5%}: Double.toString is the same in every locale. */
  static String percent(double ratio) {
    double tenths = Math.round(ratio * 1000) / 10.0;
    String text = Double.toString(tenths);
    return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text) + "%";
  }
}
