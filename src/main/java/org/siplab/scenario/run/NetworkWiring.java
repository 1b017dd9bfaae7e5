package org.siplab.scenario.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.siplab.codec.ParseResult;
import org.siplab.codec.SipParser;
import org.siplab.scenario.model.FaultSpec;
import org.siplab.scenario.model.LinkBehavior;
import org.siplab.scenario.model.LinkSpec;
import org.siplab.scenario.model.MessagePattern;
import org.siplab.scenario.model.NetworkSpec;
import org.siplab.scenario.model.TimeWindow;
import org.siplab.sim.FaultAction;
import org.siplab.sim.LinkProfile;
import org.siplab.sim.Network;
import org.siplab.sim.Partition;
import org.siplab.sim.TargetedFault;

/**
 * The scenario's {@code network:} section applied to the simulated network: link behaviours and
 * targeted faults. The fault's predicate parses the datagram with the SIP codec, so the kernel
 * stays free of SIP (DESIGN.md, example 4).
 */
final class NetworkWiring {

  private NetworkWiring() {}

  static LinkProfile profile(LinkBehavior b) {
    List<Partition> partitions = new ArrayList<>();
    for (TimeWindow w : b.partitions()) {
      partitions.add(new Partition(w.start().micros(), w.end().micros()));
    }
    LinkProfile p = LinkProfile.PERFECT.withDelayUs(b.delay().micros())
        .withJitterUs(b.jitter().micros())
        .withLossRatio(b.lossRatio())
        .withDuplicateRatio(b.duplicateRatio())
        .withPartitions(partitions);
    return b.reorderRatio() > 0 ? p.withReordering(b.reorderRatio(), b.reorderDelay().micros()) : p;
  }

  static void apply(NetworkSpec spec, Network network) {
    for (LinkSpec link : spec.links()) {
      LinkProfile p = profile(link.behavior());
      if (link.bothWays()) {
        network.configureLinkBothWays(link.from(), link.to(), p);
      } else {
        network.configureLink(link.from(), link.to(), p);
      }
    }
    for (FaultSpec f : spec.faults()) {
      network.addFault(fault(f));
    }
  }

  private static TargetedFault fault(FaultSpec f) {
    FaultAction action = switch (f.kind()) {
      case DROP -> new FaultAction.Drop();
      case DELAY -> new FaultAction.Delay(f.extraDelay().micros());
      case DUPLICATE -> new FaultAction.Duplicate();
    };
    String description = f.pattern().toString();
    Predicate<byte[]> matches = matcher(f.pattern());
    return f.nth().isPresent()
        ? TargetedFault.nth(f.nth().getAsInt(), f.from(), f.to(), matches, description, action)
        : TargetedFault.every(f.from(), f.to(), matches, description, action);
  }

  /** Whether a datagram is a SIP message the pattern means. */
  static Predicate<byte[]> matcher(MessagePattern pattern) {
    return bytes -> {
      ParseResult r = SipParser.parse(bytes.clone());
      return r.message() != null && pattern.matches(r.message());
    };
  }
}
