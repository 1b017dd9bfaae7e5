package org.siplab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Edits SIP message text the way a broken element would write it, header field by header field.
 * A field is its line and any folded continuation lines (starting with a space or tab), so that a
 * Via folded over two lines, as RFC 3665 prints many, is one field. Lines end in CRLF.
 */
final class SipText {

  private static final String CRLF = "\r\n";

  private SipText() {}

  /** The start line, the header fields (unfolded lines joined back as they were), the rest. */
  private record Parts(String startLine, List<String> fields, String rest) {

    static Parts of(String message) {
      int end = message.indexOf(CRLF + CRLF);
      String head = end < 0 ? message : message.substring(0, end);
      String rest = end < 0 ? "" : message.substring(end);
      String[] lines = head.split(CRLF, -1);
      List<String> fields = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        boolean folded = !lines[i].isEmpty()
            && (lines[i].charAt(0) == ' ' || lines[i].charAt(0) == '\t');
        if (folded && !fields.isEmpty()) {
          fields.set(fields.size() - 1, fields.get(fields.size() - 1) + CRLF + lines[i]);
        } else {
          fields.add(lines[i]);
        }
      }
      return new Parts(lines[0], fields, rest);
    }

    String text() {
      StringBuilder out = new StringBuilder(startLine);
      for (String f : fields) {
        out.append(CRLF).append(f);
      }
      return out.append(rest).toString();
    }
  }

  /** The header fields named {@code name} (case-insensitive, long form), in order. */
  static List<String> fields(String message, String name) {
    List<String> out = new ArrayList<>();
    for (String f : Parts.of(message).fields()) {
      if (isNamed(f, name)) {
        out.add(f);
      }
    }
    return out;
  }

  /** The value of the first field named {@code name}, unfolded, or null. */
  static String value(String message, String name) {
    List<String> found = fields(message, name);
    if (found.isEmpty()) {
      return null;
    }
    String f = found.get(0);
    return f.substring(f.indexOf(':') + 1).replace(CRLF, "").trim();
  }

  /** The message with the {@code index}-th field named {@code name} changed by {@code change}. */
  static String editField(String message, String name, int index,
      UnaryOperator<String> change) {
    Parts p = Parts.of(message);
    List<String> fields = new ArrayList<>(p.fields());
    int seen = 0;
    for (int i = 0; i < fields.size(); i++) {
      if (isNamed(fields.get(i), name) && seen++ == index) {
        String changed = change.apply(fields.get(i));
        if (changed == null) {
          fields.remove(i);
        } else {
          fields.set(i, changed);
        }
        return new Parts(p.startLine(), fields, p.rest()).text();
      }
    }
    throw new IllegalArgumentException("no field " + name + " #" + index + " in\n" + message);
  }

  /** The message with the first field named {@code name} replaced by {@code name: value}. */
  static String setValue(String message, String name, String value) {
    return editField(message, name, 0, f -> name + ": " + value);
  }

  /** The message without its {@code index}-th field named {@code name}. */
  static String removeField(String message, String name, int index) {
    return editField(message, name, index, f -> null);
  }

  /** The message with {@code field} inserted before the first field named {@code before}. */
  static String insertBefore(String message, String before, String field) {
    return editField(message, before, 0, f -> field + CRLF + f);
  }

  /** The message with {@code field} inserted after the last header field. */
  static String appendField(String message, String field) {
    Parts p = Parts.of(message);
    List<String> fields = new ArrayList<>(p.fields());
    fields.add(field);
    return new Parts(p.startLine(), fields, p.rest()).text();
  }

  static String startLine(String message) {
    return Parts.of(message).startLine();
  }

  static String withStartLine(String message, String line) {
    Parts p = Parts.of(message);
    return new Parts(line, p.fields(), p.rest()).text();
  }

  /** The message with the {@code tag} parameter of its From or To field removed. */
  static String withoutTag(String message, String name) {
    return editField(message, name, 0, f -> f.replaceAll(";\\s*tag=[^;\\s,]*", ""));
  }

  /** The message with the {@code tag} parameter of its From or To field set to {@code tag}. */
  static String withTag(String message, String name, String tag) {
    return editField(message, name, 0,
        f -> f.replaceAll(";\\s*tag=[^;\\s,]*", "") + ";tag=" + tag);
  }

  /** The message with the top Via's branch set to {@code branch}. */
  static String withTopBranch(String message, String branch) {
    return editField(message, "Via", 0, f -> f.replaceAll("branch=[^;\\s,]*", "branch=" + branch));
  }

  private static boolean isNamed(String field, String name) {
    int colon = field.indexOf(':');
    return colon > 0 && field.substring(0, colon).trim().equalsIgnoreCase(name);
  }
}
