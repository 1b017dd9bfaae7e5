package org.siplab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of the strings the page data repeats (transaction and dialog ids, states, reasons,
 * times), each stored once and referred to by its index in order of first use; -1 stands for
 * null.
 */
final class Interner {

  private final Map<String, Integer> indexes = new LinkedHashMap<>();

  int index(String text) {
    if (text == null) {
      return -1;
    }
    return indexes.computeIfAbsent(text, t -> indexes.size());
  }

  /** The strings, in index order. */
  List<String> strings() {
    return new ArrayList<>(indexes.keySet());
  }
}
