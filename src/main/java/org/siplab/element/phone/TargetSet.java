package org.siplab.element.phone;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.siplab.message.NameAddress;
import org.siplab.message.SipUri;

/**
 * The caller's target set of RFC 3261 section 8.1.3.4: it starts with the Request-URI of the
 * INVITE; the Contacts of a 3xx are added, highest q first, and tried one after the other; "a
 * client processing 3xx class responses MUST NOT add any given URI to the target set more than
 * once", which stops two servers redirecting to each other forever.
 */
final class TargetSet {

  private final List<SipUri> seen = new ArrayList<>();
  private final Deque<SipUri> untried = new ArrayDeque<>();

  TargetSet(SipUri first) {
    seen.add(first);
  }

  /** Adds the SIP Contacts of a 3xx not seen before; returns how many were new. */
  int addContacts(List<NameAddress> contacts) {
    List<NameAddress> byQ = new ArrayList<>(contacts);
    // A stable sort: contacts of equal q keep the order the 3xx gave them.
    byQ.sort(Comparator.comparingDouble((NameAddress c) -> c.q() < 0 ? 1.0 : c.q()).reversed());
    int added = 0;
    for (NameAddress contact : byQ) {
      SipUri uri = contact.sipUri();
      if (uri != null && seen.stream().noneMatch(uri::equivalentTo)) {
        seen.add(uri);
        untried.add(uri);
        added++;
      }
    }
    return added;
  }

  /** The next URI to try, taken out of the set. */
  Optional<SipUri> next() {
    return Optional.ofNullable(untried.poll());
  }

  boolean hasNext() {
    return !untried.isEmpty();
  }
}
