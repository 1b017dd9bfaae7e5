package org.siplab.scenario.load;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.siplab.scenario.model.ElementKind;

/** The schema table: one {@link KindSchema} per element kind. Add a kind's table here. */
final class KindSchemas {

  private static final Map<ElementKind, KindSchema> BY_KIND = new EnumMap<>(ElementKind.class);

  static {
    for (KindSchema schema : List.of(PhoneSchema.SCHEMA, ProxySchema.SCHEMA,
        RegistrarSchema.SCHEMA, RedirectSchema.SCHEMA, PbxSchema.SCHEMA)) {
      BY_KIND.put(schema.kind(), schema);
    }
    if (BY_KIND.size() != ElementKind.values().length) {
      throw new IllegalStateException("every element kind needs a schema: " + BY_KIND.keySet());
    }
  }

  private KindSchemas() {}

  static KindSchema of(ElementKind kind) {
    return BY_KIND.get(kind);
  }

  /** In the order of {@link ElementKind}. */
  static List<KindSchema> all() {
    return List.copyOf(BY_KIND.values());
  }
}
