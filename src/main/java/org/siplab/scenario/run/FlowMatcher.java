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
    if (first < 0) {
      return new Outcome(false, "no message matches the first step " + describe(items.get(0))
          + "\n" + diff(items, sent, 0, 0));
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
            + "\n" + diff(items, sent, first, i));
      }
      at = next + width(item);
      gap = false;
    }
    boolean openEnd = items.get(items.size() - 1) instanceof FlowItem.Gap;
    if (!openEnd && at < sent.size()) {
      return new Outcome(false, "the flow ends, but the run went on with " + sent.get(at)
          + " (add ... at the end to allow more)\n" + diff(items, sent, first, items.size()));
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

  /** Expected steps beside the messages sent, from the flow's start, marking the failing step. */
  private static String diff(List<FlowItem> items, List<Sent> sent, int first, int failing) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(java.util.Locale.ROOT, "    %-40s | %s%n", "expected", "sent"));
    int rows = Math.max(items.size(), Math.min(sent.size() - first, items.size() + 3));
    for (int r = 0; r < rows; r++) {
      String left = r < items.size() ? describe(items.get(r)) : "";
      String right = first + r < sent.size() ? sent.get(first + r).toString() : "";
      sb.append(String.format(java.util.Locale.ROOT, "  %s %-40s | %s%n",
          r == failing ? ">" : " ", left, right));
    }
    return sb.toString();
  }
}
