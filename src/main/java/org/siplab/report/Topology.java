package org.siplab.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.siplab.trace.RunSettings;

/**
 * The scenario's topology for graphviz: one box an element (name, kind, address) and one line for
 * each pair that exchanged datagrams, labelled with how many and with the pair's link profile when
 * the scenario gives it one of its own.
 */
final class Topology {

  private Topology() {}

  static String dot(Ladder ladder, RunSettings settings) {
    StringBuilder dot = new StringBuilder("graph topology {\n")
        .append("  graph [rankdir=LR, nodesep=0.4, ranksep=0.9];\n")
        .append("  node [shape=box, style=rounded, fontsize=11];\n")
        .append("  edge [fontsize=9];\n");
    for (Column c : ladder.columns()) {
      dot.append("  ").append(Dot.quote(c.name())).append(" [label=")
          .append(Dot.quote(c.name() + "\n" + c.kind() + "\n" + c.address())).append("];\n");
    }
    for (Map.Entry<Pair, Integer> pair : pairs(ladder).entrySet()) {
      String a = ladder.columns().get(pair.getKey().left()).name();
      String b = ladder.columns().get(pair.getKey().right()).name();
      String label = pair.getValue() + (pair.getValue() == 1 ? " datagram" : " datagrams")
          + links(settings, a, b);
      dot.append("  ").append(Dot.quote(a)).append(" -- ").append(Dot.quote(b))
          .append(" [label=").append(Dot.quote(label)).append("];\n");
    }
    return dot.append("}\n").toString();
  }

  private record Pair(int left, int right) {}

  /** Datagram counts by unordered pair of columns, in the order the pairs first talk. */
  private static Map<Pair, Integer> pairs(Ladder ladder) {
    Map<Pair, Integer> counts = new LinkedHashMap<>();
    for (Arrow a : ladder.arrows()) {
      Pair pair = new Pair(Math.min(a.from(), a.to()), Math.max(a.from(), a.to()));
      counts.merge(pair, 1, Integer::sum);
    }
    return counts;
  }

  private static String links(RunSettings settings, String a, String b) {
    if (settings == null) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    List<RunSettings.Link> links = settings.links();
    for (RunSettings.Link l : links) {
      boolean forward = a.equals(l.from()) && b.equals(l.to());
      boolean back = b.equals(l.from()) && a.equals(l.to());
      if (forward || back) {
        text.append('\n').append(l.from()).append(" → ").append(l.to()).append(": ")
            .append(LinkWords.of(l));
      }
    }
    return text.toString();
  }
}
