package org.siplab.element.proxy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.siplab.element.LocationService;
import org.siplab.message.NameAddress;
import org.siplab.message.SipUri;

/** A location service in memory, filled by the test instead of a registrar. */
final class MemoryLocation implements LocationService {

  private final Map<String, List<Binding>> byAor = new LinkedHashMap<>();

  /** Makes {@code aor} a user of the domain, with no binding yet. */
  MemoryLocation user(String aor) {
    byAor.computeIfAbsent(key(aor), k -> new ArrayList<>());
    return this;
  }

  /** Binds {@code contact} to {@code aor} with preference {@code q}, never expiring. */
  MemoryLocation bind(String aor, SipUri contact, double q) {
    user(aor);
    byAor.get(key(aor)).add(new Binding(key(aor), NameAddress.of(contact), q, Long.MAX_VALUE,
        "test", 1));
    return this;
  }

  @Override
  public List<Binding> lookup(String aorKey) {
    List<Binding> out = new ArrayList<>(byAor.getOrDefault(aorKey, List.of()));
    out.sort(Comparator.comparingDouble(Binding::q).reversed());
    return out;
  }

  @Override
  public boolean knows(String aorKey) {
    return byAor.containsKey(aorKey);
  }

  private static String key(String aor) {
    return Lab.sip(aor).aorKey();
  }
}
