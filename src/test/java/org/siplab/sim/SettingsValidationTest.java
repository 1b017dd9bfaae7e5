package org.siplab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SettingsValidationTest {

    private static void assertRefused(String expectedMessage, Executable construction) {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, construction);
        assertEquals(expectedMessage, refused.getMessage());
    }

    @Test
    @DisplayName("a link profile with an out-of-range option is refused with a message naming the"
            + " option and its unit")
    void linkProfileOptionsAreValidated() {
        assertRefused("lossRatio must be between 0 and 1, was 1.5",
                () -> LinkProfile.PERFECT.withLossRatio(1.5));
        assertRefused("duplicateRatio must be between 0 and 1, was NaN",
                () -> LinkProfile.PERFECT.withDuplicateRatio(Double.NaN));
        assertRefused("delayUs must be between 0 and 1000000000000 microseconds, was -1",
                () -> LinkProfile.ofDelay(-1));
        assertRefused("jitterUs must be between 0 and 1000000000000 microseconds,"
                + " was 1000000000001",
                () -> LinkProfile.PERFECT.withJitterUs(1_000_000_000_001L));
        assertRefused("reorderRatio 0.5 needs a reorderDelayUs > 0: a datagram is reordered by"
                + " being held back that long",
                () -> LinkProfile.PERFECT.withReordering(0.5, 0));
        assertRefused("partitions must not be null (use an empty list)",
                () -> LinkProfile.PERFECT.withPartitions(null));
    }

    @Test
    @DisplayName("every option of the default profile is zero")
    void defaultsAreZero() {
        assertEquals(new LinkProfile(0, 0, 0.0, 0.0, 0.0, 0, List.of()), LinkProfile.PERFECT);
    }

    @Test
    @DisplayName("a partition must start at or after zero and end after it starts; its end is not"
            + " inside it")
    void partitionsAreValidated() {
        assertRefused("partition endUs must be after startUs, was [10, 10)",
                () -> new Partition(10, 10));
        assertRefused("partition startUs must be >= 0, was -5", () -> new Partition(-5, 10));
        Partition window = new Partition(10, 20);
        assertTrue(window.isActiveAt(10) && window.isActiveAt(19));
        assertFalse(window.isActiveAt(9) || window.isActiveAt(20));
    }

    @Test
    @DisplayName("targeted faults need a positive nth, a description and a positive extra delay")
    void faultsAreValidated() {
        assertRefused("nth must be empty (every match) or >= 1, was OptionalInt[0]",
                () -> new TargetedFault("a", "b", p -> true, "x", OptionalInt.of(0),
                        new FaultAction.Drop()));
        assertRefused("a targeted fault needs a description of what it matches",
                () -> TargetedFault.every("a", "b", p -> true, " ", new FaultAction.Drop()));
        assertRefused("a fault's extra delay must be between 1 and 1000000000000 microseconds,"
                + " was 0",
                () -> new FaultAction.Delay(0));
    }

    @Test
    @DisplayName("host addresses are IPv4 or IPv6 literals, never names that would need DNS")
    void addressesAreLiterals() {
        for (String valid : List.of("192.0.2.1", "0.0.0.0", "255.255.255.255", "::", "::1",
                "2001:db8::10", "2001:DB8:0:0:8:800:200C:417A", "fe80::", "::ffff:192.0.2.128",
                "1:2:3:4:5:6:7::")) {
            assertTrue(IpAddressText.isValid(valid), valid);
        }
        for (String invalid : List.of("", "proxy.example.com", "256.1.1.1", "1.2.3", "01.2.3.4",
                "[::1]", "2001:db8::1::2", "1:2:3:4:5:6:7:8:9", "1.2.3.4::1", "::ffff:1.2.3",
                "fe80::1%eth0", "1:2:3:4:5:6:7")) {
            assertFalse(IpAddressText.isValid(invalid), invalid);
        }
        assertRefused("host alice: address must be an IPv4 or IPv6 literal (no brackets, no DNS"
                + " names), was \"alice.test\"",
                () -> new Host("alice", "alice.test"));
        assertRefused("host name must be letters, digits, '.', '_' or '-', was \"a>b\"",
                () -> new Host("a>b", "192.0.2.1"));
        assertRefused("port must be between 1 and 65535, was 0",
                () -> new Endpoint("192.0.2.1", 0));
    }

    @Test
    @DisplayName("the network refuses duplicate hosts, unknown hosts, a second bind and a send"
            + " from nowhere")
    void networkMisuseIsRefused() {
        Network network = new Network(new Scheduler(), new RandomStreams(1));
        network.addHost("alice", "192.0.2.1");
        Endpoint alice = new Endpoint("192.0.2.1", 5060);
        network.bind(alice, d -> { });

        assertRefused("there is already a host named alice",
                () -> network.addHost("alice", "192.0.2.9"));
        assertRefused("host bob: address 192.0.2.1 already belongs to alice",
                () -> network.addHost("bob", "192.0.2.1"));
        assertRefused("no host named proxy; hosts are [alice]",
                () -> network.configureLink("alice", "proxy", LinkProfile.PERFECT));
        assertRefused("endpoint 192.0.2.1:5060 is already bound",
                () -> network.bind(alice, d -> { }));
        assertRefused("no host has address 192.0.2.7 (endpoint 192.0.2.7:5060)",
                () -> network.send(new Endpoint("192.0.2.7", 5060), alice, new byte[0]));
        assertTrue(network.unbind(alice));
        assertFalse(network.unbind(alice));
    }
}
