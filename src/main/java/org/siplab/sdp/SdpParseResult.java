package org.siplab.sdp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the parser made of a text: the description (absent when any problem is an error) and every
 * problem it found, in line order.
 */
public record SdpParseResult(Optional<SessionDescription> description, List<SdpProblem> problems) {

  public SdpParseResult {
    Objects.requireNonNull(description, "description");
    problems = List.copyOf(problems);
    boolean hasError = problems.stream().anyMatch(p -> p.severity() == SdpProblem.Severity.ERROR);
    if (hasError == description.isPresent()) {
      throw new IllegalArgumentException("a description is present exactly when there is no error");
    }
  }

  public boolean isValid() {
    return description.isPresent();
  }

  public List<SdpProblem> errors() {
    return problems.stream().filter(p -> p.severity() == SdpProblem.Severity.ERROR).toList();
  }

  public List<SdpProblem> warnings() {
    return problems.stream().filter(p -> p.severity() == SdpProblem.Severity.WARNING).toList();
  }
}
