package org.siplab.scenario.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.siplab.element.pbx.PbxConfig;
import org.siplab.element.registrar.RegistrarConfig;
import org.siplab.scenario.run.RunResult;
import org.siplab.trace.TraceEvent;

/**
 * The guarantee of {@link MisbehavioursPropertyTest} for the other elements: one proxy,
 * registrar, redirect server or PBX of a generated file ({@link ScenarioTexts}) gets one of its
 * {@code misbehave:} switches ({@link Switch}), and with the same assertions ({@link SwitchRuns}):
 * the file loads, runs without an exception and twice to the same trace.json bytes; when the
 * switch acted (the run's sends differ from those of the same file without it), its rule's
 * finding is there; and every error finding of another rule is one {@link #ALLOWED} grants it,
 * each with the RFC text that makes it a consequence.
 *
 * <p>A switch goes only to a file with an element of its kind (files without one are drawn
 * again). Most cases are <em>shaped</em> to send traffic through that element: a call at 2 s
 * from a phone it serves (or, for a redirect server, to an AOR it redirects) that the callee
 * answers, an INFO in the call and a BYE. timeout-480's call goes instead to a URI at another
 * phone's address, and every INVITE from the proxy to that phone is lost, so that the branch
 * times out (see {@code unanswered}). ignore-cseq-order acts only on a REGISTER whose
 * CSeq is not above the last one, which a correct phone never sends (it counts up by one on
 * one Call-ID, section 10.2, and a reordered REGISTER is a retransmission of the same
 * transaction): its shaped cases switch every phone to reuse-register-cseq and register them
 * at 3 s and 6 s, and the file it is compared with keeps those phone switches, so it acts when
 * the registrar answers 200 where it would answer 500. Its own rule, CSEQ-008, marks the
 * phone's REGISTER (the registrar's 200 breaks no rule the checker can see in one message).
 * The same holds for reuse-call-id: its rule CALLID-005 is an info finding, which counts.
 *
 * <p>{@code mvn verify} runs {@value #DEFAULT_CASES} cases from the fixed seed {@value #SEED}.
 * To run many more by hand, with another seed or one switch if you like:
 *
 * <pre>
 * mvn -o test -Dtest=ServerMisbehavioursPropertyTest -Dsiplab.server-misbehaviours.cases=2000 \
 *     -Dsiplab.server-misbehaviours.seed=7 -Dsiplab.server-misbehaviours.only=keep-via
 * </pre>
 *
 * A failure prints the seed, the switch, the element and the whole scenario file with the switch
 * in it; save it as a .yaml file and {@code siplab run} replays it.
 */
@DisplayName("generated scenarios with one misbehaving server")
class ServerMisbehavioursPropertyTest {

  private static final long SEED = 20_261_128L;
  private static final int DEFAULT_CASES = 80;
  private static final Pattern SERVER = Pattern.compile(
      "(?m)^  ([a-z0-9-]+): \\{ kind: (proxy|registrar|redirect|pbx), (.*) \\}$");
  private static final Pattern PROXY_KEY = Pattern.compile("proxy: ([a-z0-9-]+)");
  private static final Pattern ADDRESS = Pattern.compile("address: ([0-9a-f.:]+)");

  /** Every switch of the elements that are not phones, with its kind and its checker rule. */
  enum Switch {
    NO_MAX_FORWARDS_DECREMENT("proxy", "no-max-forwards-decrement", "MAXFWD-001"),
    KEEP_VIA("proxy", "keep-via", "VIA-005"),
    NO_VIA("proxy", "no-via", "VIA-004"),
    CHANGE_CALL_ID("proxy", "change-call-id", "CALLID-004"),
    TIMEOUT_480("proxy", "timeout-480", "PROXY-001"),
    IGNORE_CSEQ_ORDER("registrar", "ignore-cseq-order", "CSEQ-008"),
    REDIRECT_DROP_TO_TAG("redirect", "drop-to-tag", "TAG-002"),
    REUSE_CALL_ID("pbx", "reuse-call-id", "CALLID-005");

    final String kind;
    final String token;
    final String rule;

    Switch(String kind, String token, String rule) {
      this.kind = kind;
      this.token = token;
      this.rule = rule;
    }

    @Override
    public String toString() {
      return kind + " " + token;
    }
  }

  /**
   * Error findings of other rules that a switch may cause, by switch; each one is a consequence
   * the RFC states.
   */
  static final Map<Switch, Set<String>> ALLOWED = Map.of(
      // Its copy of a request keeps the sender's Via on top (16.6 step 8 not done), so the copy
      // carries the branch the sender chose for its own transaction: one branch on two requests
      // of two elements, which 8.1.1.7 ("unique across space and time") forbids.
      Switch.NO_VIA, Set.of("VIA-002"),
      // A dialog is its Call-ID and its two tags (12); the proxy gives the requests and
      // responses on its two sides two Call-IDs, so the requests each end sends in the dialog
      // (the tags of both) carry a Call-ID that is not the one of the dialog's other side,
      // against 8.1.1.4 ("all requests and responses sent by either UA in a dialog").
      Switch.CHANGE_CALL_ID, Set.of("CALLID-001"));

  static int cases() {
    return Integer.getInteger("siplab.server-misbehaviours.cases", DEFAULT_CASES);
  }

  private static long seed() {
    return Long.getLong("siplab.server-misbehaviours.seed", SEED);
  }

  /** A generated file, a switch (null: the file has no element for it), and its element. */
  record Case(String text, Switch sw, String element, int pick, boolean shaped) {

    /** The file with the switch on its element, or without it, shaped or not. */
    String file(boolean on) {
      Matcher m = SERVER.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String line = m.group(0);
        if (on && m.group(1).equals(element)) {
          line = "  " + element + ": { kind: " + m.group(2) + ", " + m.group(3)
              + ", misbehave: [" + sw.token + "] }";
        }
        m.appendReplacement(out, Matcher.quoteReplacement(line));
      }
      m.appendTail(out);
      return shaped ? shape(out.toString()) : out.toString();
    }

    /** {@code file} with the traffic that gives the switch its chance. */
    private String shape(String file) {
      Map<String, String> proxyOf = new java.util.LinkedHashMap<>();
      Matcher m = MisbehavioursPropertyTest.PHONE.matcher(file);
      while (m.find()) {
        Matcher proxy = PROXY_KEY.matcher(m.group(2));
        proxyOf.put(m.group(1), proxy.find() ? proxy.group(1) : "");
      }
      List<String> phones = new ArrayList<>(proxyOf.keySet());
      if (sw == Switch.IGNORE_CSEQ_ORDER) {
        return registrations(file, phones, proxyOf);
      }
      if (sw == Switch.TIMEOUT_480) {
        return unanswered(file, phones, proxyOf);
      }
      // The caller: a phone whose first hop is the element, or for a redirect server the
      // first two phones, whose AORs it redirects, calling each other.
      List<String> served = phones.stream().filter(p -> proxyOf.get(p).equals(element)).toList();
      List<String> pool = served.isEmpty() ? phones : served;
      String caller = sw.kind.equals("redirect") ? phones.get(1 - pick % 2)
          : pool.get(pick % pool.size());
      List<String> others = new ArrayList<>(phones);
      others.remove(caller);
      // The callee: one of the two AORs a redirect server knows, or any.
      String callee = sw.kind.equals("redirect") ? phones.get(pick % 2)
          : others.get(pick % others.size());
      String target = sw.kind.equals("redirect") ? "sip:" + callee + "@moved.example.com"
          : sw.kind.equals("pbx") ? "sip:" + (100 + phones.indexOf(callee)) + "@pbx.example.com"
          : callee;
      StringBuilder out = new StringBuilder(file);
      out.append("  - { at: 2s, do: ").append(caller).append(".call ").append(target)
          .append(" }\n");
      out.append("  - { on: ").append(callee).append(".incoming, after: 300ms, do: ")
          .append(callee).append(".answer }\n");
      out.append("  - { on: ").append(caller).append(".in-call, after: 500ms, do: ")
          .append(caller).append(".info }\n");
      out.append("  - { on: ").append(caller).append(".in-call, after: 1500ms, do: ")
          .append(caller).append(".hangup }\n");
      return out.toString();
    }

    /**
     * A call at 2 s from a phone whose first hop is the proxy (another phone made one, when
     * none is) to a URI at another phone's address, whose INVITEs from the proxy are all lost:
     * the proxy is not responsible for that host, so the Request-URI is the one target (16.5)
     * and no registration is needed for it to forward; its branch gets no response at all,
     * Timer B ends it (17.1.1.2) and the response context has no final response (16.7 step 6).
     * Calling the callee's AOR would not do: a generated file seldom registers the callee, and
     * the proxy answers 480 or 404 itself then, without a branch.
     */
    private String unanswered(String file, List<String> phones, Map<String, String> proxyOf) {
      List<String> served = phones.stream().filter(p -> proxyOf.get(p).equals(element)).toList();
      String caller = served.isEmpty() ? phones.get(pick % phones.size())
          : served.get(pick % served.size());
      List<String> others = new ArrayList<>(phones);
      others.remove(caller);
      String callee = others.get(pick % others.size());
      String out = file;
      String address = "";
      Matcher m = MisbehavioursPropertyTest.PHONE.matcher(file);
      while (m.find()) {
        if (m.group(1).equals(caller) && served.isEmpty()) {
          String keys = m.group(2).contains("proxy: ")
              ? m.group(2).replaceFirst("proxy: (\\[[^]]*\\]|[a-z0-9-]+)", "proxy: " + element)
              : m.group(2) + ", proxy: " + element;
          out = out.replace(m.group(0), "  " + caller + ": { kind: phone, " + keys + " }");
        }
        Matcher a = ADDRESS.matcher(m.group(2));
        if (m.group(1).equals(callee) && a.find()) {
          address = a.group(1).contains(":") ? "[" + a.group(1) + "]" : a.group(1);
        }
      }
      out += "  - { at: 2s, do: \"" + caller + ".call sip:" + callee + "@" + address + "\" }\n";
      return fault(out, "{ drop: INVITE, from: " + element + ", to: " + callee + " }");
    }

    /**
     * Every phone switched to reuse-register-cseq and registering at 3 s and 6 s: the second
     * REGISTER of each repeats the CSeq of the one before (a first one of the script or the
     * one at 3 s).
     */
    private String registrations(String file, List<String> phones, Map<String, String> proxyOf) {
      Matcher m = MisbehavioursPropertyTest.PHONE.matcher(file);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, Matcher.quoteReplacement("  " + m.group(1) + ": { kind: phone, "
            + m.group(2) + ", misbehave: [reuse-register-cseq] }"));
      }
      m.appendTail(out);
      for (String phone : phones) {
        if (!proxyOf.get(phone).isEmpty()) {
          out.append("  - { at: 3s, do: ").append(phone).append(".register }\n");
          out.append("  - { at: 6s, do: ").append(phone).append(".register }\n");
        }
      }
      return out.toString();
    }

    /** {@code file} with one more fault (a second {@code faults:} key would not load). */
    private static String fault(String file, String fault) {
      if (file.contains("\n  faults:\n")) {
        return file.replace("\n  faults:\n", "\n  faults:\n    - " + fault + "\n");
      }
      return file.replace("\nscript:\n", "\n  faults:\n    - " + fault + "\nscript:\n");
    }

    @Override
    public String toString() {
      return "\n" + sw + " on " + element + (shaped ? ", shaped" : "") + "\n" + file(true);
    }
  }

  /**
   * The cases: a switch among those whose kind of element the file has, on one such element;
   * a file with none of them (phones calling each other directly) gives a case without a switch,
   * which the property skips.
   */
  static Gen<Case> cases(Switch only) {
    // A wide range taken modulo the number of switches: drawn over just the eight values, the
    // fixed seed gave change-call-id 2 of the 80 cases and reuse-call-id 14.
    Gen<Integer> which = integers().between(0, 1000 * Switch.values().length - 1);
    return ScenarioTexts.scenarios().zip(which, integers().between(0, 23), (text, w, p) -> {
      Map<String, List<String>> byKind = new java.util.TreeMap<>();
      Matcher m = SERVER.matcher(text);
      while (m.find()) {
        byKind.computeIfAbsent(m.group(2), k -> new ArrayList<>()).add(m.group(1));
      }
      List<Switch> fits = Arrays.stream(Switch.values())
          .filter(s -> byKind.containsKey(s.kind) && (only == null || s == only)).toList();
      if (fits.isEmpty()) {
        return new Case(text, null, null, p, false);
      }
      // The drawn switch if it fits, so that each gets its share of the files it fits.
      Switch drawn = Switch.values()[w % Switch.values().length];
      Switch sw = fits.contains(drawn) ? drawn : fits.get(w % fits.size());
      List<String> elements = byKind.get(sw.kind);
      return new Case(text, sw, elements.get(p % elements.size()), p, p % 4 != 3);
    }).describedAs(Case::toString);
  }

  @Test
  @DisplayName("a misbehaving server shows its rule and no error it does not cause")
  void aMisbehavingServerShowsItsRuleAndNoErrorItDoesNotCause() {
    long seed = seed();
    String only = System.getProperty("siplab.server-misbehaviours.only");
    Switch filter = only == null ? null : Arrays.stream(Switch.values())
        .filter(s -> s.token.equals(only)).findFirst().orElseThrow();
    Map<Switch, int[]> coverage = new EnumMap<>(Switch.class);
    qt().withFixedSeed(seed).withExamples(cases()).withShrinkCycles(10)
        .forAll(cases(filter)).assuming(c -> c.sw() != null)
        .checkAssert(c -> check(c, seed, coverage));
    StringBuilder line = new StringBuilder("server misbehaviour coverage (acted/cases):");
    coverage.forEach((s, n) -> line.append(' ').append(s.token).append(' ').append(n[0])
        .append('/').append(n[1]));
    System.out.println(line);
    if (filter == null && seed == SEED && cases() >= DEFAULT_CASES) {
      // The default run must let every switch act at least once, or its rule goes unchecked.
      for (Switch s : Switch.values()) {
        int[] n = coverage.getOrDefault(s, new int[2]);
        assertTrue(n[0] > 0, s + " never acted in the default run: " + line);
      }
    }
  }

  @Test
  @DisplayName("the property knows every switch of the proxy, registrar, redirect server and PBX")
  void thePropertyKnowsEverySwitchOfTheServers() {
    Set<String> known = new TreeSet<>();
    Arrays.stream(Switch.values()).forEach(s -> known.add(s.kind + " " + s.token));
    Set<String> all = new TreeSet<>();
    Arrays.stream(org.siplab.element.proxy.Misbehaviour.values())
        .forEach(s -> all.add("proxy " + s.key()));
    Arrays.stream(RegistrarConfig.Misbehaviour.values())
        .forEach(s -> all.add("registrar " + s.scenarioName()));
    Arrays.stream(org.siplab.element.redirect.Misbehaviour.values())
        .forEach(s -> all.add("redirect " + s.key()));
    Arrays.stream(PbxConfig.Misbehaviour.values()).forEach(s -> all.add("pbx " + s.word()));
    assertEquals(all, known);
    for (Switch s : Switch.values()) {
      if (s.kind.equals("proxy")) {
        assertEquals(org.siplab.element.proxy.Misbehaviour.fromKey(s.token).rule(), s.rule);
      } else if (s.kind.equals("redirect")) {
        assertEquals(org.siplab.element.redirect.Misbehaviour.fromKey(s.token).rule(), s.rule);
      }
    }
  }

  @Test
  @DisplayName("the ignore-cseq-order check needs the registrar's own 200 to a flagged REGISTER")
  void theIgnoreCseqOrderCheckNeedsTheRegistrarsOwn200ToAFlaggedRegister() {
    String file = """
        name: reuse
        seed: 1
        elements:
          registrar: { kind: registrar, domain: example.com, address: 192.0.2.11%s }
          alice: { kind: phone, aor: "sip:alice@example.com", address: 192.0.2.101, \
        registrar: registrar, misbehave: [reuse-register-cseq] }
        script:
          - { at: 1s, do: alice.register }
          - { at: 3s, do: alice.register }
        """;
    RunResult correct = GeneratedRuns.run(GeneratedRuns.load(file.formatted(""), ""), "");
    RunResult spoiled = GeneratedRuns.run(GeneratedRuns.load(
        file.formatted(", misbehave: [ignore-cseq-order]"), ""), "");
    // The phone's switch alone makes CSEQ-008 in both runs; only the registrar's 200 differs.
    assertTrue(correct.findings().stream().anyMatch(f -> f.rule().equals("CSEQ-008")));
    assertFalse(acceptedFlaggedRegister(correct, "registrar"));
    assertTrue(acceptedFlaggedRegister(spoiled, "registrar"));
  }

  static void check(Case c, long seed, Map<Switch, int[]> coverage) {
    String where = "(property seed " + seed + ")" + c;
    Consumer<RunResult> ownFinding = c.sw() != Switch.IGNORE_CSEQ_ORDER ? result -> { }
        : result -> assertTrue(acceptedFlaggedRegister(result, c.element()),
            "acted, but no CSEQ-008 finding marks a REGISTER " + c.element() + " accepted "
                + where);
    boolean acted = SwitchRuns.check(c.file(false), c.file(true), Set.of(c.sw().rule),
        ALLOWED.getOrDefault(c.sw(), Set.of()), result -> SwitchRuns.sends(result, s -> true),
        ownFinding, where);
    int[] n = coverage.computeIfAbsent(c.sw(), k -> new int[2]);
    n[1]++;
    if (acted) {
      n[0]++;
    }
  }

  /**
   * Whether {@code registrar} answered 2xx to a REGISTER that a CSEQ-008 finding marks. The
   * phones' reuse-register-cseq switch, in the files with and without the registrar's, makes
   * those findings in both runs; what the registrar's switch adds is its own 200 to such a
   * REGISTER, which section 10.3 step 7 says MUST fail (a correct registrar answers 500). Only
   * that 200 shows the finding is about the misbehaving registrar's messages: CSEQ-008 alone
   * would be found without it. A 200 counts when it comes after the REGISTER with its Call-ID
   * and CSeq and is no copy of one the registrar sent before (a retransmitted REGISTER of an
   * earlier transaction gets its 200 again, 17.2.2).
   */
  static boolean acceptedFlaggedRegister(RunResult result, String registrar) {
    Map<Long, TraceEvent.Send> sends = new java.util.HashMap<>();
    Set<String> sent = new java.util.HashSet<>();
    List<TraceEvent.Send> accepted = new ArrayList<>();
    for (TraceEvent e : result.trace().events()) {
      if (e instanceof TraceEvent.Send s) {
        sends.put(s.seq(), s);
        if (s.from().equals(registrar) && sent.add(s.message())
            && s.message().startsWith("SIP/2.0 2") && s.cseq() != null
            && s.cseq().endsWith(" REGISTER")) {
          accepted.add(s);
        }
      }
    }
    return result.findings().stream().filter(f -> f.rule().equals("CSEQ-008"))
        .map(f -> sends.get(f.event())).filter(java.util.Objects::nonNull)
        .anyMatch(r -> accepted.stream().anyMatch(a -> a.seq() > r.seq()
            && a.callId().equals(r.callId()) && a.cseq().equals(r.cseq())));
  }
}
