/**
 * The SIP-agnostic deterministic kernel of siplab: virtual time, one event queue, seeded random
 * streams and a simulated UDP network.
 *
 * <p>Nothing here parses or knows about SIP: payloads are bytes, and a targeted fault matches them
 * with a {@link java.util.function.Predicate} handed down from the SIP layer together with a
 * human-readable description.
 *
 * <h2>Reading it next to the chan_sip study</h2>
 *
 * <p>Asterisk 0.2.0's {@code do_monitor} thread loops over three calls: {@code ast_sched_wait}
 * (how long until the next scheduled event), {@code ast_io_wait} ({@code poll} the SIP socket for
 * at most that long) and {@code ast_sched_runq} (run the events that are due). Here both timers and
 * datagram arrivals are events in one {@link org.siplab.sim.EventQueue}, so the whole loop becomes
 * {@link org.siplab.sim.Scheduler#run(RunLimit)}: take the earliest event, move the
 * {@link org.siplab.sim.VirtualClock} to its time, run it. {@code ast_sched_add} and
 * {@code ast_sched_del} are {@link org.siplab.sim.Scheduler#schedule(long, Runnable)} and
 * {@link org.siplab.sim.Scheduler#cancel(ScheduledEvent)}.
 *
 * <h2>How a layer above uses it</h2>
 *
 * <pre>{@code
 * Scheduler scheduler = new Scheduler();
 * RandomStreams streams = new RandomStreams(seed);
 * Network network = new Network(scheduler, streams, LinkProfile.ofDelay(20_000));
 * network.addHost("alice", "192.0.2.10");
 * network.addHost("proxy", "192.0.2.1");
 * network.configureLink("alice", "proxy", LinkProfile.ofDelay(30_000).withLossRatio(0.1));
 * network.addObserver(trace::record);
 *
 * Endpoint alice = new Endpoint("192.0.2.10", 5060);
 * network.bind(alice, datagram -> transport.receive(datagram.payload(), datagram.from()));
 * network.send(alice, new Endpoint("192.0.2.1", 5060), bytes);       // sipsock write
 * ScheduledEvent timerA = scheduler.schedule(500_000, this::retransmit); // ast_sched_add
 * scheduler.cancel(timerA);                                            // ast_sched_del
 * String tag = streams.stream("phone:alice").token(10);
 * RunOutcome outcome = scheduler.run(RunLimit.untilTime(64_000_000)); // do_monitor
 * }</pre>
 *
 * <h2>Determinism</h2>
 *
 * <p>No threads, no wall clock, no unseeded randomness. Ties in time break by insertion sequence.
 * Every random draw comes from a {@link org.siplab.sim.RandomStream} derived from the run's seed
 * and the drawing component's name, so adding a component never shifts another's numbers.
 */
package org.siplab.sim;
