package org.siplab.scenario.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where something was written in a scenario file, so that a runtime problem can point back at it.
 * Lines and columns count from 1, in characters (Unicode code points).
 */
public record SourcePosition(String file, int line, int column)
    implements Comparable<SourcePosition> {

  private static final Comparator<SourcePosition> ORDER =
      Comparator.comparingInt(SourcePosition::line).thenComparingInt(SourcePosition::column);

  public SourcePosition {
    Objects.requireNonNull(file, "file");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("lines and columns count from 1: " + line + ":" + column);
    }
  }

  /** The same file, {@code count} characters further along the same line. */
  public SourcePosition plusColumns(int count) {
    return new SourcePosition(file, line, column + count);
  }

  /** Orders positions in one file by line, then column. */
  @Override
  public int compareTo(SourcePosition other) {
    return ORDER.compare(this, other);
  }

  /** {@code file:line:column}. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
