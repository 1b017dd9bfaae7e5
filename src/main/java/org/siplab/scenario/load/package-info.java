/**
 * Reads a scenario file into the {@link org.siplab.scenario.model.Scenario} model, or into every
 * mistake in it: {@link org.siplab.scenario.load.ScenarioLoader} is the entry point.
 *
 * <p>snakeyaml-engine composes the file into nodes that keep their line and column; the schema
 * tables then read those nodes. A syntax error stops at the first one; every other mistake is
 * collected, and all are reported in file order as {@code file:line:column: what is wrong;
 * what was expected}.
 *
 * <p>The schema is a set of tables, and scenarios/README.md is generated from them ({@code
 * SchemaReferenceTest} fails when it is out of date):
 *
 * <ul>
 *   <li>A key: add a {@code Key} constant to the kind's table ({@code PhoneSchema}, {@code
 *       ProxySchema}, {@code RegistrarSchema}, {@code RedirectSchema}, {@code PbxSchema}, or
 *       {@code NetworkSchema}, {@code LinkSchema}, {@code FaultSchema}, {@code ScriptSchema},
 *       {@code ExpectSchema}, {@code ScenarioSchema}) and list it in its {@code keys(...)}. Its
 *       value is then validated, defaulted, documented, and readable at once from the element's
 *       {@code options()}, such as {@code options().get("timer-b", Duration.class)}; give the
 *       record a component when a typed accessor helps.
 *   <li>An action, event, state or misbehaviour: add an {@code ActionSpec.of(...)} or a {@code
 *       Term.of(...)} line to the kind's {@code actions}, {@code events}, {@code states} or
 *       {@code misbehaviours}.
 *   <li>A value type: a {@code ScalarType} subclass (or a {@code ValueType}) that reports what
 *       is wrong and returns null, and a factory in {@code Types}.
 * </ul>
 */
package org.siplab.scenario.load;
