package org.siplab.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("who owns a datagram's bytes")
class DatagramPayloadTest {

    private static final Endpoint ALICE = new Endpoint("192.0.2.1", 5060);
    private static final Endpoint BOB = new Endpoint("192.0.2.2", 5060);

    @Test
    @DisplayName("a datagram made with its constructor copies the bytes in and payload() copies"
            + " them out, so neither the sender nor a reader can change it")
    void theConstructorAndPayloadCopy() {
        byte[] sent = bytes("OPTIONS");
        Datagram d = new Datagram(1, ALICE, BOB, "alice", "bob", sent, 0);
        sent[0] = 'X';
        byte[] read = d.payload();
        read[1] = 'X';
        assertArrayEquals(bytes("OPTIONS"), d.payload());
        assertNotSame(d.payload(), d.payload());
    }

    @Test
    @DisplayName("readPayload lends the datagram's own bytes, without a copy")
    void readPayloadLendsTheBytes() {
        Datagram d = new Datagram(1, ALICE, BOB, "alice", "bob", bytes("BYE"), 0);
        byte[] first = d.readPayload(b -> b);
        assertSame(first, d.readPayload(b -> b));
        assertArrayEquals(bytes("BYE"), first);
    }

    @Test
    @DisplayName("send copies the sender's array, which it may reuse at once; sendWithoutCopy keeps"
            + " the array it was handed")
    void sendCopiesAndSendWithoutCopyKeeps() {
        Scheduler scheduler = new Scheduler();
        Network network = new Network(scheduler, new RandomStreams(7));
        network.addHost("alice", ALICE.address());
        network.addHost("bob", BOB.address());
        List<byte[]> lent = new ArrayList<>();
        List<String> received = new ArrayList<>();
        network.bind(BOB, d -> {
            lent.add(d.readPayload(b -> b));
            received.add(new String(d.payload(), StandardCharsets.UTF_8));
        });

        byte[] reused = bytes("first");
        network.send(ALICE, BOB, reused);
        System.arraycopy(bytes("again"), 0, reused, 0, 5);
        byte[] handedOver = bytes("third");
        network.sendWithoutCopy(ALICE, BOB, handedOver);
        scheduler.runUntilIdle();

        assertEquals(List.of("first", "third"), received);
        assertNotSame(reused, lent.get(0));
        assertSame(handedOver, lent.get(1));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
