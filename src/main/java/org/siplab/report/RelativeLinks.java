package org.siplab.report;

/**
 * Links a page may carry: the annotator's learner notes ({@code notes/learn/cseq.md}) and the
 * gallery's links to reports ({@code call/index.html}). Only plain relative paths are kept: a
 * scheme ({@code javascript:}, {@code http:}) or an absolute path would make the page depend on
 * where it was made, or run something.
 */
final class RelativeLinks {

  private RelativeLinks() {}

  /** The path when it is a plain relative path, else null (no link is shown). */
  static String safe(String path) {
    if (path == null || path.isBlank() || path.startsWith("/") || path.startsWith("\\")
        || path.contains(":")) {
      return null;
    }
    return path;
  }
}
