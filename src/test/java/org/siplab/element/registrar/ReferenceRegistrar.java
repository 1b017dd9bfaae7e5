package org.siplab.element.registrar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.siplab.message.NameAddress;
import org.siplab.message.SipRequest;

/**
 * A second, plain reading of RFC 3261 section 10.3 steps 6 and 7, to hold the registrar against:
 * a list of bindings per AOR, changed by each REGISTER that got past authentication, in the order
 * they arrived. It knows only what the property tests send: one registrar, contacts written the
 * same way each time, no Require, every user registering its own AOR.
 */
final class ReferenceRegistrar {

  private static final long SECOND = 1_000_000;
  private static final long HOUR = 3600 * SECOND;

  private record Bound(String contact, double q, long untilUs, String callId, long cseq) {}

  private final long minUs;
  private final long maxUs;
  private final Map<String, List<Bound>> byAor = new TreeMap<>();

  ReferenceRegistrar(long minUs, long maxUs) {
    this.minUs = minUs;
    this.maxUs = maxUs;
  }

  /** A REGISTER that reached the registrar at {@code atUs}. */
  void receive(SipRequest register, long atUs) {
    if (register.authorization().isEmpty()) {
      return; // challenged with 401
    }
    String aor = register.to().sipUri().aorKey();
    List<Bound> next = alive(aor, atUs);
    String callId = register.callId();
    long cseq = register.cseq().number();
    if (register.hasWildcardContact()) {
      for (Bound b : next) {
        if (b.callId().equals(callId) && cseq <= b.cseq()) {
          return;
        }
      }
      next.clear();
    }
    for (NameAddress contact : register.contacts()) {
      long asked = contact.expires() >= 0 ? contact.expires() * SECOND
          : register.expires() >= 0 ? register.expires() * SECOND : HOUR;
      if (asked > 0 && asked < HOUR && asked < minUs) {
        return; // 423
      }
      long granted = Math.min(asked, maxUs);
      String uri = contact.uri().toString();
      int at = indexOf(next, uri);
      if (at >= 0 && next.get(at).callId().equals(callId) && cseq <= next.get(at).cseq()) {
        return; // 500: out of order
      }
      double q = contact.q() < 0 ? 1 : contact.q();
      Bound bound = new Bound(uri, q, atUs + granted, callId, cseq);
      if (at < 0 && granted > 0) {
        next.add(bound);
      } else if (at >= 0 && granted == 0) {
        next.remove(at);
      } else if (at >= 0) {
        next.set(at, bound);
      }
    }
    byAor.put(aor, next);
  }

  /** "uri q=Q until T" of each binding alive at {@code atUs}, highest q first. */
  List<String> lookup(String aor, long atUs) {
    List<Bound> alive = alive(aor, atUs);
    alive.sort(Comparator.comparingDouble(Bound::q).reversed());
    return alive.stream().map(b -> describe(b.contact(), b.q(), b.untilUs())).toList();
  }

  static String describe(String contact, double q, long untilUs) {
    return String.format(Locale.ROOT, "%s q=%.3f until %d", contact, q, untilUs);
  }

  private List<Bound> alive(String aor, long atUs) {
    List<Bound> out = new ArrayList<>();
    for (Bound b : byAor.getOrDefault(aor, List.of())) {
      if (b.untilUs() > atUs) {
        out.add(b);
      }
    }
    return out;
  }

  private static int indexOf(List<Bound> bindings, String contact) {
    for (int i = 0; i < bindings.size(); i++) {
      if (bindings.get(i).contact().equals(contact)) {
        return i;
      }
    }
    return -1;
  }
}
