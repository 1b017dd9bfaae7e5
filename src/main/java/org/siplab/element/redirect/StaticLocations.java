package org.siplab.element.redirect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.siplab.element.LocationService;
import org.siplab.message.NameAddress;
import org.siplab.message.SipUri;

/**
 * A location service that never changes: the {@code contacts} table of a redirect server's
 * configuration. Its bindings never expire and carry no Call-ID or CSeq, since no REGISTER made
 * them.
 */
final class StaticLocations implements LocationService {

  /** A binding of the table lasts for the whole run. */
  static final long NEVER_US = Long.MAX_VALUE;

  private final Map<String, List<Binding>> byAor = new LinkedHashMap<>();

  StaticLocations(Map<SipUri, List<SipUri>> contacts) {
    for (Map.Entry<SipUri, List<SipUri>> e : contacts.entrySet()) {
      String aor = e.getKey().aorKey();
      List<Binding> bindings = byAor.computeIfAbsent(aor, k -> new ArrayList<>());
      for (SipUri uri : e.getValue()) {
        bindings.add(new Binding(aor, NameAddress.of(uri), 1.0, NEVER_US, "", 0));
      }
    }
  }

  @Override
  public List<Binding> lookup(String aorKey) {
    return List.copyOf(byAor.getOrDefault(aorKey, List.of()));
  }

  @Override
  public boolean knows(String aorKey) {
    return byAor.containsKey(aorKey);
  }
}
