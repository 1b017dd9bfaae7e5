package org.siplab.scenario.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.siplab.scenario.model.ElementKind;
import org.siplab.scenario.model.SourcePosition;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** What reading one scenario file needs everywhere: the file's name, the problems, the elements. */
final class ReadContext {

  private final String file;
  /** The file's text as code points, which snakeyaml's marks index. */
  private final int[] text;
  private final Problems problems = new Problems();
  private final ElementIndex elements = new ElementIndex();
  private final List<Reference> references = new ArrayList<>();

  ReadContext(String file, String text) {
    this(file, text.codePoints().toArray());
  }

  private ReadContext(String file, int[] text) {
    this.file = file;
    this.text = text;
  }

  /**
   * A context for reading a node once more to see whether it fits another type: what it reports
   * and refers to stays in it, out of the file's problems.
   */
  ReadContext scratch() {
    return new ReadContext(file, text);
  }

  String file() {
    return file;
  }

  Problems problems() {
    return problems;
  }

  ElementIndex elements() {
    return elements;
  }

  SourcePosition position(Node node) {
    return Nodes.position(file, node);
  }

  SourcePosition position(ScalarNode node, int offset) {
    return ScalarPositions.of(file, text, node, offset);
  }

  void error(Node node, String message) {
    problems.add(position(node), message);
  }

  void error(SourcePosition position, String message) {
    problems.add(position, message);
  }

  /** Reports that {@code node} is not what belongs there: {@code found a list; expected ...}. */
  void unexpected(Node node, String expected) {
    error(node, "found " + Nodes.describe(node) + "; expected " + expected);
  }

  /** Notes that {@code name} must be an element of one of {@code kinds} (any, when empty). */
  void refer(String name, SourcePosition position, Set<ElementKind> kinds) {
    references.add(new Reference(name, position, kinds));
  }

  /** Reports every reference to a missing element or to one of the wrong kind. */
  void checkReferences() {
    for (Reference reference : references) {
      reference.problem(elements).ifPresent(message -> error(reference.position(), message));
    }
  }
}
