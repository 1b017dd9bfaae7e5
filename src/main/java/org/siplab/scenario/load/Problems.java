package org.siplab.scenario.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.siplab.scenario.model.SourcePosition;

/** The mistakes found so far; reported together, in file order. */
final class Problems {

  private final List<LoadError> errors = new ArrayList<>();
  private int echoes;
  /** Places an error already explains; only looked up, so a hash set keeps no order needed. */
  private final Set<SourcePosition> covered = new HashSet<>();

  void add(SourcePosition position, String message) {
    if (covered.contains(position)) {
      echo();
      return;
    }
    errors.add(new LoadError(position, message));
  }

  /**
   * From now on, a problem found at {@code position} is an echo: an error already explains what
   * is written there (a value YAML split at a comma), and what the readers would add about the
   * pieces would only mislead.
   */
  void cover(SourcePosition position) {
    covered.add(position);
  }

  /**
   * Notes a problem that another error already names, such as a reference to an element whose
   * name was refused: the value is still wrong, so what holds it must not be built, but the
   * student is not told twice.
   */
  void echo() {
    echoes++;
  }

  /** The problems found so far, echoes included: a change means something was wrong. */
  int count() {
    return errors.size() + echoes;
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  /** Sorted by line and column; mistakes at the same place keep the order they were found in. */
  List<LoadError> sorted() {
    List<LoadError> sorted = new ArrayList<>(errors);
    Collections.sort(sorted);
    return sorted;
  }
}
