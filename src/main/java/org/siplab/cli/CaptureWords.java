package org.siplab.cli;

import org.siplab.capture.CaptureTrace;
import org.siplab.trace.ElementInfo;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/** What {@code siplab check} says of a capture it read, after the findings. */
final class CaptureWords {

  private CaptureWords() {}

  static String summary(CaptureTrace.Result capture) {
    Trace trace = capture.trace();
    long messages = trace.events().stream().filter(e -> e instanceof TraceEvent.Send).count();
    StringBuilder text = new StringBuilder("Read as a capture: " + messages + " SIP "
        + (messages == 1 ? "message" : "messages") + " over UDP among "
        + trace.elements().size() + " endpoints");
    long proxies = trace.elements().stream()
        .filter(e -> CaptureTrace.PROXY.equals(e.kind())).count();
    if (proxies > 0) {
      text.append(" (").append(proxies).append(proxies == 1 ? " is a proxy" : " are proxies")
          .append(": it forwarded a request with its Via on top: ");
      String sep = "";
      for (ElementInfo e : trace.elements()) {
        if (CaptureTrace.PROXY.equals(e.kind())) {
          text.append(sep).append(e.name());
          sep = ", ";
        }
      }
      text.append(')');
    }
    text.append(". A capture shows each message once, at the place it was taken: times count from"
        + " the first SIP message, and arrivals are not known.");
    if (capture.timesStepBack() > 0) {
      text.append(" ").append(capture.timesStepBack()).append(capture.timesStepBack() == 1
          ? " message was" : " messages were").append(" captured earlier than the one before"
          + " and are shown at its time.");
    }
    text.append(TraceFiles.leftOutText(capture.leftOut()).replaceFirst("^; left out", " Left out"));
    StringBuilder out = new StringBuilder("\n");
    TextLayout.wrap("", TextLayout.printable(text.toString()))
        .forEach(line -> out.append(line).append('\n'));
    return out.toString();
  }
}
