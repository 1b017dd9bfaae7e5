package org.siplab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A message's wire text as the step panel shows it, with the parts a learner follows from message
 * to message marked: the Call-ID, the CSeq, the From and To tags and the Via branch. Lines end in
 * LF here (the panel says that the wire has CRLF), and the marks are ranges of that text, so the
 * page builds the spans itself with textContent and never parses message text as HTML.
 *
 * <p>Header names are matched case-insensitively, in their compact forms too (RFC 3261 section
 * 7.3.3: i, f, t, v); only the header section is searched, never the body.
 */
final class WireText {

  /** A marked range of the display text, {@code [start, end)}, with its kind. */
  record Highlight(int start, int end, String kind) {}

  private final String text;
  private final List<Highlight> highlights = new ArrayList<>();

  private WireText(String text) {
    this.text = text;
  }

  static WireText of(String message) {
    WireText wire = new WireText(message == null ? "" : message.replace("\r\n", "\n"));
    wire.scanHeaders();
    return wire;
  }

  String text() {
    return text;
  }

  List<Highlight> highlights() {
    return List.copyOf(highlights);
  }

  private void scanHeaders() {
    int start = text.indexOf('\n') + 1;
    while (start > 0 && start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (end == start) {
        return;
      }
      header(start, end);
      start = end + 1;
    }
  }

  private void header(int start, int end) {
    int colon = text.indexOf(':', start);
    if (colon < 0 || colon > end) {
      return;
    }
    String name = text.substring(start, colon).trim().toLowerCase(Locale.ROOT);
    int value = skipSpaces(colon + 1, end);
    switch (name) {
      case "call-id", "i" -> mark(value, end, "callid");
      case "cseq" -> mark(value, end, "cseq");
      case "from", "f", "to", "t" -> parameter(value, end, "tag");
      case "via", "v" -> parameter(value, end, "branch");
      default -> { }
    }
  }

  /** Marks every {@code ;name=value} of the header value outside quotes and angle brackets. */
  private void parameter(int start, int end, String parameter) {
    boolean quoted = false;
    boolean inBrackets = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '<' || c == '>')) {
        inBrackets = c == '<';
      } else if (c == ';' && !quoted && !inBrackets) {
        markNamed(skipSpaces(i + 1, end), end, parameter);
      }
    }
  }

  private void markNamed(int at, int end, String parameter) {
    String prefix = parameter + "=";
    if (at + prefix.length() > end || !text.regionMatches(true, at, prefix, 0, prefix.length())) {
      return;
    }
    int valueEnd = at + prefix.length();
    while (valueEnd < end && ";,\t ".indexOf(text.charAt(valueEnd)) < 0) {
      valueEnd++;
    }
    mark(at, valueEnd, parameter);
  }

  private int skipSpaces(int at, int end) {
    int p = at;
    while (p < end && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
      p++;
    }
    return p;
  }

  private void mark(int start, int end, String kind) {
    int trimmed = end;
    while (trimmed > start && Character.isWhitespace(text.charAt(trimmed - 1))) {
      trimmed--;
    }
    if (trimmed > start) {
      highlights.add(new Highlight(start, trimmed, kind));
    }
  }
}
