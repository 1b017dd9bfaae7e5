package org.siplab.scenario.load;

import java.util.Set;
import org.siplab.scenario.model.SourcePosition;

/** Checks, while reading, a name that must be an element's, with "did you mean" when it is not. */
final class ElementNames {

  private ElementNames() {}

  /**
   * Whether an element has this name; reports "unknown element" at {@code at} when none has,
   * unless the name is one whose element was refused for its name (reported there).
   */
  static boolean exists(String name, SourcePosition at, ReadContext ctx) {
    if (ctx.elements().contains(name)) {
      return true;
    }
    new Reference(name, at, Set.of()).problem(ctx.elements())
        .ifPresentOrElse(problem -> ctx.error(at, problem), ctx.problems()::echo);
    return false;
  }
}
