package org.siplab.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wireshark's SIP dissector, through tshark: one run over a whole capture, which prints the
 * requested fields of every frame as JSON.
 */
final class Tshark {

  /** The fields of tshark 4.0 that the cross-check reads (see {@code tshark -G fields}). */
  static final List<String> FIELDS = List.of(
      "frame.number", "frame.protocols",
      "sip.Method", "sip.Status-Code", "sip.Call-ID", "sip.CSeq.seq", "sip.CSeq.method",
      "sip.from.tag", "sip.to.tag",
      // Wireshark dissects each Via value, so sip.Via.transport occurs once per value, even
      // when one header line lists several, and sip.Via.branch once per value with a branch.
      "sip.Via.transport", "sip.Via.branch",
      "sip.Content-Length",
      "_ws.malformed", "_ws.expert.severity", "_ws.expert.message");

  private static final Duration LIMIT = Duration.ofSeconds(60);

  private Tshark() {}

  /** Dissects every frame of {@code capture}; the list holds frame 1 first. */
  static List<WiresharkFrame> dissect(Path capture, Path workDir) {
    List<String> command = new ArrayList<>(List.of("tshark", "-n", "-r", capture.toString(),
        "-T", "json"));
    for (String field : FIELDS) {
      command.add("-e");
      command.add(field);
    }
    WiresharkCommand.Output out = WiresharkCommand.run(command, workDir, LIMIT);
    // Anything tshark says on stderr besides the root warning (a field it does not know, a
    // capture it cannot fully read) means the frames below are not the whole story.
    if (!out.stderr().isBlank()) {
      throw new AssertionError(out.command() + " wrote to stderr:\n" + out.stderr());
    }
    return frames(out.stdout());
  }

  private static List<WiresharkFrame> frames(byte[] json) {
    JsonNode packets;
    try {
      packets = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("tshark's JSON does not parse", e);
    }
    List<WiresharkFrame> frames = new ArrayList<>();
    for (JsonNode packet : packets) {
      Map<String, List<String>> fields = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> field : packet.path("_source").path("layers")
          .properties()) {
        List<String> values = new ArrayList<>();
        field.getValue().forEach(v -> values.add(v.asText()));
        fields.put(field.getKey(), values);
      }
      frames.add(new WiresharkFrame(Integer.parseInt(fields.get("frame.number").get(0)),
          fields));
    }
    return frames;
  }
}
