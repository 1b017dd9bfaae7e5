package org.siplab.testkit;

import java.util.List;
import java.util.function.Predicate;
import org.siplab.scenario.run.Simulation;
import org.siplab.sim.FaultAction;
import org.siplab.sim.LinkProfile;
import org.siplab.sim.RunLimit;
import org.siplab.sim.TargetedFault;
import org.siplab.trace.TraceEvent;
import org.siplab.transaction.TimerSettings;

/** Two test UAs, alice and bob, on a simulated network, and what they sent. */
public final class Lab {

  public final Simulation sim;
  public final TestUa alice = new TestUa("alice", "alice");
  public final TestUa bob = new TestUa("bob", "bob");

  public Lab(long seed, LinkProfile link) {
    this(seed, link, TimerSettings.DEFAULT);
  }

  /**
   * With the timers given, and {@code before} added to the network ahead of alice and bob (at
   * 192.0.2.20, .21, ...), so that alice and bob are not the first elements created.
   */
  public Lab(long seed, LinkProfile link, TimerSettings timers, TestUa... before) {
    sim = new Simulation("lab", seed, timers, link);
    int host = 20;
    for (TestUa ua : before) {
      sim.add(ua, "192.0.2." + host++, 5060);
    }
    sim.add(alice, "192.0.2.1", 5060);
    sim.add(bob, "192.0.2.2", 5060);
  }

  public Lab() {
    this(1, LinkProfile.ofDelay(10_000));
  }

  /** Drops the datagrams from {@code from} to {@code to} whose text starts with {@code start}. */
  public void dropEvery(String from, String to, String start) {
    sim.network().addFault(TargetedFault.every(from, to, startsWith(start), start,
        new FaultAction.Drop()));
  }

  public void dropNth(int nth, String from, String to, String start) {
    sim.network().addFault(TargetedFault.nth(nth, from, to, startsWith(start), start,
        new FaultAction.Drop()));
  }

  public static Predicate<byte[]> startsWith(String start) {
    return bytes -> new String(bytes, 0, Math.min(bytes.length, start.length()),
        java.nio.charset.StandardCharsets.ISO_8859_1).equals(start);
  }

  public void runFor(long us) {
    sim.start();
    sim.run(RunLimit.untilTime(sim.scheduler().nowUs() + us));
  }

  /** "from>to first line" of every datagram sent, in order. */
  public List<String> sends() {
    return sim.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Send)
        .map(e -> (TraceEvent.Send) e)
        .map(s -> s.from() + ">" + s.to() + " " + label(s.firstLine()))
        .toList();
  }

  public List<TraceEvent.Send> sendEvents() {
    return sim.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Send)
        .map(e -> (TraceEvent.Send) e).toList();
  }

  /** INVITE for a request, "200" for a response. */
  public static String label(String firstLine) {
    if (firstLine.startsWith("SIP/2.0 ")) {
      return firstLine.substring(8, 11);
    }
    return firstLine.substring(0, firstLine.indexOf(' '));
  }
}
