package org.siplab.codec;

import java.util.List;

/** Small list helpers for the parser's hot path. */
final class Lists {

  private Lists() {}

  /**
   * The same values in an immutable list: most comma-separated headers hold one value, and a
   * one-element {@code List.of} is both smaller than an ArrayList and never copied again.
   */
  static <T> List<T> compact(List<T> list) {
    return switch (list.size()) {
      case 0 -> List.of();
      case 1 -> List.of(list.get(0));
      default -> List.copyOf(list);
    };
  }
}
