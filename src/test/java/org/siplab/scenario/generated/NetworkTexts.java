package org.siplab.scenario.generated;

import java.util.ArrayList;
import java.util.List;
import org.siplab.testkit.Draw;

/**
 * The {@code network:} section of a generated scenario: the default link with delay and jitter,
 * and sometimes loss, duplication, reordering or a partition of every link; at most one link of
 * its own (the misbehaviours property replaces it); and sometimes one or two targeted faults, on
 * the nth match or on every one.
 */
final class NetworkTexts {

  /** What a fault may match: requests, responses by status, and by status and method. */
  private static final List<String> PATTERNS = List.of("INVITE", "ACK", "BYE", "CANCEL",
      "REGISTER", "OPTIONS", "INFO", "MESSAGE", "100", "180", "183", "200", "200 INVITE",
      "200 to INVITE", "200 BYE", "401", "407", "486", "487");

  private final Draw d;

  NetworkTexts(Draw d) {
    this.d = d;
  }

  /** The section for {@code phones} and {@code servers}, faults sent by a phone or to one. */
  String write(List<String> phones, List<String> servers) {
    StringBuilder out = new StringBuilder("network:\n  default: { delay: ");
    out.append(d.between(0, 80)).append("ms, jitter: ").append(d.between(0, 20)).append("ms");
    if (d.chance(20)) {
      out.append(", loss: ").append(d.between(1, 30)).append('%');
    }
    if (d.chance(15)) {
      out.append(", duplicate: ").append(d.between(1, 30)).append('%');
    }
    if (d.chance(15)) {
      out.append(", reorder: ").append(d.between(1, 30)).append("%, reorder-delay: ")
          .append(d.between(5, 100)).append("ms");
    }
    if (d.chance(8)) {
      // Every link down at once: the whole network, as a switch restarting.
      out.append(", ").append(partitions());
    }
    out.append(" }\n");
    List<String> all = new ArrayList<>(phones);
    all.addAll(servers);
    if (d.chance(30)) {
      link(out, all);
    }
    if (d.chance(20)) {
      out.append("  faults:\n");
      int faults = d.between(1, 2);
      for (int i = 0; i < faults; i++) {
        fault(out, phones, all);
      }
    }
    return out.toString();
  }

  private void link(StringBuilder out, List<String> all) {
    String one = d.pick(all);
    String peer = other(all, one);
    out.append("  links:\n    - { ").append(d.chance(70) ? "between: [" + one + ", " + peer
        + "]" : "from: " + one + ", to: " + peer);
    switch (d.between(0, 4)) {
      case 0 -> out.append(", loss: ").append(d.between(5, 40)).append('%');
      case 1 -> out.append(", ").append(partitions());
      case 2 -> out.append(", delay: ").append(d.between(100, 900)).append("ms, jitter: ")
          .append(d.between(0, 200)).append("ms");
      case 3 -> out.append(", duplicate: ").append(d.between(10, 60)).append('%');
      default -> out.append(", reorder: ").append(d.between(10, 60)).append("%, reorder-delay: ")
          .append(d.between(5, 300)).append("ms");
    }
    out.append(" }\n");
  }

  private String partitions() {
    int start = d.between(0, 20);
    return "partitions: [{ start: " + start + "s, end: " + (start + d.between(1, 10)) + "s }]";
  }

  private void fault(StringBuilder out, List<String> phones, List<String> all) {
    String phone = d.pick(phones);
    String peer = other(all, phone);
    boolean up = d.chance(50);
    String kind = d.pick("drop", "duplicate", "delay");
    out.append("    - { ").append(kind).append(": \"").append(d.pick(PATTERNS))
        .append("\", from: ").append(up ? phone : peer).append(", to: ")
        .append(up ? peer : phone);
    if (d.chance(75)) {
      out.append(", nth: ").append(d.between(1, 2));
    }
    out.append(kind.equals("delay") ? ", by: " + d.between(1, 3) + "s" : "").append(" }\n");
  }

  private String other(List<String> names, String name) {
    List<String> others = new ArrayList<>(names);
    others.remove(name);
    return d.pick(others);
  }
}
