package org.siplab.explain;

import org.siplab.trace.TraceEvent.Media;

/**
 * Explains a media session starting, changing or ending between two phones. The media itself is not
 * simulated packet by packet; what is shown is what the SDP offer and answer agreed (RFC 3264).
 */
final class MediaExplainer {

  private final Causes causes;

  MediaExplainer(Causes causes) {
    this.causes = causes;
  }

  Explanation explain(Media m) {
    String on = ", on " + causes.of(m);
    String stream = m.codec() + " between " + m.localRtp() + " and " + m.remoteRtp();
    String text = switch (m.action()) {
      case "start" -> m.element() + "'s media with " + m.peer() + " starts" + on + ": " + stream
          + ", as the offer and answer agreed" + Rfc.citeOther(3264);
      case "end" -> m.element() + "'s media with " + m.peer() + " ends" + on + ": " + stream
          + " stops with the session" + Rfc.cite("15");
      case "hold" -> m.element() + " puts its media with " + m.peer() + " on hold" + on + ": "
          + stream + ", by a new offer and answer" + Rfc.citeOther(3264, "8.4");
      case "resume" -> m.element() + " resumes its media with " + m.peer() + on + ": " + stream
          + ", by a new offer and answer" + Rfc.citeOther(3264, "8.4");
      default -> m.element() + "'s media with " + m.peer() + " changes (" + m.action() + ")" + on
          + ": now " + stream + ", by a new offer and answer" + Rfc.citeOther(3264, "8");
    };
    return new Explanation(text + ".", Note.DIALOGS_AND_TAGS);
  }
}
