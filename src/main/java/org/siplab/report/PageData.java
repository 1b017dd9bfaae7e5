package org.siplab.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.siplab.trace.TraceEvent;

/**
 * The data the page's script reads, embedded as JSON (see {@link ScriptJson}):
 *
 * <pre>
 * { "elements": [name...],
 *   "hlKinds": ["callid", "cseq", "tag", "branch"],
 *   "figures": {transaction kind: template id},
 *   "before": [[seq, time, element index, words, annotation]...],
 *   "steps": [{seq, time, from, to, line, retransmittedBy, transaction, dialog, fate,
 *              wire, hl: [start, end, kind index...], annotation, note, findings: [index...],
 *              next: [like before]}...],
 *   "findings": [{rule, severity, title, rfc, quote, message, event}...],
 *   "changes": [[seq, element index, type, key, ends 0|1, cells...]...] }
 * </pre>
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
  private final List<FindingView> findings = new ArrayList<>();

  private PageData(ReportInput input, Ladder ladder, JsonGenerator g) {
    this.input = input;
    this.ladder = ladder;
    this.g = g;
    input.findings().forEach(f -> findings.add(FindingView.of(f)));
  }

  static String json(ReportInput input, Ladder ladder, StateTimeline timeline) {
    StringWriter out = new StringWriter(1 << 16);
    try (JsonGenerator g = ScriptJson.generator(out)) {
      new PageData(input, ladder, g).write(timeline);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private void write(StateTimeline timeline) throws IOException {
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
    List<TraceEvent> events = input.trace().events();
    int firstSend = ladder.arrows().isEmpty() ? events.size()
        : (int) ladder.arrows().get(0).send().seq() - 1;
    writeEvents("before", events.subList(0, firstSend));
    writeSteps();
    writeFindings();
    writeChanges(timeline);
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
    g.writeStringField("from", s.from());
    g.writeStringField("to", s.to());
    g.writeStringField("line", s.message() == null ? "" : s.firstLine());
    g.writeStringField("retransmittedBy", s.retransmittedBy());
    g.writeStringField("transaction", s.transaction());
    g.writeStringField("dialog", s.dialog());
    g.writeStringField("fate", FateWords.of(a.fate(), s));
    writeWire(WireText.of(s.message()));
    g.writeStringField("annotation", input.annotations().get(s.seq()));
    g.writeStringField("note", NoteLinks.safe(input.notes().get(s.seq())));
    g.writeArrayFieldStart("findings");
    for (int f = 0; f < findings.size(); f++) {
      long event = findings.get(f).event();
      if (event >= first && event <= last) {
        g.writeNumber(f);
      }
    }
    g.writeEndArray();
    writeEvents("next", after);
    g.writeEndObject();
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
      g.writeStartArray();
      g.writeNumber(e.seq());
      g.writeString(TimeText.at(e.timeUs()));
      g.writeNumber(ladder.column(String.valueOf(EventFields.element(e))));
      g.writeString(EventWords.of(e));
      g.writeString(input.annotations().get(e.seq()));
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
      g.writeString(c.type());
      g.writeString(c.key());
      g.writeNumber(c.ends() ? 1 : 0);
      for (String cell : c.cells()) {
        g.writeString(cell);
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
