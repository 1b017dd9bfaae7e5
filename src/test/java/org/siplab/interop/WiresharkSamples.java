package org.siplab.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.siplab.codec.Corpus;
import org.siplab.codec.SipParser;
import org.siplab.scenario.load.LoadResult;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.run.ScenarioRunner;
import org.siplab.trace.TraceEvent;

/** The messages the cross-check shows Wireshark: siplab's own, and the RFC 3665 examples. */
final class WiresharkSamples {

  /** The bundled scenarios; tests run from the repository root. */
  private static final Path SCENARIOS = Path.of("scenarios");

  private WiresharkSamples() {}

  /**
   * Every distinct datagram that a run of a bundled scenario sends, in every folder (the long
   * run too: its thousands of REGISTER refreshes are siplab's output as much as the rest), each
   * scenario run once with its own seed. A retransmission repeats bytes already kept, so it is
   * kept once, under the first send that carried them.
   */
  static List<WiresharkSample> sentByBundledScenarios() {
    Map<String, WiresharkSample> distinct = new LinkedHashMap<>();
    for (Path file : scenarioFiles()) {
      String name = SCENARIOS.relativize(file).toString();
      Scenario scenario = load(file);
      for (TraceEvent event : ScenarioRunner.run(scenario, scenario.seed()).trace().events()) {
        if (event instanceof TraceEvent.Send send) {
          distinct.computeIfAbsent(send.message(), text -> new WiresharkSample(name,
              "send " + send.seq(), text.getBytes(StandardCharsets.UTF_8)));
        }
      }
    }
    return List.copyOf(distinct.values());
  }

  /**
   * The RFC 3665 messages siplab parses without an error, as wire bytes (CRLF line ends). The
   * others are the published typos of the corpus's NOTES.md, which siplab rejects on purpose
   * (codec.Rfc3665MessagesTest), so there is no reading of siplab's to compare them with.
   */
  static List<WiresharkSample> rfc3665MessagesSiplabParses() {
    Set<String> files = new LinkedHashSet<>();
    for (String[] row : Corpus.tsv("rfc3665/flows.tsv")) {
      // Column 8 names the message file; steps that repeat an earlier message have none.
      if (!row[7].isEmpty()) {
        files.add(row[7]);
      }
    }
    List<WiresharkSample> samples = new ArrayList<>();
    for (String file : files) {
      byte[] wire = Corpus.rfc3665Message(file);
      if (SipParser.parse(wire).isValid()) {
        samples.add(new WiresharkSample("rfc3665/" + file, "", wire));
      }
    }
    return samples;
  }

  private static List<Path> scenarioFiles() {
    try (Stream<Path> files = Files.walk(SCENARIOS)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Scenario load(Path file) {
    LoadResult loaded = ScenarioLoader.load(file);
    if (!loaded.isValid()) {
      throw new AssertionError(file + " does not load:\n" + loaded.errorReport());
    }
    return loaded.scenario().orElseThrow();
  }
}
