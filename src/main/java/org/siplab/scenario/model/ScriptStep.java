package org.siplab.scenario.model;

/** One step of the script: when it fires and what it does, with where the step is written. */
public record ScriptStep(Trigger trigger, Action action, SourcePosition position) {}
