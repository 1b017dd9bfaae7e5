/**
 * Packet captures: reading the UDP datagrams of a pcap or pcapng file, as tcpdump, Wireshark or
 * SIPp's {@code -trace_pcap} write them, and making a trace of the SIP messages among them, so that
 * {@code siplab check}, {@code siplab report} and {@code siplab lint} read a real network's traffic
 * as they read a run of the simulator.
 *
 * <p>Only the framing around SIP is read here (the capture file's blocks, the link layer, IPv4,
 * IPv6 and UDP headers, and IP fragments put back together); what a datagram holds is the codec's
 * business. {@code notes/decisions.md} says why this is not a library.
 */
package org.siplab.capture;
