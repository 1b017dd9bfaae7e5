package org.siplab.scenario.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.siplab.scenario.model.Options;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.model.SourcePosition;
import org.siplab.spelling.Suggest;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Turns a scenario file into a validated {@link Scenario}, or into every mistake in it, each as
 * {@code file:line:column: what is wrong; what was expected}, in file order. A YAML syntax error
 * stops at the first one. Never throws on any input.
 */
public final class ScenarioLoader {

  private ScenarioLoader() {}

  /** Loads the file at {@code path}; errors name it as given. */
  public static LoadResult load(Path path) {
    return load(path, path.toString());
  }

  /**
   * Loads the file at {@code path}, naming it {@code name} in errors and in the scenario (the
   * gallery reads bundled files wherever it runs from, and names them from the repository).
   */
  public static LoadResult load(Path path, String name) {
    ScenarioFile.Read read = ScenarioFile.read(path, name);
    return read.text().map(text -> load(name, text))
        .orElseGet(() -> LoadResult.failed(List.of(read.error())));
  }

  /** Loads {@code text}; {@code name} is the file name errors start with. */
  public static LoadResult load(String name, String text) {
    try {
      return read(name, text);
    } catch (RuntimeException bug) {
      // The readers report every input problem as an error; reaching this is a siplab bug, still
      // reported as an error so that the command line keeps its contract.
      return LoadResult.failed(List.of(new LoadError(new SourcePosition(name, 1, 1),
          "siplab could not read this scenario because of an internal error (" + bug
              + "); please report it with the file attached")));
    }
  }

  /**
   * The elements' node: under {@code elements:}, or under the key written for it ({@code
   * element:}), which is reported as misspelt; the names under it are still the elements every
   * reference means, and calling each reference unknown would bury that one error.
   */
  private static Node elementsOf(MappingNode mapping) {
    String key = ScenarioSchema.ELEMENTS.name();
    Node elements = Nodes.valueOf(mapping, key);
    for (NodeTuple tuple : mapping.getValue()) {
      if (elements == null && tuple.getKeyNode() instanceof ScalarNode written
          && Suggest.closest(written.getValue(), ScenarioSchema.KEYS.names())
              .filter(key::equals).isPresent()) {
        elements = tuple.getValueNode();
      }
    }
    return elements;
  }

  private static LoadResult read(String name, String text) {
    YamlSource.Composed composed = YamlSource.compose(name, text);
    if (composed.syntaxError() != null) {
      return LoadResult.failed(List.of(composed.syntaxError()));
    }
    Optional<Node> root = composed.root();
    if (root.isEmpty()) {
      return LoadResult.failed(List.of(new LoadError(new SourcePosition(name, 1, 1),
          "the file holds no scenario; expected a mapping with at least elements:"
              + " (see scenarios/README.md, or siplab new)")));
    }
    ReadContext ctx = new ReadContext(name, text);
    CommaSplits.report(root.get(), ctx, text.codePoints().toArray());
    StrayItemKeys.report(root.get(), ctx);
    ItemsInTheWrongList.report(root.get(), ctx);
    if (root.get() instanceof MappingNode mapping) {
      ElementsType.index(elementsOf(mapping), ctx);
    }
    Options options = ScenarioSchema.KEYS.read(root.get(), ctx, "the scenario");
    ctx.checkReferences();
    if (!ctx.problems().isEmpty() || options == null) {
      return LoadResult.failed(ctx.problems().sorted());
    }
    return LoadResult.of(ScenarioSchema.build(name, options));
  }
}
