package org.siplab.sim;

import java.util.List;

/**
 * The effective settings of a network, for the trace to record next to the events: with these and
 * the scenario, a run can be replayed and explained.
 *
 * @param seed           the run's seed
 * @param defaultProfile what every direction not configured gets
 * @param hosts          the hosts, in the order they were added
 * @param links          each configured direction's profile, in the order first configured
 * @param faults         the targeted faults, in the order added
 */
public record NetworkSettings(long seed, LinkProfile defaultProfile, List<Host> hosts,
                              List<LinkSetting> links, List<TargetedFault> faults) {

    public NetworkSettings {
        hosts = List.copyOf(hosts);
        links = List.copyOf(links);
        faults = List.copyOf(faults);
    }

    /** One configured link direction, with the name of the random stream it draws from. */
    public record LinkSetting(LinkDirection direction, String streamName, LinkProfile profile) {
    }
}
