package org.siplab.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.siplab.codec.Corpus;
import org.siplab.trace.ElementInfo;

/**
 * Turns the RFC 3665 call flows of src/test/resources/corpus/rfc3665 into {@link Flow}s, as the
 * RFC prints them: flows.tsv gives each step's sender, receiver and message file (LF line ends,
 * turned into CRLF as on the wire).
 *
 * <p>The RFC prints no times, so the flow gets them: 10 ms between steps, and a step that
 * repeats an earlier message ("Same as Message F1", "Resend of Message F4") is that message's
 * retransmission by Timer A or E, at T1, 3*T1, 7*T1... after it, with the step after the last
 * repeat at 64*T1, when Timer B or F gives up. Element names come from the flow table in lower
 * case ("Proxy 1" is proxy-1); the table's two slips of 3.6 ("Redirect Proxy" for the Redirect
 * Server, "Proxy" for Proxy 3) are read as the elements they mean.
 */
final class Rfc3665Flows {

  /** Every flow of the corpus, in the RFC's order. */
  static final List<String> IDS = List.of("2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "3.3",
      "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "3.10", "3.11");

  private static final long STEP_US = 10_000;
  private static final Pattern REPEATED = Pattern.compile("Message (F\\d+)");

  private Rfc3665Flows() {}

  /** The flow as published. */
  static Flow published(String id) {
    List<String[]> rows = new ArrayList<>();
    for (String[] row : Corpus.tsv("rfc3665/flows.tsv")) {
      if (row[0].equals(id)) {
        rows.add(row);
      }
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no flow " + id);
    }
    Map<String, ElementInfo> elements = new LinkedHashMap<>();
    List<Flow.Step> steps = new ArrayList<>();
    Map<String, Flow.Step> byLabel = new LinkedHashMap<>();
    Flow.Step origin = null;
    int repeats = 0;
    long time = 0;
    for (String[] row : rows) {
      String from = element(id, row[3], elements);
      String to = element(id, row[4], elements);
      Flow.Step step;
      if (row[7].isEmpty()) {
        Flow.Step first = byLabel.get(repeated(row[8]));
        origin = first;
        repeats++;
        time = first.timeUs() + Flow.T1_US * ((1L << repeats) - 1);
        String timer = first.message().startsWith("INVITE ") ? "A" : "E";
        step = new Flow.Step(row[2], from, to, time, first.message(), timer);
      } else {
        time = repeats > 0 ? origin.timeUs() + 64 * Flow.T1_US
            : steps.isEmpty() ? 0 : time + STEP_US;
        repeats = 0;
        step = new Flow.Step(row[2], from, to, time, wire(row[7]), null);
      }
      steps.add(step);
      byLabel.put(step.label(), step);
    }
    return new Flow(id, new ArrayList<>(elements.values()), steps);
  }

  private static String wire(String file) {
    return Corpus.text("rfc3665/" + file).replace("\r\n", "\n").replace("\n", "\r\n");
  }

  private static String repeated(String note) {
    Matcher m = REPEATED.matcher(note);
    if (!m.find()) {
      throw new IllegalArgumentException("a step without a file must say what it repeats: " + note);
    }
    return m.group(1);
  }

  private static String element(String flow, String published, Map<String, ElementInfo> seen) {
    String meant = published.equals("Redirect Proxy") ? "Redirect Server"
        : published.equals("Proxy") ? "Proxy 3" : published;
    String name = meant.toLowerCase(Locale.ROOT).replace(' ', '-');
    seen.computeIfAbsent(name, n -> new ElementInfo(n, kind(flow, meant),
        "192.0.2." + (10 + seen.size()) + ":5060"));
    return name;
  }

  private static String kind(String flow, String element) {
    if (element.equals("Alice") || element.equals("Bob")) {
      return "phone";
    }
    if (element.equals("Redirect Server")) {
      return "redirect";
    }
    if (element.equals("SIP Server")) {
      return flow.startsWith("2.") ? "registrar" : "proxy";
    }
    if (element.startsWith("Proxy ") || element.equals("SIP ALG")) {
      return "proxy";
    }
    throw new IllegalArgumentException("no kind for " + element + " in " + flow);
  }
}
