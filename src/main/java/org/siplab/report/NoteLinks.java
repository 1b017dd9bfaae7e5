package org.siplab.report;

/**
 * Learner note links from the annotator. A note is a file of the project ({@code
 * notes/learn/cseq.md}), so only relative paths are kept: a scheme ({@code javascript:}, {@code
 * http:}) or an absolute path would make the page depend on where it was made or run something.
 */
final class NoteLinks {

  private NoteLinks() {}

  /** The path when it is a plain relative path, else null (no link is shown). */
  static String safe(String path) {
    if (path == null || path.isBlank() || path.startsWith("/") || path.startsWith("\\")
        || path.contains(":")) {
      return null;
    }
    return path;
  }
}
