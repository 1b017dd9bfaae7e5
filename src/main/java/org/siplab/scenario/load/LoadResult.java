package org.siplab.scenario.load;

import java.util.List;
import java.util.Optional;
import org.siplab.scenario.model.Scenario;

/** What loading a scenario file gave: the scenario, or every mistake found, in file order. */
public final class LoadResult {

  private final Scenario scenario;
  private final List<LoadError> errors;

  private LoadResult(Scenario scenario, List<LoadError> errors) {
    this.scenario = scenario;
    this.errors = List.copyOf(errors);
  }

  static LoadResult of(Scenario scenario) {
    return new LoadResult(scenario, List.of());
  }

  static LoadResult failed(List<LoadError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a failed load has at least one error");
    }
    return new LoadResult(null, errors);
  }

  public boolean isValid() {
    return scenario != null;
  }

  /** The scenario; empty when the file has errors. */
  public Optional<Scenario> scenario() {
    return Optional.ofNullable(scenario);
  }

  /** Every error, sorted by line and column; empty when the scenario loaded. */
  public List<LoadError> errors() {
    return errors;
  }

  /** The errors as the command line prints them: one {@code file:line:column: message} a line. */
  public String errorReport() {
    StringBuilder out = new StringBuilder();
    for (LoadError error : errors) {
      out.append(error).append('\n');
    }
    return out.toString();
  }

  /** The scenario, for callers that have already checked {@link #isValid()}, and for tests. */
  public Scenario orThrow() {
    if (scenario == null) {
      throw new IllegalStateException("the scenario has errors:\n" + errorReport());
    }
    return scenario;
  }
}
