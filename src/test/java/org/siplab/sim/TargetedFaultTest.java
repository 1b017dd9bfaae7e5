package org.siplab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TargetedFaultTest {

    private static final long SEED = 0x5EED_0005L;
    private static final String DESCRIPTION = "200 to INVITE";

    /** A rig with alice, proxy and bob, each listening, on perfect links with a 1 ms delay. */
    private static final class ThreeHosts {
        final NetworkRig rig = new NetworkRig(SEED, LinkProfile.ofDelay(1_000));
        final Endpoint alice = rig.listeningHost("alice", "192.0.2.1");
        final Endpoint proxy = rig.listeningHost("proxy", "192.0.2.2");
        final Endpoint bob = rig.listeningHost("bob", "192.0.2.3");
    }

    @Test
    @DisplayName("a targeted drop of the nth match hits exactly that datagram, and only from A to"
            + " B")
    void nthDropHitsExactlyTheNthMatchFromAToB() {
        qt().withFixedSeed(SEED).withExamples(150)
                .forAll(integers().between(1, 6),
                        lists().of(integers().between(0, 3)).ofSizeBetween(0, 40))
                .checkAssert((nth, plan) -> {
                    ThreeHosts net = new ThreeHosts();
                    net.rig.network.addFault(TargetedFault.nth(nth, "proxy", "alice",
                            NetworkRig.startsWith("200"), DESCRIPTION, new FaultAction.Drop()));
                    long expectedVictim = -1;
                    int matchesFromProxyToAlice = 0;
                    for (int step : plan) {
                        long id = switch (step) {
                            case 0 -> net.rig.send(net.proxy, net.alice, "200 OK");
                            case 1 -> net.rig.send(net.proxy, net.alice, "180 Ringing");
                            case 2 -> net.rig.send(net.alice, net.proxy, "200 OK");
                            default -> net.rig.send(net.proxy, net.bob, "200 OK");
                        };
                        if (step == 0 && ++matchesFromProxyToAlice == nth) {
                            expectedVictim = id;
                        }
                    }
                    net.rig.scheduler.runUntilIdle();
                    List<DatagramEvent.Dropped> dropped =
                            net.rig.eventsOf(DatagramEvent.Dropped.class);
                    if (expectedVictim < 0) {
                        assertTrue(dropped.isEmpty());
                        return;
                    }
                    assertEquals(1, dropped.size());
                    assertEquals(expectedVictim, dropped.get(0).datagram().id());
                    assertEquals(new FateCause.FaultHit(DESCRIPTION, nth), dropped.get(0).cause());
                    assertEquals(plan.size() - 1,
                            net.rig.eventsOf(DatagramEvent.Delivered.class).size());
                });
    }

    @Test
    @DisplayName("a targeted fault with no nth hits every matching datagram in its direction")
    void everyMatchFaultHitsAllMatches() {
        qt().withFixedSeed(SEED).withExamples(100)
                .forAll(lists().of(booleans().all()).ofSizeBetween(0, 30))
                .checkAssert(matches -> {
                    ThreeHosts net = new ThreeHosts();
                    net.rig.network.addFault(TargetedFault.every("proxy", "alice",
                            NetworkRig.startsWith("200"),
                            DESCRIPTION, new FaultAction.Drop()));
                    for (boolean match : matches) {
                        net.rig.send(net.proxy, net.alice, match ? "200 OK" : "100 Trying");
                    }
                    net.rig.scheduler.runUntilIdle();
                    long expected = matches.stream().filter(m -> m).count();
                    assertEquals(expected, net.rig.eventsOf(DatagramEvent.Dropped.class).size());
                });
    }

    @Test
    @DisplayName("a targeted delay makes only the chosen datagram arrive later by exactly the"
            + " extra amount")
    void targetedDelayAddsTheExtraAmount() {
        ThreeHosts net = new ThreeHosts();
        net.rig.network.addFault(TargetedFault.nth(2, "alice", "proxy",
                NetworkRig.startsWith("INVITE"),
                "INVITE", new FaultAction.Delay(40_000)));
        for (int i = 0; i < 3; i++) {
            net.rig.send(net.alice, net.proxy, "INVITE " + i);
        }
        net.rig.scheduler.runUntilIdle();

        DatagramEvent.Delayed delayed = net.rig.eventsOf(DatagramEvent.Delayed.class).get(0);
        assertEquals(40_000, delayed.extraDelayUs());
        assertEquals(new FateCause.FaultHit("INVITE", 2), delayed.cause());
        assertEquals(List.of(1_000L, 1_000L, 41_000L),
                net.rig.eventsOf(DatagramEvent.Delivered.class).stream()
                        .map(DatagramEvent::timeUs).toList());
        assertEquals(List.of(1L, 3L, 2L), net.rig.eventsOf(DatagramEvent.Delivered.class).stream()
                .map(d -> d.datagram().id()).toList());
    }

    @Test
    @DisplayName("a targeted duplicate makes the chosen datagram arrive twice, the second time as"
            + " the copy")
    void targetedDuplicateDeliversTwice() {
        ThreeHosts net = new ThreeHosts();
        net.rig.network.addFault(TargetedFault.nth(1, "bob", "proxy", NetworkRig.startsWith("BYE"),
                "BYE", new FaultAction.Duplicate()));
        net.rig.send(net.bob, net.proxy, "BYE");
        net.rig.send(net.bob, net.proxy, "BYE");
        net.rig.scheduler.runUntilIdle();

        assertEquals(new FateCause.FaultHit("BYE", 1),
                net.rig.eventsOf(DatagramEvent.Duplicated.class).get(0).cause());
        assertEquals(List.of("1 false", "1 true", "2 false"),
                net.rig.eventsOf(DatagramEvent.Delivered.class)
                        .stream().map(d -> d.datagram().id() + " " + d.copy()).sorted().toList());
    }

    @Test
    @DisplayName("the effective settings list the seed, each configured direction and the faults,"
            + " without object identities")
    void settingsAreExposedForTheTrace() {
        ThreeHosts net = new ThreeHosts();
        LinkProfile lossy = LinkProfile.ofDelay(20_000).withLossRatio(0.1);
        net.rig.network.configureLink("alice", "proxy", lossy);
        net.rig.network.addFault(TargetedFault.nth(2, "proxy", "alice",
                NetworkRig.startsWith("200"),
                DESCRIPTION, new FaultAction.Drop()));

        NetworkSettings settings = net.rig.network.settings();

        assertEquals(SEED, settings.seed());
        assertEquals(LinkProfile.ofDelay(1_000), settings.defaultProfile());
        assertEquals(List.of("alice", "proxy", "bob"),
                settings.hosts().stream().map(Host::name).toList());
        assertEquals(List.of(new NetworkSettings.LinkSetting(new LinkDirection("alice", "proxy"),
                "link:alice>proxy", lossy)), settings.links());
        assertEquals("TargetedFault[proxy>alice, match 2 of \"200 to INVITE\", Drop[]]",
                settings.faults().get(0).toString());
    }
}
