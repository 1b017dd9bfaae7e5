package org.siplab.scenario.load;

import java.util.Locale;
import java.util.Optional;
import org.siplab.scenario.model.SourcePosition;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a file's YAML into snakeyaml-engine's node tree, whose nodes keep their line and column.
 * A syntax error stops reading, so it is the only error reported: what follows it cannot be read.
 */
final class YamlSource {

  /** The document's root node (empty for an empty document), or the syntax error. */
  record Composed(Optional<Node> root, LoadError syntaxError) {}

  private YamlSource() {}

  static Composed compose(String file, String text) {
    // snakeyaml-engine 2.10 reads past its buffer when a character outside the BMP (an emoji)
    // straddles the end of it; a buffer longer than the text never has an end to straddle.
    LoadSettings settings = LoadSettings.builder().setLabel(file)
        .setBufferSize(text.length() + 1)
        .setMaxAliasesForCollections(YamlAliases.MAX).build();
    try {
      Optional<Node> root = new Compose(settings).composeString(text);
      Optional<Node> tagged = root.flatMap(YamlTags::firstForeign);
      if (tagged.isPresent()) {
        return failed(Nodes.position(file, tagged.get()), "the YAML tag '"
            + YamlTags.written(tagged.get().getTag()) + "' asks for a type of value scenario"
            + " files do not have (siplab reads each value as its key expects, and would drop"
            + " the tag); expected the value without it");
      }
      return new Composed(root, null);
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> problemMark = e.getProblemMark().or(e::getContextMark);
      Optional<Mark> contextMark = e.getContextMark();
      YamlComplaint complaint = new YamlComplaint(e.getProblem(), e.getContext(),
          problemMark.map(m -> m.getLine() + 1).orElse(1),
          problemMark.map(m -> m.getColumn() + 1).orElse(1),
          contextMark.map(m -> m.getLine() + 1).orElse(0),
          contextMark.map(m -> m.getColumn() + 1).orElse(0));
      SyntaxHints.Explained explained = SyntaxHints.explain(text, complaint);
      return failed(new SourcePosition(file, explained.line(), explained.column()),
          explained.message());
    } catch (ReaderException e) {
      return failed(positionOfCodePoint(file, text, e.getPosition()), "the character "
          + String.format(Locale.ROOT, "U+%04X", e.getCodePoint()) + " cannot appear in"
          + " a YAML file; expected printable text");
    } catch (YamlEngineException e) {
      Optional<Mark> alias = YamlAliases.beyondLimit(settings, text);
      if (alias.isPresent()) {
        Mark at = alias.get();
        return failed(new SourcePosition(file, at.getLine() + 1, at.getColumn() + 1), "alias"
            + " number " + (YamlAliases.MAX + 1) + " of a list or mapping, and siplab reads at"
            + " most " + YamlAliases.MAX + ": each repeats its anchor's whole value, so aliases"
            + " of aliases can stand for billions of values; expected the values written out");
      }
      return failed(new SourcePosition(file, 1, 1), "YAML error: " + e.getMessage());
    } catch (StackOverflowError e) {
      return failed(new SourcePosition(file, 1, 1), "the lists and mappings are nested too"
          + " deeply to read; expected a scenario a person could write");
    }
  }

  private static Composed failed(SourcePosition at, String message) {
    return new Composed(Optional.empty(), new LoadError(at, message));
  }

  /** Where the {@code index}th code point of {@code text} is (counted from 0). */
  static SourcePosition positionOfCodePoint(String file, String text, int index) {
    int line = 1;
    int column = 1;
    int seen = 0;
    for (int i = 0; i < text.length() && seen < index; i = text.offsetByCodePoints(i, 1), seen++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new SourcePosition(file, line, column);
  }
}
