package org.siplab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LinkBehaviourTest {

    private static final long SEED = 0x5EED_0004L;

    @Test
    @DisplayName("with loss ratio 0 every datagram is delivered once, after the delay plus at most"
            + " the jitter")
    void noLossDeliversEverything() {
        qt().withFixedSeed(SEED).withExamples(100)
                .forAll(longs().all(), longs().between(0, 5_000), longs().between(0, 5_000),
                        integers().between(1, 60))
                .checkAssert((seed, delayUs, jitterUs, count) -> {
                    NetworkRig rig = new NetworkRig(seed,
                            LinkProfile.ofDelay(delayUs).withJitterUs(jitterUs));
                    Endpoint alice = rig.listeningHost("alice", "192.0.2.1");
                    Endpoint proxy = rig.listeningHost("proxy", "192.0.2.2");
                    for (int i = 0; i < count; i++) {
                        rig.send(alice, proxy, "m" + i);
                    }
                    rig.scheduler.runUntilIdle();
                    List<DatagramEvent.Delivered> delivered =
                            rig.eventsOf(DatagramEvent.Delivered.class);
                    assertEquals(count, rig.eventsOf(DatagramEvent.Sent.class).size());
                    assertEquals(count, delivered.size());
                    assertEquals(count, rig.events.size() / 2);
                    for (DatagramEvent.Delivered d : delivered) {
                        long took = d.timeUs() - d.datagram().sentAtUs();
                        assertTrue(delayUs <= took && took <= delayUs + jitterUs, "took " + took);
                    }
                });
    }

    @Test
    @DisplayName("with loss ratio 1 every datagram is dropped as lost and nothing arrives")
    void fullLossDropsEverything() {
        NetworkRig rig = new NetworkRig(SEED, LinkProfile.PERFECT.withLossRatio(1.0));
        List<String> received = new ArrayList<>();
        rig.network.addHost("alice", "192.0.2.1");
        rig.network.addHost("proxy", "192.0.2.2");
        Endpoint alice = new Endpoint("192.0.2.1", 5060);
        Endpoint proxy = new Endpoint("192.0.2.2", 5060);
        rig.network.bind(proxy, d -> received.add("got"));
        for (int i = 0; i < 100; i++) {
            rig.send(alice, proxy, "m" + i);
        }
        rig.scheduler.runUntilIdle();
        List<DatagramEvent.Dropped> dropped = rig.eventsOf(DatagramEvent.Dropped.class);
        assertEquals(100, dropped.size());
        dropped.forEach(d -> assertEquals(new FateCause.RandomLoss(1.0), d.cause()));
        assertTrue(received.isEmpty());
        assertEquals(0, rig.scheduler.pendingCount());
    }

    @Test
    @DisplayName("a partition drops exactly the datagrams sent inside its window, and only in its"
            + " direction")
    void partitionsDropOnlyInsideTheirWindow() {
        qt().withFixedSeed(SEED).withExamples(100)
                .forAll(longs().between(0, 1_000), longs().between(1, 1_000),
                        lists().of(longs().between(0, 2_500)).ofSizeBetween(1, 30))
                .checkAssert((startUs, lengthUs, sendTimes) -> {
                    Partition window = new Partition(startUs, startUs + lengthUs);
                    NetworkRig rig = new NetworkRig(SEED);
                    Endpoint alice = rig.listeningHost("alice", "192.0.2.1");
                    Endpoint proxy = rig.listeningHost("proxy", "192.0.2.2");
                    rig.network.configureLink("alice", "proxy",
                            LinkProfile.PERFECT.withPartitions(List.of(window)));
                    long expectedDrops = 0;
                    for (long t : sendTimes.stream().sorted().toList()) {
                        rig.scheduler.runUntil(t);
                        rig.send(alice, proxy, "there");
                        rig.send(proxy, alice, "back");
                        expectedDrops += window.isActiveAt(t) ? 1 : 0;
                    }
                    rig.scheduler.runUntilIdle();
                    List<DatagramEvent.Dropped> dropped = rig.eventsOf(DatagramEvent.Dropped.class);
                    assertEquals(expectedDrops, dropped.size());
                    for (DatagramEvent.Dropped d : dropped) {
                        assertEquals("alice", d.datagram().fromHost());
                        assertTrue(window.isActiveAt(d.datagram().sentAtUs()));
                        assertEquals(new FateCause.PartitionActive(window), d.cause());
                    }
                });
    }

    @Test
    @DisplayName("a duplicated datagram is one send and two deliveries, the second marked as the"
            + " copy")
    void duplicationGivesTwoDeliveriesOfOneSend() {
        NetworkRig rig = new NetworkRig(SEED, LinkProfile.ofDelay(1_000).withDuplicateRatio(1.0));
        List<String> received = new ArrayList<>();
        rig.network.addHost("alice", "192.0.2.1");
        rig.network.addHost("proxy", "192.0.2.2");
        Endpoint proxy = new Endpoint("192.0.2.2", 5060);
        rig.network.bind(proxy, d -> received.add(new String(d.payload(), StandardCharsets.UTF_8)));

        long id = rig.send(new Endpoint("192.0.2.1", 5060), proxy, "once");
        rig.scheduler.runUntilIdle();

        assertEquals(List.of("once", "once"), received);
        assertEquals(1, rig.eventsOf(DatagramEvent.Sent.class).size());
        DatagramEvent.Duplicated duplicated = rig.eventsOf(DatagramEvent.Duplicated.class).get(0);
        assertEquals(new FateCause.RandomDuplication(1.0), duplicated.cause());
        List<DatagramEvent.Delivered> deliveries = rig.eventsOf(DatagramEvent.Delivered.class);
        assertEquals(List.of(false, true),
                deliveries.stream().map(DatagramEvent.Delivered::copy).toList());
        deliveries.forEach(d -> assertEquals(id, d.datagram().id()));
    }

    @Test
    @DisplayName("reordering holds some datagrams back so that later ones overtake them, and only"
            + " those are marked delayed")
    void reorderingLetsLaterDatagramsOvertake() {
        NetworkRig rig = new NetworkRig(SEED, LinkProfile.ofDelay(100).withReordering(0.3, 5_000));
        Endpoint alice = rig.listeningHost("alice", "192.0.2.1");
        Endpoint proxy = rig.listeningHost("proxy", "192.0.2.2");
        for (int i = 0; i < 50; i++) {
            rig.scheduler.runUntil(i * 10L);
            rig.send(alice, proxy, "m" + i);
        }
        rig.scheduler.runUntilIdle();

        List<Long> arrivalOrder = rig.eventsOf(DatagramEvent.Delivered.class).stream()
                .map(d -> d.datagram().id()).toList();
        List<DatagramEvent.Delayed> delayed = rig.eventsOf(DatagramEvent.Delayed.class);
        delayed.forEach(d -> assertInstanceOf(FateCause.Reordering.class, d.cause()));
        List<Long> heldBack = delayed.stream().map(d -> d.datagram().id()).toList();
        assertFalse(heldBack.isEmpty());
        boolean someoneOvertook = false;
        for (int later = 0; later < arrivalOrder.size(); later++) {
            for (int earlier = later + 1; earlier < arrivalOrder.size(); earlier++) {
                if (arrivalOrder.get(earlier) < arrivalOrder.get(later)) {
                    someoneOvertook = true;
                    assertTrue(heldBack.contains(arrivalOrder.get(earlier)),
                            "overtaken but not held back");
                }
            }
        }
        assertTrue(someoneOvertook, "no datagram overtook another: " + arrivalOrder);
    }

    @Test
    @DisplayName("a datagram to a port nobody bound is dropped on arrival, and one to an unknown"
            + " address at once")
    void missingListenerAndMissingHost() {
        NetworkRig rig = new NetworkRig(SEED, LinkProfile.ofDelay(700));
        Endpoint alice = rig.listeningHost("alice", "192.0.2.1");
        rig.listeningHost("proxy", "192.0.2.2");
        Endpoint closedPort = new Endpoint("192.0.2.2", 5080);
        Endpoint nowhere = new Endpoint("198.51.100.9", 5060);

        rig.send(alice, closedPort, "knock");
        rig.send(alice, nowhere, "hello?");
        rig.scheduler.runUntilIdle();

        List<DatagramEvent.Dropped> dropped = rig.eventsOf(DatagramEvent.Dropped.class);
        assertEquals(new FateCause.NoRoute("198.51.100.9"), dropped.get(0).cause());
        assertEquals(0, dropped.get(0).timeUs());
        assertEquals("", dropped.get(0).datagram().toHost());
        assertEquals(new FateCause.NoListener(closedPort), dropped.get(1).cause());
        assertEquals(700, dropped.get(1).timeUs());
    }

    @Test
    @DisplayName("a handler can answer from inside a delivery, and the answer is scheduled like"
            + " any other datagram")
    void aHandlerCanReply() {
        NetworkRig rig = new NetworkRig(SEED, LinkProfile.ofDelay(250));
        rig.network.addHost("alice", "192.0.2.1");
        rig.network.addHost("proxy", "2001:db8::5");
        Endpoint alice = new Endpoint("192.0.2.1", 5060);
        Endpoint proxy = new Endpoint("2001:db8::5", 5060);
        List<Long> aliceHeardAt = new ArrayList<>();
        rig.network.bind(alice, d -> aliceHeardAt.add(rig.scheduler.nowUs()));
        rig.network.bind(proxy,
                d -> rig.network.send(proxy, d.from(), "pong".getBytes(StandardCharsets.UTF_8)));

        rig.send(alice, proxy, "ping");
        rig.scheduler.runUntilIdle();

        assertEquals(List.of(500L), aliceHeardAt);
        assertEquals("[2001:db8::5]:5060", proxy.toString());
    }
}
