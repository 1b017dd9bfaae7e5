/**
 * The typed, validated model of a scenario file: immutable records, made only by {@code
 * org.siplab.scenario.load.ScenarioLoader}. Names refer to existing elements of the right kind;
 * durations are whole microseconds of virtual time; script steps, expectations and faults keep the
 * {@link org.siplab.scenario.model.SourcePosition} they were written at, so that a runtime problem
 * can point back into the file.
 */
package org.siplab.scenario.model;
