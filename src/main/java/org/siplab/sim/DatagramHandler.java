package org.siplab.sim;

/**
 * What an element binds on an endpoint to receive datagrams: chan_sip's {@code sipsock_read},
 * called by the run loop when an arrival event comes due instead of by {@code ast_io_wait} when
 * {@code poll} finds the socket readable.
 */
@FunctionalInterface
public interface DatagramHandler {

    void receive(Datagram datagram);
}
