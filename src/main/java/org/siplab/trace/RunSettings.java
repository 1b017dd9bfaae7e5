package org.siplab.trace;

import java.util.ArrayList;
import java.util.List;
import org.siplab.sim.FaultAction;
import org.siplab.sim.LinkProfile;
import org.siplab.sim.NetworkSettings;
import org.siplab.sim.Partition;
import org.siplab.sim.TargetedFault;

/**
 * The settings a run was made with, recorded in the trace so that it can be explained and replayed:
 * the seed, the transaction timers, and each link's delay, jitter, loss and faults.
 */
public record RunSettings(long seed, long t1Us, long t2Us, long t4Us, Link defaultLink,
    List<Link> links, List<Fault> faults) {

  public RunSettings {
    links = List.copyOf(links);
    faults = List.copyOf(faults);
  }

  /** One link direction's profile; {@code from} and {@code to} are null for the default. */
  public record Link(String from, String to, long delayUs, long jitterUs, double lossRatio,
      double duplicateRatio, double reorderRatio, long reorderDelayUs, List<Window> partitions) {
    public Link {
      partitions = List.copyOf(partitions);
    }
  }

  /** A partition's window of virtual time, start included, end excluded. */
  public record Window(long startUs, long endUs) {}

  /**
   * A targeted fault.
   *
   * @param action "drop", "delay" or "duplicate"
   * @param matches the description of the datagrams it matches ("200 to INVITE")
   * @param nth which match it hits, or 0 for every match
   */
  public record Fault(String from, String to, String action, String matches, int nth,
      long extraUs) {}

  public static RunSettings of(NetworkSettings network, long t1Us, long t2Us, long t4Us) {
    List<Link> links = new ArrayList<>();
    for (NetworkSettings.LinkSetting s : network.links()) {
      links.add(link(s.direction().fromHost(), s.direction().toHost(), s.profile()));
    }
    List<Fault> faults = new ArrayList<>();
    for (TargetedFault f : network.faults()) {
      faults.add(fault(f));
    }
    return new RunSettings(network.seed(), t1Us, t2Us, t4Us,
        link(null, null, network.defaultProfile()), links, faults);
  }

  private static Link link(String from, String to, LinkProfile p) {
    List<Window> windows = new ArrayList<>();
    for (Partition w : p.partitions()) {
      windows.add(new Window(w.startUs(), w.endUs()));
    }
    return new Link(from, to, p.delayUs(), p.jitterUs(), p.lossRatio(), p.duplicateRatio(),
        p.reorderRatio(), p.reorderDelayUs(), windows);
  }

  private static Fault fault(TargetedFault f) {
    String action;
    long extra = 0;
    if (f.action() instanceof FaultAction.Drop) {
      action = "drop";
    } else if (f.action() instanceof FaultAction.Delay d) {
      action = "delay";
      extra = d.extraUs();
    } else {
      action = "duplicate";
    }
    return new Fault(f.fromHost(), f.toHost(), action, f.description(),
        f.nth().isPresent() ? f.nth().getAsInt() : 0, extra);
  }
}
