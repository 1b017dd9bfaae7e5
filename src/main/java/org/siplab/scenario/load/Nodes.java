package org.siplab.scenario.load;

import java.util.Set;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.siplab.scenario.model.SourcePosition;

/** Positions and plain-words descriptions of YAML nodes. */
final class Nodes {

  /** YAML 1.2 core schema nulls; an empty value is one too. */
  private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");

  private static final int QUOTED_LENGTH = 40;

  private Nodes() {}

  /** Where the node starts; snakeyaml counts from 0, a scenario error from 1. */
  static SourcePosition position(String file, Node node) {
    return node.getStartMark()
        .map(mark -> new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1))
        .orElse(new SourcePosition(file, 1, 1));
  }

  /** The value of the first entry with this key, or null when there is none. */
  static Node valueOf(MappingNode mapping, String key) {
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
        return tuple.getValueNode();
      }
    }
    return null;
  }

  /** The key node of {@code key} in {@code mapping}, or null. */
  static Node keyOf(MappingNode mapping, String key) {
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
        return s;
      }
    }
    return null;
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode s
        && s.getScalarStyle() == ScalarStyle.PLAIN
        && NULLS.contains(s.getValue());
  }

  /**
   * For an empty value that carries an anchor ({@code password: &secret}), the problem as the
   * student sees it: they wrote a value, which YAML took as the anchor's name. Null otherwise.
   */
  static String anchorInsteadOfValue(Node node) {
    if (!isNull(node) || node.getAnchor().isEmpty()) {
      return null;
    }
    return "a value starting with '&' is read by YAML as an anchor; expected it in quotes, such"
        + " as \"&" + node.getAnchor().get().getValue() + "\"";
  }

  /** {@code a list}, {@code a mapping}, {@code no value}, or the scalar quoted. */
  static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (isNull(node)) {
      return "no value";
    }
    return quote(((ScalarNode) node).getValue());
  }

  /** {@code 'text'}, shortened when long, with line ends shown as {@code \n}. */
  static String quote(String text) {
    String shown = text.codePointCount(0, text.length()) > QUOTED_LENGTH
        ? text.substring(0, text.offsetByCodePoints(0, QUOTED_LENGTH)) + "..."
        : text;
    // Line breaks and tabs are shown as escapes: a raw CR would send the terminal's cursor back
    // over the message.
    return "'" + visible(shown.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"))
        + "'";
  }

  /**
   * The text with each character that shows as nothing or as a plain space without being one
   * written as its code point, {@code <U+200B>}: the student can then see which character the
   * message is about, where the terminal would show nothing (or siplab's '?' for control
   * characters).
   */
  private static String visible(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      int type = Character.getType(c);
      boolean hidden = type == Character.FORMAT || type == Character.CONTROL
          || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
          || Words.looksLikeSpace(c);
      if (hidden) {
        out.append('<').append(Words.codePoint(c)).append('>');
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}
