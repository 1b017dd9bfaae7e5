package org.siplab.scenario.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.siplab.scenario.model.SourcePosition;

/** The mistakes found so far; reported together, in file order. */
final class Problems {

  private final List<LoadError> errors = new ArrayList<>();

  void add(SourcePosition position, String message) {
    errors.add(new LoadError(position, message));
  }

  int count() {
    return errors.size();
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
