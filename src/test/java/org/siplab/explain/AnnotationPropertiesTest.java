package org.siplab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.siplab.explain.RealTraces.Story;
import org.siplab.sim.LinkProfile;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

@DisplayName("annotations of real simulation runs")
class AnnotationPropertiesTest {

  private static final long SEED = 20260301L;
  private static final int EXAMPLES = 60;
  private static final Pattern CITATION = Pattern.compile("\\(RFC \\d{4}\\b");

  /** A run: a story, the run's seed, and the link's misbehaviour. */
  record Run(Story story, long seed, LinkProfile link) {
    Trace trace() {
      return RealTraces.run(story, seed, link);
    }
  }

  private static Gen<Run> runs() {
    Gen<Story> stories = Generate.enumValues(Story.class);
    Gen<Long> seeds = SourceDSL.longs().between(1, 1_000_000);
    Gen<LinkProfile> links = SourceDSL.integers().between(0, 30)
        .zip(SourceDSL.integers().between(0, 20), SourceDSL.integers().between(0, 20),
            (loss, duplicate, reorder) -> LinkProfile.ofDelay(10_000).withJitterUs(5_000)
                .withLossRatio(loss / 100.0).withDuplicateRatio(duplicate / 100.0)
                .withReordering(reorder / 100.0, 30_000));
    return stories.zip(seeds, links, Run::new);
  }

  @Test
  @DisplayName("every event gets an annotation, in seq order, and the same trace the same text")
  void everyEventIsAnnotatedDeterministically() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(runs()).checkAssert(run -> {
      Trace trace = run.trace();
      Map<Long, String> annotations = Annotator.annotate(trace);
      assertEquals(trace.events().size(), annotations.size(), run.toString());
      long expected = 1;
      for (Map.Entry<Long, String> e : annotations.entrySet()) {
        assertEquals(expected++, e.getKey(), "seq order");
        assertTrue(!e.getValue().isBlank() && e.getValue().endsWith("."), e.getValue());
      }
      assertEquals(annotations, Annotator.annotate(run.trace()), "the same run, the same text");
    });
  }

  @Test
  @DisplayName("every annotation of an event with a cause mentions that cause's seq")
  void everyAnnotationNamesItsCause() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(runs()).checkAssert(run -> {
      Trace trace = run.trace();
      Map<Long, String> annotations = Annotator.annotate(trace);
      for (TraceEvent e : trace.events()) {
        long cause = Causation.causeOf(trace, e);
        String text = annotations.get(e.seq());
        if (cause != TraceEvent.NO_CAUSE) {
          assertTrue(mentions(text, cause), run + ": event " + e + " annotated \"" + text
              + "\" does not name its cause, seq " + cause);
        } else {
          assertTrue(text.contains("own initiative") || text.startsWith("Script step"), text);
        }
      }
    });
  }

  @Test
  @DisplayName("two events with different causes or effects never get the same text")
  void differentCausesOrEffectsGetDifferentTexts() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(runs()).checkAssert(run -> {
      Trace trace = run.trace();
      Map<Long, String> annotations = Annotator.annotate(trace);
      Map<String, String> groupOfText = new LinkedHashMap<>();
      for (TraceEvent e : trace.events()) {
        String group = Causation.group(trace, e);
        String before = groupOfText.putIfAbsent(annotations.get(e.seq()), group);
        assertTrue(before == null || before.equals(group), run + ": \""
            + annotations.get(e.seq()) + "\" explains both " + before + " and " + group);
      }
    });
  }

  @Test
  @DisplayName("every event the annotator links to a note links to a note file that exists")
  void linkedNotesExist() {
    qt().withFixedSeed(SEED).withExamples(20).forAll(runs()).checkAssert(run -> {
      Trace trace = run.trace();
      Map<Long, String> notes = Annotator.notes(trace);
      for (String path : notes.values()) {
        assertTrue(Files.isRegularFile(NotesTest.ROOT.resolve(path)), path);
      }
      List<Long> seqs = List.copyOf(notes.keySet());
      for (int i = 1; i < seqs.size(); i++) {
        assertTrue(seqs.get(i - 1) < seqs.get(i), "seq order");
      }
    });
  }

  @Test
  @DisplayName("every annotation cites an RFC section, or says it is a script step or no RFC rule")
  void everyAnnotationCitesASection() {
    qt().withFixedSeed(SEED).withExamples(20).forAll(runs()).checkAssert(run ->
        Annotator.annotate(run.trace()).values().forEach(text ->
            assertTrue(citesOrSaysWhyNot(text), run + ": no RFC section: " + text)));
  }

  @TestFactory
  @DisplayName("over each bundled scenario, misbehaviour demos included: different causes or"
      + " effects get different texts, and every annotation cites an RFC section or says why not")
  Stream<DynamicTest> bundledScenariosTextsDifferAndCite() {
    return BundledTraces.files().stream().map(file -> DynamicTest.dynamicTest(
        BundledTraces.name(file), () -> {
          Trace trace = BundledTraces.trace(file);
          Map<Long, String> annotations = Annotator.annotate(trace);
          Map<String, String> groupOfText = new LinkedHashMap<>();
          for (TraceEvent e : trace.events()) {
            String text = annotations.get(e.seq());
            assertTrue(citesOrSaysWhyNot(text), file + " seq " + e.seq() + ": " + text);
            String group = Causation.group(trace, e);
            String before = groupOfText.putIfAbsent(text, group);
            assertTrue(before == null || before.equals(group), file + ": \"" + text
                + "\" explains both " + before + " and " + group);
          }
        }));
  }

  @TestFactory
  @DisplayName("over each bundled scenario, what an annotation says of its message is what the"
      + " wire shows: Call-IDs, tags, CSeq numbers, forwarding, retransmission")
  Stream<DynamicTest> bundledScenariosClaimsMatchTheWire() {
    return BundledTraces.files().stream().map(file -> DynamicTest.dynamicTest(
        BundledTraces.name(file), () -> {
          List<String> wrong = WireClaims.contradictions(BundledTraces.trace(file));
          assertTrue(wrong.isEmpty(), file + ":\n" + String.join("\n", wrong));
        }));
  }

  @Test
  @DisplayName("over runs of the test UAs too, what an annotation says of its message is what the"
      + " wire shows")
  void claimsMatchTheWire() {
    qt().withFixedSeed(SEED).withExamples(20).forAll(runs()).checkAssert(run -> {
      List<String> wrong = WireClaims.contradictions(run.trace());
      assertTrue(wrong.isEmpty(), run + ":\n" + String.join("\n", wrong));
    });
  }

  /**
   * Whether {@code text} ends in an RFC citation, {@code (RFC 3261 13.2.1)}, or in the marker of
   * a script step or of an element's step that no RFC rule defines.
   */
  static boolean citesOrSaysWhyNot(String text) {
    return CITATION.matcher(text).find() || text.endsWith(ActionSections.SCRIPT + ".")
        || text.endsWith(ActionSections.NO_RFC + ".");
  }

  /** Whether {@code text} names "seq N" as a whole number. */
  static boolean mentions(String text, long seq) {
    return Pattern.compile("\\bseq " + seq + "\\b").matcher(text).find();
  }
}
