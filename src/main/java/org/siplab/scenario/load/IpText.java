package org.siplab.scenario.load;

import java.util.Optional;

/**
 * Checks IP address literals by their text alone, and says what is wrong: the simulated network has
 * no DNS, and looking a name up on the machine running the simulation would make a run depend on
 * that machine.
 */
final class IpText {

  private static final int IPV6_GROUPS = 8;

  private IpText() {}

  /** Why {@code text} is not a dotted-quad IPv4 address; empty when it is one. */
  static Optional<String> ipv4Problem(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return Optional.of("an IPv4 address has four numbers separated by dots");
    }
    for (String part : parts) {
      if (!part.matches("[0-9]{1,3}")) {
        return Optional.of(Nodes.quote(part) + " is not a number from 0 to 255");
      }
      if (part.length() > 1 && part.startsWith("0")) {
        return Optional.of(part + " has a leading zero, which some systems read as octal");
      }
      if (Integer.parseInt(part) > 255) {
        return Optional.of(part + " is above 255");
      }
    }
    return Optional.empty();
  }

  static boolean looksLikeIpv4(String text) {
    return text.matches("[0-9.]+");
  }

  /**
   * Whether {@code text} is an RFC 4291 section 2.2 IPv6 literal: eight groups of one to four hex
   * digits, at most one {@code ::} standing for one or more zero groups, and optionally a dotted
   * IPv4 address in the last 32 bits. No brackets, no zone index.
   */
  static boolean isIpv6(String text) {
    int doubleColon = text.indexOf("::");
    if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
      return false;
    }
    if (doubleColon < 0) {
      return groupCount(text) == IPV6_GROUPS;
    }
    String head = text.substring(0, doubleColon);
    String tail = text.substring(doubleColon + 2);
    int headGroups = head.isEmpty() ? 0 : groupCount(head);
    int tailGroups = tail.isEmpty() ? 0 : groupCount(tail);
    return headGroups >= 0 && tailGroups >= 0 && !head.contains(".")
        && headGroups + tailGroups < IPV6_GROUPS;
  }

  /** The 16-bit groups in a colon-separated run, an IPv4 tail counting two; -1 if malformed. */
  private static int groupCount(String run) {
    String[] parts = run.split(":", -1);
    int groups = 0;
    for (int i = 0; i < parts.length; i++) {
      if (i == parts.length - 1 && parts[i].contains(".")) {
        if (ipv4Problem(parts[i]).isPresent()) {
          return -1;
        }
        groups += 2;
      } else if (parts[i].matches("[0-9A-Fa-f]{1,4}")) {
        groups++;
      } else {
        return -1;
      }
    }
    return groups;
  }
}
