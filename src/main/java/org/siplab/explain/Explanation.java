package org.siplab.explain;

import java.util.Objects;

/**
 * What the annotator says about one event: the sentence, and the learner note about its concept.
 *
 * @param note the note to link, or null when no note covers the event
 */
record Explanation(String text, Note note) {

  Explanation {
    Objects.requireNonNull(text, "text");
  }
}
