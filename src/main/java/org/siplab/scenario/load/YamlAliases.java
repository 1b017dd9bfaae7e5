package org.siplab.scenario.load;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The limit on aliases of lists and mappings. Each alias ({@code *name}) repeats its anchor's
 * whole value, so a few lines of aliases of aliases can stand for billions of values ("billion
 * laughs"); snakeyaml refuses a file with more than {@link #MAX} of them, without saying where.
 * This finds the one that went over, so the error can point at it.
 */
final class YamlAliases {

  /** At most this many aliases of a list or mapping are read (snakeyaml-engine's default). */
  static final int MAX = 50;

  private YamlAliases() {}

  /** Where the first alias of a list or mapping beyond {@link #MAX} is, when there is one. */
  static Optional<Mark> beyondLimit(LoadSettings settings, String text) {
    Set<Anchor> collections = new HashSet<>();
    int count = 0;
    try {
      for (Event event : new Parse(settings).parseString(text)) {
        if (event instanceof AliasEvent alias) {
          if (collections.contains(alias.getAlias()) && ++count > MAX) {
            return event.getStartMark();
          }
        } else if (event instanceof NodeEvent node && !(event instanceof ScalarEvent)) {
          node.getAnchor().ifPresent(collections::add);
        }
      }
    } catch (YamlEngineException unreadable) {
      // The composer found its problem first; a syntax error after it is not the one to report.
    }
    return Optional.empty();
  }
}
