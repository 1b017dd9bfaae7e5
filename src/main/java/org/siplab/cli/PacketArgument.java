package org.siplab.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A FILE argument of {@code siplab lint} written {@code capture.pcap#11}: packet 11 of the
 * capture, the name lint gives that message when it reads the whole capture, so that a name
 * copied from its output reads that one message again. A file whose name really ends so is read
 * as a file: the packet is only taken when no file has the name as given.
 *
 * @param file the capture's file name
 * @param packet the packet number, from 1, as Wireshark numbers frames
 */
record PacketArgument(String file, long packet) {

  private static final Pattern NAME_AND_PACKET = Pattern.compile("(.+)#([0-9]{1,12})");

  /** The capture and packet {@code argument} names, when it is written so and no file has it. */
  static Optional<PacketArgument> of(String argument) {
    Matcher m = NAME_AND_PACKET.matcher(argument);
    if (!m.matches() || exists(argument) || !exists(m.group(1))) {
      return Optional.empty();
    }
    return Optional.of(new PacketArgument(m.group(1), Long.parseLong(m.group(2))));
  }

  private static boolean exists(String name) {
    try {
      return Files.exists(Path.of(name));
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
