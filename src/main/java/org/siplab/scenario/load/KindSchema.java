package org.siplab.scenario.load;

import java.util.ArrayList;
import java.util.List;
import org.siplab.scenario.model.ElementCore;
import org.siplab.scenario.model.ElementKind;
import org.siplab.scenario.model.ElementSpec;
import org.siplab.scenario.model.Options;
import org.snakeyaml.engine.v2.nodes.MappingNode;

/**
 * Everything a scenario may say about one kind of element: its keys, the script actions it
 * performs, the events a script can wait for, the states an expectation can name, and the rules it
 * can be told to break. {@code kind} and {@code address} head every kind's keys, and {@code
 * misbehave} ends them when the kind has misbehaviours.
 */
record KindSchema(
    ElementKind kind,
    MappingSchema keys,
    List<ActionSpec> actions,
    List<Term> events,
    List<Term> states,
    List<Term> misbehaviours,
    ElementBuilder builder) {

  /** Makes the element's record from complete options; reports clashes and returns null. */
  interface ElementBuilder {
    ElementSpec build(ElementCore core, Options options, MappingNode node, ReadContext ctx);
  }

  static final String KIND = "kind";
  static final String ADDRESS = "address";
  static final String MISBEHAVE = "misbehave";

  static Builder of(ElementKind kind, ElementBuilder builder) {
    return new Builder(kind, builder);
  }

  List<String> actionNames() {
    return actions.stream().map(ActionSpec::name).toList();
  }

  static List<String> names(List<Term> terms) {
    return terms.stream().map(Term::name).toList();
  }

  /** Collects a kind's table rows in the order the reference shows them. */
  static final class Builder {
    private final ElementKind kind;
    private final ElementBuilder builder;
    private final List<Key<?>> keys = new ArrayList<>();
    private List<ActionSpec> actions = List.of();
    private List<Term> events = List.of();
    private List<Term> states = List.of();
    private List<Term> misbehaviours = List.of();

    private Builder(ElementKind kind, ElementBuilder builder) {
      this.kind = kind;
      this.builder = builder;
    }

    Builder keys(Key<?>... kindKeys) {
      keys.addAll(List.of(kindKeys));
      return this;
    }

    Builder actions(ActionSpec... specs) {
      actions = List.of(specs);
      return this;
    }

    Builder events(Term... terms) {
      events = List.of(terms);
      return this;
    }

    Builder states(Term... terms) {
      states = List.of(terms);
      return this;
    }

    Builder misbehaviours(Term... terms) {
      misbehaviours = List.of(terms);
      return this;
    }

    KindSchema build() {
      List<Key<?>> all = new ArrayList<>();
      all.add(Key.required(KIND, Types.choice("element kind", ElementKind.class),
          "what the element is"));
      all.add(Key.required(ADDRESS, Types.address(),
          "where it listens: an IP address, port 5060 unless given"));
      all.addAll(keys);
      if (!misbehaviours.isEmpty()) {
        all.add(Key.withDefault(MISBEHAVE, Types.listOf(Types.choice(kind.yamlName()
            + " misbehaviour", names(misbehaviours))), List.of(),
            "rules to break on purpose, from the list below"));
      }
      MappingSchema schema = new MappingSchema(kind.yamlName(), all);
      return new KindSchema(kind, schema, actions, events, states, misbehaviours, builder);
    }
  }
}
