package org.siplab.sim;

/**
 * Told the fate of every datagram, in the order things happen. The trace implements it; the
 * network knows nothing of the trace.
 */
@FunctionalInterface
public interface NetworkObserver {

    void onDatagramEvent(DatagramEvent event);
}
