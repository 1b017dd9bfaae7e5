package org.siplab.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.siplab.trace.TraceEvent;

/**
 * The data the page's script reads, embedded as JSON (see {@link ScriptJson}). Strings that recur
 * are stored once in {@code strings} and referred to by index (-1 for none), marked {@code #}
 * below; sentences are a template index into {@code words} and their arguments; fields marked
 * {@code ?} are left out when empty.
 *
 * <pre>
 * { "elements": [name...],
 *   "hlKinds": ["callid", "cseq", "tag", "branch"],
 *   "figures": {transaction kind: template id},
 *   "words": [sentence template...],
 *   "before": [[seq, #time, element index, @annotation, word index, #argument...]...],
 *   "steps": [{seq, time, from, to, retransmittedBy?, #transaction, #dialog, @fate, wire,
 *              hl: [start, end, kind index...], @annotation?, #note?, findings?: [index...],
 *              next: [like before]}...],
 *   "findings": [{rule, severity, title, rfc, quote, message, event}...],
 *   "changes": [[seq, element index, #type, #key, ends 0|1, #cell...]...],
 *   "marks": [[event seq, x, y]...] in order of y,
 *   "sentences": [[#template, "number|number..."]...],
 *   "strings": [text...] }
 * </pre>
 *
 * An annotation, marked {@code @}, is an index into {@code sentences} (see {@link Sentences}).
 *
 * A step is one arrow: its send event and everything up to the next send (what the network did
 * with it, the state changes it caused, timers that fired). Its findings are those on any of
 * those events (and, for the first step, on the events before it).
 */
final class PageData {

  static final List<String> HIGHLIGHT_KINDS = List.of("callid", "cseq", "tag", "branch");

  private final ReportInput input;
  private final Ladder ladder;
  private final JsonGenerator g;
  private final Interner strings = new Interner();
  private final Sentences sentences = new Sentences(strings);
  private final List<FindingView> findings = new ArrayList<>();

  private PageData(ReportInput input, Ladder ladder, JsonGenerator g) {
    this.input = input;
    this.ladder = ladder;
    this.g = g;
    input.findings().forEach(f -> findings.add(FindingView.of(f)));
  }

  static String json(ReportInput input, Ladder ladder, StateTimeline timeline,
      List<MarkLayout.Placed> marks) {
    StringWriter out = new StringWriter(1 << 16);
    try (JsonGenerator g = ScriptJson.generator(out)) {
      new PageData(input, ladder, g).write(timeline, marks);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private void write(StateTimeline timeline, List<MarkLayout.Placed> marks)
      throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("elements");
    for (Column c : ladder.columns()) {
      g.writeString(c.name());
    }
    g.writeEndArray();
    strings("hlKinds", HIGHLIGHT_KINDS);
    g.writeObjectFieldStart("figures");
    for (TransactionFigures.Figure f : TransactionFigures.ALL) {
      g.writeStringField(f.kind(), f.templateId());
    }
    g.writeEndObject();
    strings("words", EventWords.TEMPLATES);
    List<TraceEvent> events = input.trace().events();
    int firstSend = ladder.arrows().isEmpty() ? events.size()
        : (int) ladder.arrows().get(0).send().seq() - 1;
    writeEvents("before", events.subList(0, firstSend));
    writeSteps();
    writeFindings();
    writeChanges(timeline);
    g.writeArrayFieldStart("marks");
    for (MarkLayout.Placed p : marks) {
      g.writeStartArray();
      g.writeNumber(p.mark().event());
      g.writeNumber(p.x());
      g.writeNumber(p.y());
      g.writeEndArray();
    }
    g.writeEndArray();
    sentences.write(g);
    strings("strings", strings.strings());
    g.writeEndObject();
  }

  private void writeSteps() throws IOException {
    List<TraceEvent> events = input.trace().events();
    List<Arrow> arrows = ladder.arrows();
    g.writeArrayFieldStart("steps");
    for (int i = 0; i < arrows.size(); i++) {
      long seq = arrows.get(i).send().seq();
      long last = i + 1 < arrows.size() ? arrows.get(i + 1).send().seq() - 1 : events.size();
      // Findings on events before the first send (a script action) belong to the first step.
      long firstFinding = i == 0 ? 1 : seq;
      writeStep(arrows.get(i), events.subList((int) seq, (int) last), firstFinding, last);
    }
    g.writeEndArray();
  }

  private void writeStep(Arrow a, List<TraceEvent> after, long first, long last)
      throws IOException {
    TraceEvent.Send s = a.send();
    g.writeStartObject();
    g.writeNumberField("seq", s.seq());
    g.writeStringField("time", TimeText.at(s.timeUs()));
    g.writeNumberField("from", a.from());
    g.writeNumberField("to", a.to());
    if (s.retransmittedBy() != null) {
      g.writeStringField("retransmittedBy", s.retransmittedBy());
    }
    g.writeNumberField("transaction", strings.index(s.transaction()));
    g.writeNumberField("dialog", strings.index(s.dialog()));
    g.writeNumberField("fate", sentences.ref(input.captured() ? FateWords.captured(s)
        : FateWords.of(a.fate(), s)));
    writeWire(WireText.of(s.message()));
    if (input.annotations().get(s.seq()) != null) {
      g.writeNumberField("annotation", sentences.ref(input.annotations().get(s.seq())));
    }
    String note = RelativeLinks.safe(input.notes().get(s.seq()));
    if (note != null) {
      g.writeNumberField("note", strings.index(note));
    }
    List<Integer> mine = new ArrayList<>();
    for (int f = 0; f < findings.size(); f++) {
      long event = findings.get(f).event();
      if (event >= first && event <= last) {
        mine.add(f);
      }
    }
    if (!mine.isEmpty()) {
      g.writeArrayFieldStart("findings");
      for (int f : mine) {
        g.writeNumber(f);
      }
      g.writeEndArray();
    }
    writeEvents("next", after);
    g.writeEndObject();
  }

  /** A field most steps lack is left out rather than written as null. */
  private void optional(String field, String value) throws IOException {
    if (value != null) {
      g.writeStringField(field, value);
    }
  }

  private void writeWire(WireText wire) throws IOException {
    g.writeStringField("wire", wire.text());
    g.writeArrayFieldStart("hl");
    for (WireText.Highlight h : wire.highlights()) {
      g.writeNumber(h.start());
      g.writeNumber(h.end());
      g.writeNumber(HIGHLIGHT_KINDS.indexOf(h.kind()));
    }
    g.writeEndArray();
  }

  /** Events in words, but for timers set or cancelled, which the state panel lists. */
  private void writeEvents(String field, List<TraceEvent> events) throws IOException {
    g.writeArrayFieldStart(field);
    for (TraceEvent e : events) {
      if (e instanceof TraceEvent.Timer t && !"fired".equals(t.action())) {
        continue;
      }
      Words words = EventWords.of(e);
      g.writeStartArray();
      g.writeNumber(e.seq());
      g.writeNumber(strings.index(TimeText.at(e.timeUs())));
      g.writeNumber(ladder.column(String.valueOf(EventFields.element(e))));
      g.writeNumber(sentences.ref(input.annotations().get(e.seq())));
      g.writeNumber(EventWords.TEMPLATES.indexOf(words.template()));
      for (String argument : words.arguments()) {
        g.writeNumber(strings.index(argument));
      }
      g.writeEndArray();
    }
    g.writeEndArray();
  }

  private void writeFindings() throws IOException {
    g.writeArrayFieldStart("findings");
    for (FindingView f : findings) {
      g.writeStartObject();
      g.writeStringField("rule", f.rule());
      g.writeStringField("severity", f.severity());
      g.writeStringField("title", f.title());
      g.writeStringField("rfc", f.rfc());
      g.writeStringField("quote", f.quote());
      g.writeStringField("message", f.message());
      g.writeNumberField("event", f.event());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void writeChanges(StateTimeline timeline) throws IOException {
    g.writeArrayFieldStart("changes");
    for (StateTimeline.Change c : timeline.changes()) {
      g.writeStartArray();
      g.writeNumber(c.seq());
      g.writeNumber(c.element());
      g.writeNumber(strings.index(c.type()));
      g.writeNumber(strings.index(c.key()));
      g.writeNumber(c.ends() ? 1 : 0);
      for (String cell : c.cells()) {
        g.writeNumber(strings.index(cell));
      }
      g.writeEndArray();
    }
    g.writeEndArray();
  }

  private void strings(String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
