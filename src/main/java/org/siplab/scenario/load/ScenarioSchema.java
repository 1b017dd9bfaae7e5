package org.siplab.scenario.load;

import java.util.List;
import java.util.Map;
import org.siplab.scenario.model.Duration;
import org.siplab.scenario.model.ElementSpec;
import org.siplab.scenario.model.Expectation;
import org.siplab.scenario.model.NetworkSpec;
import org.siplab.scenario.model.Options;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.model.ScriptStep;
import org.siplab.scenario.model.TimerSpec;
import org.snakeyaml.engine.v2.nodes.Node;

/** The keys at the top of a scenario file. */
final class ScenarioSchema {

  static final long DEFAULT_SEED = 1;

  /**
   * The longest T1, T2 or T4 the transaction layer takes (TimerSettings): an hour keeps 64*T1
   * and every doubling far from overflow, and is far beyond any real network.
   */
  static final Duration LONGEST_TIMER = Duration.ofMinutes(60);

  static final Key<Duration> T1 = Key.withDefault("T1", Types.duration(LONGEST_TIMER),
      TimerSpec.RFC_3261.t1(),
      "round-trip estimate; the first retransmission interval (17.1.1.1)");
  static final Key<Duration> T2 = Key.withDefault("T2", Types.duration(LONGEST_TIMER),
      TimerSpec.RFC_3261.t2(),
      "the longest retransmission interval of non-INVITE requests and INVITE responses");
  static final Key<Duration> T4 = Key.withDefault("T4", Types.positiveDuration(LONGEST_TIMER),
      TimerSpec.RFC_3261.t4(),
      "how long a message may stay in the network");
  static final MappingSchema TIMER_KEYS = new MappingSchema("timers", List.of(T1, T2, T4),
      TimerNames::explain);

  static final Key<String> NAME = Key.computed("name", Types.title(), "the file name",
      "the title of the report");
  static final Key<String> DESCRIPTION = Key.withDefault("description", Types.text(), "",
      "Markdown shown at the top of the report");
  static final Key<Long> SEED = Key.withDefault("seed", Types.integer(0, Long.MAX_VALUE),
      DEFAULT_SEED, "the seed of every random draw; siplab run --seed overrides it");
  static final Key<TimerSpec> TIMERS = Key.withDefault("timers",
      new RecordType<>(TIMER_KEYS, ScenarioSchema::timers), TimerSpec.RFC_3261,
      "the transaction timers of RFC 3261 (table 4)");
  static final Key<NetworkSpec> NETWORK = Key.withDefault("network",
      new RecordType<>(NetworkSchema.KEYS, NetworkSchema::build), NetworkSpec.PERFECT,
      "how the network behaves: delay, jitter, loss, faults");
  static final Key<Map<String, ElementSpec>> ELEMENTS = Key.required("elements",
      new ElementsType(), "who is on the network: element name to its settings");
  static final Key<List<ScriptStep>> SCRIPT = Key.withDefault("script",
      Types.listOf(new RecordType<>(ScriptSchema.STEP_KEYS, ScriptSchema::step)), List.of(),
      "what each element does and when");
  static final Key<List<Expectation>> EXPECT = Key.withDefault("expect", new ExpectationsType(),
      List.of(), "what the run must show");

  static final MappingSchema KEYS = new MappingSchema("the scenario",
      List.of(NAME, DESCRIPTION, SEED, TIMERS, NETWORK, ELEMENTS, SCRIPT, EXPECT));

  private ScenarioSchema() {}

  static Scenario build(String file, Options o) {
    return new Scenario(file, NAME.in(o).orElse(stem(file)), DESCRIPTION.from(o), SEED.from(o),
        TIMERS.from(o), NETWORK.from(o), ELEMENTS.from(o), SCRIPT.from(o), EXPECT.from(o));
  }

  /** {@code scenarios/basic-call.yaml} gives {@code basic-call}. */
  static String stem(String file) {
    String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    return name.replaceFirst("\\.(yaml|yml)$", "");
  }

  private static TimerSpec timers(Options o, Node node, ReadContext ctx) {
    if (T1.from(o).isZero()) {
      ctx.error(o.position(T1.name()).orElseThrow(), "T1 of 0s would retransmit without pause;"
          + " expected a duration above 0s, such as 500ms");
      return null;
    }
    if (T2.from(o).compareTo(T1.from(o)) < 0 && o.position(T2.name()).isEmpty()) {
      // The student wrote T1 alone: naming T2 as the culprit would point at a key not in the file.
      ctx.error(o.position(T1.name()).orElse(ctx.position(node)), "T1 " + T1.from(o)
          + " is above T2's default of " + T2.from(o) + "; expected T1 at most T2, or T2 set"
          + " too (17.1.2.2)");
      return null;
    }
    if (T2.from(o).compareTo(T1.from(o)) < 0) {
      ctx.error(o.position(T2.name()).orElse(ctx.position(node)), "T2 " + T2.from(o)
          + " is below T1 " + T1.from(o) + "; expected T2 of at least T1 (17.1.2.2)");
      return null;
    }
    return new TimerSpec(T1.from(o), T2.from(o), T4.from(o));
  }
}
