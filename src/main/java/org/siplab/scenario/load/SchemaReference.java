package org.siplab.scenario.load;

import java.util.List;
import org.siplab.scenario.model.ElementKind;

/**
 * The reference part of scenarios/README.md, written from the schema tables so that it cannot
 * drift from what the loader accepts: every key with its type, default and meaning; every kind's
 * actions, events, states and misbehaviours; the forms of an expectation.
 */
public final class SchemaReference {

  private SchemaReference() {}

  /** The reference as Markdown, ending with a line end. */
  public static String markdown() {
    StringBuilder out = new StringBuilder();
    section(out, "Top-level keys", "");
    keyTable(out, ScenarioSchema.KEYS);
    section(out, "Elements", "Each element is `name: { kind: ..., address: ..., ... }`. The keys"
        + " of each kind:");
    for (KindSchema kind : KindSchemas.all()) {
      kind(out, kind);
    }
    expectations(out);
    return out.toString();
  }

  private static void section(StringBuilder out, String title, String text) {
    out.append("### ").append(title).append("\n\n");
    if (!text.isEmpty()) {
      out.append(text).append("\n\n");
    }
  }

  private static void kind(StringBuilder out, KindSchema kind) {
    String name = kind.kind().yamlName();
    out.append("#### `kind: ").append(name).append("`\n\n");
    keyTable(out, kind.keys());
    if (!kind.actions().isEmpty()) {
      out.append("Script actions (`do: ").append(name).append(".ACTION ...`):\n\n");
      out.append("| action | what it does |\n|---|---|\n");
      kind.actions().forEach(a -> row(out, code(a.usage()), a.doc()));
      out.append('\n');
    }
    terms(out, "Events (`on: " + name + ".EVENT`)", "event", kind.events());
    terms(out, "States (`{ by: 4s, " + name + ": STATE }`)", "state", kind.states());
    terms(out, "Misbehaviours (`misbehave: [...]`; numbers are RFC 3261 sections)",
        "misbehaviour", kind.misbehaviours());
  }

  private static void terms(StringBuilder out, String title, String noun, List<Term> terms) {
    if (terms.isEmpty()) {
      return;
    }
    out.append(title).append(":\n\n| ").append(noun).append(" | meaning |\n|---|---|\n");
    terms.forEach(t -> row(out, code(t.name()), t.doc()));
    out.append('\n');
  }

  private static void expectations(StringBuilder out) {
    section(out, "Expectations", "Each item of `expect:` has one of these forms.");
    out.append("A state, `{ by: 4s, alice: in-call, bob: in-call }`: `by` is ")
        .append(StateExpectationReader.BY_DOC).append("; the other keys are element names and"
            + " their states (see each kind's states above).\n\n");
    for (MappingSchema form : List.of(ExpectSchema.FLOW_KEYS, ExpectSchema.BINDINGS_KEYS,
        ExpectSchema.FINDINGS_KEYS)) {
      out.append("A ").append(form.noun()).append(":\n\n");
      keyTable(out, form);
    }
  }

  private static void keyTable(StringBuilder out, MappingSchema schema) {
    out.append("| key | type | default | meaning |\n|---|---|---|---|\n");
    keyRows(out, schema, "");
    out.append('\n');
  }

  private static void keyRows(StringBuilder out, MappingSchema schema, String prefix) {
    for (Key<?> key : schema.keys()) {
      String path = prefix + key.name();
      row(out, code(path), key.type().name(), defaultText(key), key.doc());
      key.type().nested().ifPresent(nested -> keyRows(out, nested, path + childSeparator(key)));
    }
  }

  /** {@code register.expires}, {@code links[].loss}, {@code accounts.<account>.type}. */
  private static String childSeparator(Key<?> key) {
    if (key.type() instanceof ListType) {
      return "[].";
    }
    if (key.type() instanceof MapType<?, ?> map) {
      return ".<" + map.noun() + ">.";
    }
    return ".";
  }

  /** A default value as it is written in a file; a default the builder works out, in words. */
  private static String defaultText(Key<?> key) {
    return key.defaultValue() == null || key.defaultText().isEmpty()
        ? key.defaultText()
        : code(key.defaultText());
  }

  private static void row(StringBuilder out, String... cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(cell.replace("|", "\\|")).append(" |");
    }
    out.append('\n');
  }

  private static String code(String text) {
    return "`" + text + "`";
  }

  /** For the README test: every kind has a table here. */
  static List<ElementKind> kinds() {
    return KindSchemas.all().stream().map(KindSchema::kind).toList();
  }
}
