package org.siplab.element.registrar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.siplab.dialog.TimerService;
import org.siplab.element.ElementEvents;
import org.siplab.element.LocationService.Binding;
import org.siplab.element.registrar.BindingUpdate.Action;
import org.siplab.element.registrar.BindingUpdate.Change;

/**
 * The bindings themselves: address-of-record to contacts, each with a timer that removes it when
 * it expires (RFC 3261 section 10.2.1: a binding lives for its expiration interval unless
 * refreshed). In the chan_sip study, {@code register_verify} schedules the expiry with {@code
 * ast_sched_add}, the first event of {@code con->schedq}; here each binding's expiry is a timer of
 * the element on the virtual clock, set, cancelled on refresh and fired in the trace.
 *
 * <p>Every change is reported as a binding event: added, refreshed, removed or expired.
 */
final class LocationTable {

  /** One binding and the timer that will expire it. */
  private static final class Entry {
    Binding binding;
    TimerService.Handle expiry;

    Entry(Binding binding) {
      this.binding = binding;
    }
  }

  private final String element;
  private final TimerService timers;
  private final ElementEvents events;
  /** AOR key to its bindings in the order they were first registered. */
  private final Map<String, List<Entry>> byAor = new TreeMap<>();
  /** Every AOR that ever had a binding here: the location service knows it from then on. */
  private final Set<String> held = new TreeSet<>();

  LocationTable(String element, TimerService timers, ElementEvents events) {
    this.element = element;
    this.timers = timers;
    this.events = events;
  }

  /** The bindings of {@code aor} that have not expired, in the order they were registered. */
  List<Binding> current(String aor) {
    long now = timers.nowUs();
    List<Binding> out = new ArrayList<>();
    for (Entry e : byAor.getOrDefault(aor, List.of())) {
      // A binding is gone at its expiry instant, even before its timer's event has run.
      if (e.binding.expiresAtUs() > now) {
        out.add(e.binding);
      }
    }
    return out;
  }

  /** As {@link #current}, highest q first; a stable sort keeps registration order among equals. */
  List<Binding> byPreference(String aor) {
    List<Binding> out = current(aor);
    out.sort(Comparator.comparingDouble(Binding::q).reversed());
    return out;
  }

  /** Whether {@code aor} ever had a binding here. */
  boolean hasHeld(String aor) {
    return held.contains(aor);
  }

  /** Every address-of-record with a current binding, in key order, and its bindings. */
  Map<String, List<Binding>> all() {
    Map<String, List<Binding>> out = new LinkedHashMap<>();
    for (String aor : byAor.keySet()) {
      List<Binding> bindings = byPreference(aor);
      if (!bindings.isEmpty()) {
        out.put(aor, bindings);
      }
    }
    return out;
  }

  /** Makes the changes of one REGISTER visible, all of them, in order. */
  void commit(String aor, List<Change> changes) {
    expireDue(aor);
    List<Entry> entries = byAor.computeIfAbsent(aor, k -> new ArrayList<>());
    for (Change change : changes) {
      Binding b = change.binding();
      switch (change.action()) {
        case ADDED:
          Entry added = new Entry(b);
          entries.add(added);
          held.add(aor);
          scheduleExpiry(aor, added);
          break;
        case REFRESHED:
          Entry refreshed = entryOf(entries, b);
          timers.cancel(refreshed.expiry);
          refreshed.binding = b;
          scheduleExpiry(aor, refreshed);
          break;
        case REMOVED:
        case CLEARED:
          Entry removed = entryOf(entries, b);
          timers.cancel(removed.expiry);
          entries.remove(removed);
          break;
        default:
          throw new IllegalStateException("unknown action " + change.action());
      }
      long expiresUs = change.action() == Action.REMOVED || change.action() == Action.CLEARED
          ? 0 : b.expiresAtUs();
      events.binding(element, aor, b.contact().uri().toString(), change.action().word(),
          expiresUs);
    }
    if (entries.isEmpty()) {
      byAor.remove(aor);
    }
  }

  /**
   * Expires now the bindings whose expiry instant is now but whose timer has not run yet, so that
   * a REGISTER arriving at that instant finds them gone, as {@link #current} already shows.
   */
  private void expireDue(String aor) {
    for (Entry e : new ArrayList<>(byAor.getOrDefault(aor, List.of()))) {
      if (e.binding.expiresAtUs() <= timers.nowUs()) {
        timers.cancel(e.expiry);
        expire(aor, e);
      }
    }
  }

  private void scheduleExpiry(String aor, Entry entry) {
    Binding b = entry.binding;
    entry.expiry = timers.start(aor, "expiry of " + b.contact().uri(),
        b.expiresAtUs() - timers.nowUs(), () -> expire(aor, entry));
  }

  /** Section 10.2.1: a binding not refreshed within its interval is gone. */
  private void expire(String aor, Entry entry) {
    List<Entry> entries = byAor.get(aor);
    entries.remove(entry);
    if (entries.isEmpty()) {
      byAor.remove(aor);
    }
    events.binding(element, aor, entry.binding.contact().uri().toString(), "expired", 0);
  }

  private static Entry entryOf(List<Entry> entries, Binding b) {
    for (Entry e : entries) {
      if (BindingUpdate.sameAddress(e.binding.contact().uri(), b.contact().uri())) {
        return e;
      }
    }
    return null;
  }
}
