package org.siplab.scenario.load;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.siplab.scenario.model.ElementCore;
import org.siplab.scenario.model.ElementKind;
import org.siplab.scenario.model.ElementSpec;
import org.siplab.scenario.model.Options;
import org.siplab.scenario.model.PhoneSpec;
import org.siplab.scenario.model.SourcePosition;
import org.siplab.sim.Endpoint;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The {@code elements:} mapping: element name to its settings, each read by its kind's schema.
 * Names are {@code [a-z][a-z0-9-]*}, each used once; addresses too.
 */
final class ElementsType implements ValueType<Map<String, ElementSpec>> {

  private static final String NAME_FORM = "[a-z][a-z0-9-]*";
  private static final ScalarType<ElementKind> KIND = Types.choice("element kind",
      ElementKind.class);

  /** Whether {@code list} holds only mappings of one entry each: the elements, each after '- '. */
  private static boolean asList(SequenceNode list) {
    return !list.getValue().isEmpty() && list.getValue().stream()
        .allMatch(item -> item instanceof MappingNode m && m.getValue().size() == 1);
  }

  /** Notes every element's name and kind before anything that refers to them is read. */
  static void index(Node elements, ReadContext ctx) {
    if (elements instanceof SequenceNode list && asList(list)) {
      // Written as a list ("- alice: {...}"), which read() refuses once; the names are still
      // noted, so that every reference to alice is not called unknown on top of that.
      list.getValue().forEach(item -> index(item, ctx));
      return;
    }
    if (!(elements instanceof MappingNode)) {
      return;
    }
    for (NodeTuple tuple : ((MappingNode) elements).getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key && !Nodes.isNull(key)) {
        String kind = tuple.getValueNode() instanceof MappingNode m ? kindText(m) : null;
        ElementKind known = kind == null ? null : ElementKind.fromYaml(kind).orElse(null);
        if (key.getValue().matches(NAME_FORM)) {
          ctx.elements().add(key.getValue(), known, ctx.position(key));
        } else {
          ctx.elements().refuse(key.getValue());
        }
      }
    }
  }

  @Override
  public Map<String, ElementSpec> read(Node node, ReadContext ctx) {
    if (node instanceof SequenceNode list && asList(list)) {
      ctx.error(node, "found a list of elements, each after '- '; expected a mapping of names to"
          + " settings: the same lines without the '- ', such as alice: { kind: phone, ... }");
      return null;
    }
    if (!(node instanceof MappingNode)) {
      ctx.unexpected(node, expected());
      return null;
    }
    if (((MappingNode) node).getValue().isEmpty()) {
      ctx.error(node, "there are no elements; expected at least one, such as"
          + " { alice: { kind: phone, ... } }");
      return null;
    }
    Map<String, ElementSpec> elements = new LinkedHashMap<>();
    Map<String, SourcePosition> names = new LinkedHashMap<>();
    boolean everyElementRead = true;
    for (NodeTuple tuple : ((MappingNode) node).getValue()) {
      String name = name(tuple.getKeyNode(), names, ctx);
      ElementSpec element = name == null ? null : element(name, tuple, ctx);
      if (element != null) {
        elements.put(name, element);
      } else {
        everyElementRead = false;
      }
    }
    checkAddresses(elements, ctx);
    // Only over the whole set: a server left out by an error of its own would make its domain
    // look unserved, and the file would get a second, misleading error.
    if (everyElementRead) {
      checkPhoneDomains(elements, ctx);
    }
    return elements;
  }

  /** The element's name, or null after reporting a missing, malformed or repeated one. */
  private static String name(Node key, Map<String, SourcePosition> names, ReadContext ctx) {
    if (!(key instanceof ScalarNode) || Nodes.isNull(key)) {
      ctx.error(key, "found " + Nodes.describe(key) + " as an element name; expected a name"
          + " such as alice");
      return null;
    }
    String name = ((ScalarNode) key).getValue();
    if (!name.matches(NAME_FORM)) {
      ctx.error(key, "element name " + Nodes.quote(name) + " has characters a name cannot"
          + " have; expected lower-case letters, digits and '-', starting with a letter, such as"
          + " alice or proxy-2");
    }
    SourcePosition first = names.putIfAbsent(name, ctx.position(key));
    if (first != null) {
      ctx.error(key, "duplicate element " + Nodes.quote(name) + ", already defined at line "
          + first.line() + "; expected each element name once");
      return null;
    }
    return name;
  }

  /**
   * Whether the entry is a key indented to the wrong level, reported as such: a top-level key
   * ({@code script:}) indented under {@code elements:}, or an element's key ({@code address:})
   * indented like the element names. Read as an element, it would get "found a list; expected
   * the settings of element 'script'", which names neither the mistake nor its fix.
   */
  private static boolean misplaced(String name, NodeTuple tuple, ReadContext ctx) {
    Node value = tuple.getValueNode();
    boolean settings = value instanceof MappingNode m && Nodes.valueOf(m, KindSchema.KIND) != null;
    if (ScenarioSchema.KEYS.names().contains(name) && !settings) {
      ctx.error(tuple.getKeyNode(), Nodes.quote(name) + " is a top-level key, but it is indented"
          + " under elements:, so it was read as an element; expected " + name + ": at the start"
          + " of its line, like elements:");
      return true;
    }
    boolean elementKey = KindSchemas.all().stream().anyMatch(k -> k.keys().names().contains(name));
    if (elementKey && !(value instanceof MappingNode)) {
      ctx.error(tuple.getKeyNode(), Nodes.quote(name) + " is a key of an element's settings, but"
          + " it is indented like the element names, so it was read as an element; expected it"
          + " indented like the other keys of its element");
      return true;
    }
    return false;
  }

  private static ElementSpec element(String name, NodeTuple tuple, ReadContext ctx) {
    Node value = tuple.getValueNode();
    String subject = "element " + Nodes.quote(name);
    if (misplaced(name, tuple, ctx)) {
      return null;
    }
    if (!(value instanceof MappingNode)) {
      ctx.unexpected(value, "the settings of " + subject
          + " as a mapping, such as { kind: phone, address: 192.0.2.101 }");
      return null;
    }
    MappingNode mapping = (MappingNode) value;
    Node kindNode = Nodes.valueOf(mapping, KindSchema.KIND);
    ElementKind kind;
    if (kindNode != null) {
      kind = KIND.read(kindNode, ctx);
    } else {
      ScalarNode glued = gluedKind(mapping);
      Node merge = Nodes.keyOf(mapping, MappingSchema.MERGE_KEY);
      if (glued == null && merge != null) {
        // The kind was to come from the anchor: "has no 'kind'" would not say why it did not.
        ctx.error(merge, MappingSchema.mergeKey(subject));
        return null;
      }
      if (glued == null) {
        ctx.error(value, subject + " has no 'kind'; expected kind: " + KIND.expected());
        return null;
      }
      // kind:proxy is reported by the kind's schema below, among the element's other keys, so
      // that a second key without its space is named too.
      kind = ElementKind.fromYaml(kindText(mapping)).orElse(null);
      if (kind == null) {
        ctx.error(glued, MappingSchema.missingSpace(glued.getValue(), KindSchema.KIND));
      }
    }
    if (kind == null) {
      return null;
    }
    KindSchema schema = KindSchemas.of(kind);
    Options options = schema.keys().read(mapping, ctx, kind.yamlName() + " " + Nodes.quote(name));
    if (options == null) {
      return null;
    }
    ElementCore core = new ElementCore(name, kind,
        options.get(KindSchema.ADDRESS, Endpoint.class).orElseThrow(),
        misbehave(options), options, ctx.position(tuple.getKeyNode()));
    return schema.builder().build(core, options, mapping, ctx);
  }

  /**
   * What the element's {@code kind} says, written properly or glued to its key ({@code
   * kind:proxy}); null when it has none or it is not text.
   */
  private static String kindText(MappingNode mapping) {
    Node kind = Nodes.valueOf(mapping, KindSchema.KIND);
    if (kind != null) {
      return kind instanceof ScalarNode k ? k.getValue() : null;
    }
    ScalarNode glued = gluedKind(mapping);
    return glued == null ? null : glued.getValue().substring(KindSchema.KIND.length() + 1);
  }

  /** The key {@code kind:proxy}, the kind written without a space after the colon, if any. */
  private static ScalarNode gluedKind(MappingNode mapping) {
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key && Nodes.isNull(tuple.getValueNode())
          && KindSchema.KIND.equals(MappingSchema.gluedPrefix(key.getValue()))) {
        return key;
      }
    }
    return null;
  }

  private static List<String> misbehave(Options options) {
    List<?> switches = options.get(KindSchema.MISBEHAVE, List.class).orElse(List.of());
    return switches.stream().map(String.class::cast).toList();
  }

  /**
   * Each element is a host of the simulated network, and a host has one IP address: two elements
   * on one address, even on two ports, cannot both be built, so the loader says so where the
   * second address is written rather than leaving it to the network.
   */
  private static void checkAddresses(Map<String, ElementSpec> elements, ReadContext ctx) {
    Map<String, ElementSpec> owners = new LinkedHashMap<>();
    for (ElementSpec element : elements.values()) {
      ElementSpec owner = owners.putIfAbsent(element.address().address(), element);
      if (owner == null) {
        continue;
      }
      ctx.error(element.options().position(KindSchema.ADDRESS).orElse(element.position()),
          owner.address().equals(element.address())
              ? "address " + element.address() + " is already used by "
                  + Nodes.quote(owner.name()) + " (line " + owner.position().line()
                  + "); expected each element to listen on its own address"
              : "address " + element.address().address() + " is already the host of "
                  + Nodes.quote(owner.name()) + " (line " + owner.position().line() + ", "
                  + owner.address() + "); expected each element on its own IP address: each is a"
                  + " host of the simulated network, and a port does not make another host");
    }
  }

  /**
   * Two phones whose AORs share a domain that no server answers for cannot both be reached: the
   * DNS stand-in gives a domain one host (RFC 3263 finds one server for a domain, not one for each
   * user), the first such phone, so a call to the second would reach the first. RFC 3665 section
   * 3.1 calls phone to phone with each phone on a domain of its own; phones of one domain reach
   * each other through that domain's proxy (section 3.2).
   */
  private static void checkPhoneDomains(Map<String, ElementSpec> elements, ReadContext ctx) {
    Set<String> served = new HashSet<>();
    for (ElementSpec element : elements.values()) {
      element.servedDomain().ifPresent(d -> served.add(d.toLowerCase(Locale.ROOT)));
    }
    Map<String, PhoneSpec> firstPhone = new LinkedHashMap<>();
    for (ElementSpec element : elements.values()) {
      if (!(element instanceof PhoneSpec phone)) {
        continue;
      }
      String domain = phone.aor().host().toLowerCase(Locale.ROOT);
      if (served.contains(domain)) {
        continue;
      }
      PhoneSpec first = firstPhone.putIfAbsent(domain, phone);
      if (first != null) {
        ctx.error(phone.options().position(PhoneSchema.AOR.name()).orElse(phone.position()),
            "phones " + Nodes.quote(first.name()) + " (line " + first.position().line()
                + ") and " + Nodes.quote(phone.name()) + " both have addresses of record at "
                + phone.aor().host() + ", which no proxy, registrar, redirect server or PBX"
                + " serves, so a request for " + phone.aor() + " would reach "
                + Nodes.quote(first.name()) + " (a domain resolves to one host); expected each"
                + " phone without a server on a domain of its own, or a proxy with domain: "
                + phone.aor().host());
      }
    }
  }

  @Override
  public String name() {
    return "mapping of element name to its settings";
  }

  @Override
  public String expected() {
    return "the elements as a mapping of names to settings, such as"
        + " { alice: { kind: phone, ... } }";
  }
}
