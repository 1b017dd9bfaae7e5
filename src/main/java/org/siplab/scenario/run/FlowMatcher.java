package org.siplab.scenario.run;

import java.util.ArrayList;
import java.util.List;
import org.siplab.scenario.model.FlowItem;

/**
 * Matches an expected flow against the messages a run sent. The flow starts at the first message
 * that matches its first step; each step must be the very next message unless a {@code ...} stands
 * before it; an any-order group matches its messages in any order, one after the other; without a
 * {@code ...} at the end, no message may follow the last step.
 */
final class FlowMatcher {

  /** One message as the flow sees it. */
  record Sent(String from, String to, org.siplab.message.SipMessage message, String label) {
    boolean matches(FlowItem.Message step) {
      return from.equals(step.from()) && to.equals(step.to()) && message != null
          && step.pattern().matches(message);
    }

    @Override
    public String toString() {
      return from + ">" + to + " " + label;
    }
  }

  /** The result: matched, or where it went wrong with both sides for a readable diff. */
  record Outcome(boolean matched, String explanation) {}

  private FlowMatcher() {}

  static Outcome match(List<FlowItem> items, List<Sent> sent) {
    int first = firstIndex(items, sent);
    // Where each step's messages start in sent, as matched; -1 for a gap or a step not reached.
    int[] starts = new int[items.size()];
    java.util.Arrays.fill(starts, -1);
    if (first < 0) {
      int step = 0;
      while (items.get(step) instanceof FlowItem.Gap) {
        step++;
      }
      return new Outcome(false, "no message matches the first step " + describe(items.get(step))
          + "\n" + diff(items, sent, starts, 0, step, true));
    }
    int at = first;
    boolean gap = false;
    for (int i = 0; i < items.size(); i++) {
      FlowItem item = items.get(i);
      if (item instanceof FlowItem.Gap) {
        gap = true;
        continue;
      }
      int next = gap ? search(item, sent, at) : (fits(item, sent, at) ? at : -1);
      if (next < 0) {
        String where = gap ? "no later message matches step " : "step ";
        return new Outcome(false, where + (i + 1) + " " + describe(item)
            + (gap ? "" : " does not match message " + (at + 1) + (at < sent.size()
                ? " (" + sent.get(at) + ")" : " (the run sent no more)"))
            + "\n" + diff(items, sent, starts, at, i, gap));
      }
      starts[i] = next;
      at = next + width(item);
      gap = false;
    }
    boolean openEnd = items.get(items.size() - 1) instanceof FlowItem.Gap;
    if (!openEnd && at < sent.size()) {
      return new Outcome(false, "the flow ends, but the run went on with " + sent.get(at)
          + " (add ... at the end to allow more)\n"
          + diff(items, sent, starts, at, items.size(), false));
    }
    return new Outcome(true, "the " + count(items) + " messages came as expected");
  }

  private static int firstIndex(List<FlowItem> items, List<Sent> sent) {
    for (FlowItem item : items) {
      if (!(item instanceof FlowItem.Gap)) {
        return search(item, sent, 0);
      }
    }
    return 0;
  }

  private static int search(FlowItem item, List<Sent> sent, int from) {
    for (int k = from; k < sent.size(); k++) {
      if (fits(item, sent, k)) {
        return k;
      }
    }
    return -1;
  }

  /** Whether {@code item} matches the messages starting at {@code k}. */
  private static boolean fits(FlowItem item, List<Sent> sent, int k) {
    if (item instanceof FlowItem.Message m) {
      return k < sent.size() && sent.get(k).matches(m);
    }
    FlowItem.AnyOrder group = (FlowItem.AnyOrder) item;
    List<FlowItem.Message> left = new ArrayList<>(group.messages());
    for (int j = k; j < k + group.messages().size(); j++) {
      if (j >= sent.size() || !takeMatch(left, sent.get(j))) {
        return false;
      }
    }
    return true;
  }

  /** Removes the first step of {@code left} that {@code s} matches; false when none does. */
  private static boolean takeMatch(List<FlowItem.Message> left, Sent s) {
    for (int i = 0; i < left.size(); i++) {
      if (s.matches(left.get(i))) {
        left.remove(i);
        return true;
      }
    }
    return false;
  }

  private static int width(FlowItem item) {
    return item instanceof FlowItem.AnyOrder g ? g.messages().size() : 1;
  }

  private static int count(List<FlowItem> items) {
    int n = 0;
    for (FlowItem i : items) {
      n += i instanceof FlowItem.Gap ? 0 : width(i);
    }
    return n;
  }

  static String describe(FlowItem item) {
    if (item instanceof FlowItem.AnyOrder g) {
      return "{any-order: " + g.messages() + "}";
    }
    return item instanceof FlowItem.Gap ? "..." : item.toString();
  }

  /** How many messages a '...' shows of those it stands for; the rest are counted. */
  private static final int GAP_ROWS = 3;

  /**
   * Each expected step beside the message it matched, the messages a {@code ...} stood for under
   * it (the first few, then how many more), and at the failing step ({@code failing}, or
   * {@code items.size()} past the end) what came instead: so that a step is never shown beside a
   * message it was not compared with. {@code at} is the first message not yet matched.
   */
  private static String diff(List<FlowItem> items, List<Sent> sent, int[] starts, int at,
      int failing, boolean searched) {
    List<String[]> rows = new ArrayList<>();
    int end = -1;
    for (int i = 0; i < items.size(); i++) {
      FlowItem item = items.get(i);
      if (i > failing || (i == failing && !searched)) {
        rows.add(new String[] {i == failing ? ">" : " ", describe(item),
            i == failing ? (at < sent.size() ? sent.get(at).toString() : "(the run sent no more)")
                : ""});
      } else if (i == failing) {
        rows.add(new String[] {">", describe(item), nearest(item, sent, at)});
      } else if (item instanceof FlowItem.Gap) {
        // Before the failing step, the search after this gap found nothing up to the end.
        int upTo = i + 1 < failing ? starts[i + 1] : sent.size();
        rows.add(new String[] {" ", "...", ""});
        more(rows, sent, end < 0 ? 0 : end, upTo, GAP_ROWS);
      } else {
        for (int k = 0; k < width(item); k++) {
          rows.add(new String[] {" ", k == 0 ? describe(item) : "",
              sent.get(starts[i] + k).toString()});
        }
        end = starts[i] + width(item);
      }
    }
    if (failing == items.size()) {
      rows.add(new String[] {">", "(the flow ends here)", sent.get(at).toString()});
      more(rows, sent, at + 1, sent.size(), GAP_ROWS - 1);
    }
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(java.util.Locale.ROOT, "    %-40s | %s%n", "expected", "sent"));
    for (String[] row : rows) {
      sb.append(String.format(java.util.Locale.ROOT, "  %s %-40s | %s%n", row[0], row[1],
          row[2]));
    }
    return sb.toString();
  }

  /**
   * The messages from {@code from} to {@code to} in rows of their own, at most {@code limit} and
   * then how many more; the first goes on the row above when that row's sent column is empty.
   */
  private static void more(List<String[]> rows, List<Sent> sent, int from, int to, int limit) {
    int shown = Math.min(Math.max(to - from, 0), limit);
    for (int k = 0; k < shown; k++) {
      String[] last = rows.get(rows.size() - 1);
      if (k == 0 && last[2].isEmpty()) {
        last[2] = sent.get(from).toString();
      } else {
        rows.add(new String[] {" ", "", sent.get(from + k).toString()});
      }
    }
    if (to - from > shown) {
      rows.add(new String[] {" ", "", "(" + (to - from - shown) + " more)"});
    }
  }

  /**
   * What to show beside a step no later message matched: the first later message between the
   * same two elements, which is most often the one the writer meant, or that there is none.
   */
  private static String nearest(FlowItem item, List<Sent> sent, int from) {
    if (item instanceof FlowItem.Message m) {
      for (int k = from; k < sent.size(); k++) {
        if (sent.get(k).from().equals(m.from()) && sent.get(k).to().equals(m.to())) {
          return "(none; " + m.from() + ">" + m.to() + " sent " + sent.get(k).label()
              + ", message " + (k + 1) + ")";
        }
      }
    }
    return "(none)";
  }
}
