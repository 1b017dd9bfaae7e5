package org.siplab.sim;

/**
 * The random draws one datagram takes from its link direction's stream. Every datagram takes
 * exactly these five, in this order, whatever happens to it and whatever the profile says:
 * loss, duplication, reordering, the original's jitter, the copy's jitter. So the k-th datagram
 * on a link always meets the same numbers for a given seed, and a fault, a partition or a changed
 * ratio on one datagram never shifts the draws of the datagrams after it.
 */
record LinkDraws(boolean lost, boolean duplicated, boolean reordered, long jitterUs,
                 long copyJitterUs) {

    static LinkDraws take(RandomStream stream, LinkProfile profile) {
        boolean lost = stream.chance(profile.lossRatio());
        boolean duplicated = stream.chance(profile.duplicateRatio());
        boolean reordered = stream.chance(profile.reorderRatio());
        long jitterUs = stream.nextLong(profile.jitterUs() + 1);
        long copyJitterUs = stream.nextLong(profile.jitterUs() + 1);
        return new LinkDraws(lost, duplicated, reordered, jitterUs, copyJitterUs);
    }
}
