package org.siplab.scenario.load;

import java.util.Set;
import org.siplab.scenario.model.SourcePosition;

/** Checks, while reading, a name that must be an element's, with "did you mean" when it is not. */
final class ElementNames {

  private ElementNames() {}

  /** Whether an element has this name; reports "unknown element" at {@code at} when none has. */
  static boolean exists(String name, SourcePosition at, ReadContext ctx) {
    if (ctx.elements().contains(name)) {
      return true;
    }
    ctx.error(at, new Reference(name, at, Set.of()).problem(ctx.elements()).orElseThrow());
    return false;
  }
}
