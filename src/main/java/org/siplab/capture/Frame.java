package org.siplab.capture;

/**
 * One packet record of a capture file, before its link layer is read.
 *
 * @param number the packet's number in the file, from 1
 * @param timeUs microseconds since 1970
 * @param linkType the LINKTYPE_ value of the interface it was captured on (tcpdump.org)
 * @param data the file's bytes; the packet is {@code data[offset, offset + captured)}
 * @param original how long the packet was on the wire ({@code captured} is less with a snap length)
 */
record Frame(long number, long timeUs, int linkType, byte[] data, int offset, int captured,
    int original) {

  int end() {
    return offset + captured;
  }
}
