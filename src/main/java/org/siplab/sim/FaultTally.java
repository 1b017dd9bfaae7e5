package org.siplab.sim;

/**
 * How a targeted fault fared in a run: how many datagrams it matched and how many of those it
 * hit. A fault that hit none did nothing to the run, which its author will want to know.
 */
public record FaultTally(TargetedFault fault, long matches, long hits) {}
