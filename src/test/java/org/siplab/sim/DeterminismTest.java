package org.siplab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DeterminismTest {

    private static final long SEED = 0x5EED_0006L;
    private static final int PINGS = 40;

    private static Gen<LinkProfile> profiles() {
        return longs().between(0, 10_000).zip(longs().between(0, 10_000), doubles().between(0, 1),
                doubles().between(0, 1), doubles().between(0, 1),
                (delayUs, jitterUs, loss, duplicate, reorder) ->
                        new LinkProfile(delayUs, jitterUs, loss, duplicate, reorder, 3_000,
                                List.of()));
    }

    /**
     * Alice pings the proxy every 100 microseconds and the proxy echoes every ping it gets; with
     * {@code withBob}, bob (added first) does the same over a link of his own.
     */
    private static NetworkRig pingPong(long seed, LinkProfile profile, boolean withBob) {
        NetworkRig rig = new NetworkRig(seed);
        Endpoint bob = withBob ? echoingHost(rig, "bob", "192.0.2.3") : null;
        Endpoint alice = echoingHost(rig, "alice", "192.0.2.1");
        Endpoint proxy = echoingHost(rig, "proxy", "192.0.2.2");
        rig.network.configureLinkBothWays("alice", "proxy", profile);
        if (withBob) {
            rig.network.configureLinkBothWays("bob", "proxy",
                    LinkProfile.ofDelay(77).withLossRatio(0.5)
                            .withJitterUs(500).withDuplicateRatio(0.2));
        }
        for (int i = 0; i < PINGS; i++) {
            rig.scheduler.runUntil(i * 100L);
            rig.send(alice, proxy, "ping " + i);
            if (withBob) {
                rig.send(bob, proxy, "ping " + i);
            }
        }
        rig.scheduler.runUntilIdle();
        return rig;
    }

    private static Endpoint echoingHost(NetworkRig rig, String name, String address) {
        rig.network.addHost(name, address);
        Endpoint endpoint = new Endpoint(address, NetworkRig.PORT);
        rig.network.bind(endpoint, datagram -> {
            if (new String(datagram.payload(), StandardCharsets.UTF_8).startsWith("ping")) {
                rig.network.send(endpoint, datagram.from(),
                        "pong".getBytes(StandardCharsets.UTF_8));
            }
        });
        return endpoint;
    }

    @Test
    @DisplayName("the same seed and link settings give the identical sequence of datagram fates")
    void sameSeedSameFates() {
        qt().withFixedSeed(SEED).withExamples(60)
                .forAll(longs().all(), profiles())
                .checkAssert((seed, profile) -> {
                    List<DatagramEvent> first = pingPong(seed, profile, false).events;
                    List<DatagramEvent> second = pingPong(seed, profile, false).events;
                    assertFalse(first.isEmpty());
                    assertEquals(first, second);
                });
    }

    @Test
    @DisplayName("adding a host and its link leaves every other link's delays, losses and"
            + " duplicates unchanged")
    void addingAHostDoesNotShiftOtherLinks() {
        qt().withFixedSeed(SEED).withExamples(60)
                .forAll(longs().all(), profiles())
                .checkAssert((seed, profile) -> {
                    NetworkRig without = pingPong(seed, profile, false);
                    NetworkRig with = pingPong(seed, profile, true);
                    assertEquals(without.fatesOn("alice", "proxy"), with.fatesOn("alice", "proxy"));
                    assertEquals(without.fatesOn("proxy", "alice"), with.fatesOn("proxy", "alice"));
                    assertFalse(with.fatesOn("bob", "proxy").isEmpty());
                });
    }

    @Test
    @DisplayName("a targeted fault on one datagram does not shift the random draws of the"
            + " datagrams after it")
    void aFaultDoesNotShiftLaterDraws() {
        LinkProfile jittery = LinkProfile.ofDelay(1_000).withJitterUs(9_000).withLossRatio(0.2);
        NetworkRig plain = pingPong(SEED, jittery, false);
        NetworkRig faulted = new NetworkRig(SEED);
        Endpoint alice = echoingHost(faulted, "alice", "192.0.2.1");
        Endpoint proxy = echoingHost(faulted, "proxy", "192.0.2.2");
        faulted.network.configureLinkBothWays("alice", "proxy", jittery);
        faulted.network.addFault(TargetedFault.nth(1, "alice", "proxy",
                NetworkRig.startsWith("ping 3"),
                "ping 3", new FaultAction.Drop()));
        for (int i = 0; i < PINGS; i++) {
            faulted.scheduler.runUntil(i * 100L);
            faulted.send(alice, proxy, "ping " + i);
        }
        faulted.scheduler.runUntilIdle();

        List<String> plainArrivals = arrivalsAfterPing(plain, 3);
        List<String> faultedArrivals = arrivalsAfterPing(faulted, 3);
        assertFalse(plainArrivals.isEmpty());
        assertEquals(plainArrivals, faultedArrivals);
    }

    private static List<String> arrivalsAfterPing(NetworkRig rig, int ping) {
        return rig.fatesOn("alice", "proxy").stream()
                .filter(fate -> fate.contains(" Delivered ping ")
                        || fate.contains(" Dropped ping "))
                .filter(fate -> Integer.parseInt(fate.split(" ")[3]) > ping)
                .toList();
    }
}
