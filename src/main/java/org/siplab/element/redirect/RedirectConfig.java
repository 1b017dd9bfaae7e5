package org.siplab.element.redirect;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.siplab.element.LocationService;
import org.siplab.message.SipUri;

/**
 * How a redirect server is set up: one record component for each key of a scenario file's
 * redirect server. Where the contacts come from is exactly one of a location service (a
 * registrar's, which the scenario runner hands in) or a fixed table.
 *
 * @param domain when present, the only domain whose addresses-of-record the server redirects; a
 *     request for another domain gets 404
 * @param locationService the location service to read (section 8.3: a redirect server is "a
 *     transaction user that has access to a location service of some kind")
 * @param contacts a fixed table instead: address-of-record to the URIs it moved to, in order;
 *     an address mapped to no URI is known but unavailable (480)
 * @param misbehave the deliberate rule violations switched on
 */
public record RedirectConfig(
    Optional<String> domain,
    Optional<LocationService> locationService,
    Map<SipUri, List<SipUri>> contacts,
    Set<Misbehaviour> misbehave) {

  public RedirectConfig {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(locationService, "locationService");
    if (locationService.isPresent() && !contacts.isEmpty()) {
      throw new IllegalArgumentException(
          "a redirect server reads a location service or a contacts table, not both");
    }
    Map<SipUri, List<SipUri>> copy = new LinkedHashMap<>();
    for (Map.Entry<SipUri, List<SipUri>> e : contacts.entrySet()) {
      copy.put(e.getKey(), List.copyOf(e.getValue()));
    }
    contacts = Collections.unmodifiableMap(copy);
    misbehave = misbehave.isEmpty() ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(misbehave));
  }

  /** A redirect server that reads {@code locations}, for every domain. */
  public static RedirectConfig reading(LocationService locations) {
    return new RedirectConfig(Optional.empty(), Optional.of(locations), Map.of(), Set.of());
  }

  /**
   * A redirect server with a fixed table, for every domain. The table is kept in the order of
   * its addresses' text, so that whatever map is handed in the server behaves the same.
   */
  public static RedirectConfig withContacts(Map<SipUri, List<SipUri>> contacts) {
    Map<String, SipUri> byText = new TreeMap<>();
    for (SipUri aor : contacts.keySet()) {
      byText.put(aor.toString(), aor);
    }
    Map<SipUri, List<SipUri>> ordered = new LinkedHashMap<>();
    for (SipUri aor : byText.values()) {
      ordered.put(aor, contacts.get(aor));
    }
    return new RedirectConfig(Optional.empty(), Optional.empty(), ordered, Set.of());
  }

  public RedirectConfig withDomain(String newDomain) {
    return new RedirectConfig(Optional.of(newDomain), locationService, contacts, misbehave);
  }

  public RedirectConfig withMisbehaviour(Misbehaviour... switches) {
    Set<Misbehaviour> all = misbehave.isEmpty() ? EnumSet.noneOf(Misbehaviour.class)
        : EnumSet.copyOf(misbehave);
    all.addAll(Set.of(switches));
    return new RedirectConfig(domain, locationService, contacts, all);
  }

  public boolean misbehaves(Misbehaviour m) {
    return misbehave.contains(m);
  }
}
