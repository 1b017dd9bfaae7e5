package org.siplab.scenario.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.siplab.scenario.model.Options;
import org.siplab.scenario.model.SourcePosition;
import org.siplab.spelling.Suggest;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The keys one kind of mapping may have: reads such a mapping into {@link Options}, reporting
 * unknown keys (with "did you mean"), duplicate keys, missing required keys and bad values.
 */
final class MappingSchema {

  private final String noun;
  private final List<Key<?>> keys;
  private final Function<String, Optional<String>> unknownKey;

  /** @param noun what the mapping is, in messages and the reference ({@code phone}) */
  MappingSchema(String noun, List<Key<?>> keys) {
    this(noun, keys, key -> Optional.empty());
  }

  /**
   * @param unknownKey what to say after {@code unknown key 'X' in NOUN} for a key the mapping's
   *     domain knows to be something else (a timer that is not set here), instead of "did you
   *     mean"; empty for a key it knows nothing of
   */
  MappingSchema(String noun, List<Key<?>> keys, Function<String, Optional<String>> unknownKey) {
    this.noun = noun;
    this.keys = List.copyOf(keys);
    this.unknownKey = unknownKey;
  }

  String noun() {
    return noun;
  }

  List<Key<?>> keys() {
    return keys;
  }

  List<String> names() {
    List<String> names = new ArrayList<>();
    keys.forEach(key -> names.add(key.name()));
    return names;
  }

  /** {@code aor: ..., address: ...}: the first two keys, for messages. */
  String example() {
    return String.join(": ..., ", names().subList(0, Math.min(2, keys.size()))) + ": ...";
  }

  /**
   * The one key whose value {@code node} could be, with it: {@code answer: 2s} is a slip for
   * {@code answer: { after: 2s }}, and {@code after: 2s} is the example to give. Only types that
   * take few values count (a duration, a number, a choice...): any word is a text, a domain or an
   * element's name, which tells nothing. Empty unless exactly one key fits.
   */
  private Optional<String> fitting(Node node, ReadContext ctx) {
    if (!(node instanceof ScalarNode scalar) || Nodes.isNull(node)) {
      return Optional.empty();
    }
    List<String> fits = new ArrayList<>();
    for (Key<?> key : keys) {
      ReadContext scratch = ctx.scratch();
      if (TELLING.contains(key.type().getClass())
          && key.type().read(node, scratch) != null && scratch.problems().count() == 0) {
        fits.add(key.name() + ": " + scalar.getValue());
      }
    }
    return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
  }

  /** The types of value that a scalar fits only when it was meant for them. */
  private static final Set<Class<?>> TELLING = Set.of(DurationType.class, BoolType.class,
      IntegerType.class, RatioType.class, ChoiceType.class, AnswerWithType.class,
      ExpiresType.class, QValueType.class, AddressType.class, SipUriType.class);

  /**
   * The mapping's values with defaults filled in, or null when anything in it is wrong (every
   * problem reported).
   *
   * @param subject the mapping in messages: {@code phone 'alice'}
   */
  Options read(Node node, ReadContext ctx, String subject) {
    if (!(node instanceof MappingNode)) {
      ctx.unexpected(node, "the settings of " + subject
          + " as a mapping, such as { " + fitting(node, ctx).orElse(example()) + " }");
      return null;
    }
    int problemsBefore = ctx.problems().count();
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, SourcePosition> positions = new LinkedHashMap<>();
    Set<String> slipsFor = new HashSet<>();
    for (NodeTuple tuple : ((MappingNode) node).getValue()) {
      readEntry(tuple, ctx, subject, values, positions, slipsFor);
    }
    checkRequired(node, ctx, subject, positions, slipsFor);
    if (ctx.problems().count() != problemsBefore) {
      return null;
    }
    for (Key<?> key : keys) {
      if (!values.containsKey(key.name()) && key.defaultValue() != null) {
        values.put(key.name(), key.defaultValue());
      }
    }
    return new Options(values, positions);
  }

  private void readEntry(NodeTuple tuple, ReadContext ctx, String subject,
      Map<String, Object> values, Map<String, SourcePosition> positions, Set<String> slipsFor) {
    Node keyNode = tuple.getKeyNode();
    if (!(keyNode instanceof ScalarNode) || Nodes.isNull(keyNode)) {
      ctx.error(keyNode, "found " + Nodes.describe(keyNode) + " as a key in " + subject
          + "; expected one of: " + String.join(", ", names()));
      return;
    }
    String name = ((ScalarNode) keyNode).getValue();
    Key<?> key = key(name);
    Key<?> glued = key == null ? gluedKey(name) : null;
    if (glued != null) {
      // Noted as written: the student did write the key, so "has no 'kind'" would be untrue.
      positions.putIfAbsent(glued.name(), ctx.position(keyNode));
      ctx.error(keyNode, missingSpace(name, glued.name()));
    } else if (key == null && name.equals(MERGE_KEY)) {
      ctx.error(keyNode, mergeKey(subject));
    } else if (key == null) {
      ctx.error(keyNode, "unknown key " + Nodes.quote(name) + " in " + subject
          + unknownKey.apply(name).orElseGet(() -> Suggest.closest(name, names()).isEmpty()
              ? KeyHomes.of(name, noun).orElseGet(() -> Suggest.hint(name, names(), "no keys"))
              : Suggest.hint(name, names(), "no keys")));
      // The key it is a slip for is written, misspelt: "has no 'address'" would only repeat
      // "did you mean 'address'?" at another place.
      Suggest.closest(name, names()).filter(meant -> unknownKey.apply(name).isEmpty())
          .ifPresent(slipsFor::add);
    } else if (positions.containsKey(name)) {
      ctx.error(keyNode, "duplicate key " + Nodes.quote(name) + " in " + subject
          + ", already set at line " + positions.get(name).line() + "; expected each key once");
    } else {
      positions.put(name, ctx.position(tuple.getValueNode()));
      readValue(key, tuple.getValueNode(), ctx, values);
    }
  }

  /** YAML 1.1's merge key, which YAML 1.2 dropped: snakeyaml-engine reads it as a plain key. */
  static final String MERGE_KEY = "<<";

  /**
   * What to say of a {@code <<: *anchor} in {@code subject}: written from YAML 1.1 habit (or a
   * tool that has it), it would otherwise be siplab's "unknown key '<<'" the writer cannot place.
   */
  static String mergeKey(String subject) {
    return "'<<' is the merge key of YAML 1.1, which YAML 1.2 (the YAML siplab reads) does not"
        + " have, so nothing is merged into " + subject + "; expected its keys written out";
  }

  private static void readValue(Key<?> key, Node valueNode, ReadContext ctx,
      Map<String, Object> values) {
    String anchor = Nodes.anchorInsteadOfValue(valueNode);
    if (anchor != null) {
      ctx.error(valueNode, anchor);
      return;
    }
    if (Nodes.isNull(valueNode)) {
      ctx.error(valueNode, "'" + key.name() + "' has no value; expected " + key.type().expected());
      return;
    }
    Object value = key.type().read(valueNode, ctx);
    if (value != null) {
      values.put(key.name(), value);
    }
  }

  /** @param slipsFor the keys an unknown key was said to be a slip for: not missing, misspelt */
  private void checkRequired(Node node, ReadContext ctx, String subject,
      Map<String, SourcePosition> written, Set<String> slipsFor) {
    for (Key<?> key : keys) {
      if (key.required() && !written.containsKey(key.name()) && slipsFor.contains(key.name())) {
        ctx.problems().echo();
      } else if (key.required() && !written.containsKey(key.name())) {
        ctx.error(node, subject + " has no '" + key.name() + "'; expected " + key.name() + ": "
            + key.type().expected());
      }
    }
  }

  /**
   * The known key that {@code written} starts with when it is that key, a colon and a value with
   * no space between: {@code kind:proxy}. YAML needs a space after a key's colon, so it read the
   * whole as one key with no value; null when {@code written} is not of that form.
   */
  Key<?> gluedKey(String written) {
    String prefix = gluedPrefix(written);
    return prefix == null ? null : key(prefix);
  }

  /** {@code kind} of {@code kind:proxy}; null without a colon followed by something. */
  static String gluedPrefix(String written) {
    int colon = written.indexOf(':');
    return colon > 0 && colon < written.length() - 1 ? written.substring(0, colon) : null;
  }

  /** {@code 'kind:proxy' needs a space after ':'; expected kind: proxy}. */
  static String missingSpace(String written, String key) {
    return Nodes.quote(written) + " needs a space after ':'; expected " + key + ": "
        + written.substring(key.length() + 1);
  }

  Key<?> key(String name) {
    for (Key<?> key : keys) {
      if (key.name().equals(name)) {
        return key;
      }
    }
    return null;
  }

  /** The values every key takes when nothing is written. */
  Options defaults() {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Key<?> key : keys) {
      if (key.defaultValue() != null) {
        values.put(key.name(), key.defaultValue());
      }
    }
    return new Options(values, Map.of());
  }
}
