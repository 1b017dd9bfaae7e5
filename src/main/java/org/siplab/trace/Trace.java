package org.siplab.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The append-only record of one run: what was configured and every event in order. Events get their
 * sequence numbers here, from 1, in the order they are appended, which is the order they happened.
 */
public final class Trace {

  private final String scenario;
  private final long seed;
  private final List<TraceEvent> events = new ArrayList<>();
  private final List<ElementInfo> elements = new ArrayList<>();
  private RunSettings settings;
  private final boolean capture;
  private final Map<Long, byte[]> keptBytes = new HashMap<>();

  public Trace(String scenario, long seed) {
    this(scenario, seed, false);
  }

  private Trace(String scenario, long seed, boolean capture) {
    this.scenario = scenario;
    this.seed = seed;
    this.capture = capture;
  }

  /**
   * A trace made from a packet capture (package {@code capture}): its times are the capture's,
   * not virtual; it has no seed; a datagram's delivery is not seen, only its passing; and causes
   * are what the SIP rules infer. Never written as a trace.json, so the mark is not in its JSON.
   */
  public static Trace ofCapture(String name) {
    return new Trace(name, 0, true);
  }

  /** Whether the trace was made from a packet capture ({@link #ofCapture}). */
  public boolean isCapture() {
    return capture;
  }

  /**
   * Keeps the bytes of a captured datagram that are not UTF-8: its send event holds the message as
   * text, in which each such byte became U+FFFD, so the checker reads these bytes instead, and
   * finds what is wrong with them.
   */
  public void keepBytes(long datagram, byte[] bytes) {
    if (!capture) {
      throw new IllegalStateException("only a capture's datagrams are kept as bytes");
    }
    keptBytes.put(datagram, bytes.clone());
  }

  /** The bytes {@link #keepBytes} kept for the datagram, or null. */
  public byte[] keptBytes(long datagram) {
    byte[] bytes = keptBytes.get(datagram);
    return bytes == null ? null : bytes.clone();
  }

  public String scenario() {
    return scenario;
  }

  public long seed() {
    return seed;
  }

  /** Appends the event {@code make} builds with the next sequence number, and returns it. */
  public <E extends TraceEvent> E append(LongFunction<E> make) {
    E event = make.apply(events.size() + 1L);
    if (event.seq() != events.size() + 1L) {
      throw new IllegalArgumentException("event built with seq " + event.seq() + ", expected "
          + (events.size() + 1));
    }
    events.add(event);
    return event;
  }

  /** The seq the next appended event will get. */
  public long nextSeq() {
    return events.size() + 1L;
  }

  public List<TraceEvent> events() {
    return Collections.unmodifiableList(events);
  }

  /** The event with this seq (from 1). */
  public TraceEvent event(long seq) {
    return events.get((int) (seq - 1));
  }

  public void addElement(ElementInfo element) {
    elements.add(element);
  }

  public List<ElementInfo> elements() {
    return Collections.unmodifiableList(elements);
  }

  public void settings(RunSettings runSettings) {
    this.settings = runSettings;
  }

  public RunSettings settings() {
    return settings;
  }
}
