package org.siplab.message;

import java.util.Objects;

/**
 * A {@code tel:} URI (RFC 3966): a telephone number, global ({@code +1-201-555-0123}) or local,
 * with parameters. Kept as written; siplab routes on SIP URIs and only carries tel URIs through.
 */
public record TelUri(String number, Parameters parameters) implements Uri {

  public TelUri {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(parameters, "parameters");
  }

  @Override
  public String scheme() {
    return "tel";
  }

  public boolean isGlobal() {
    return number.startsWith("+");
  }

  @Override
  public void appendTo(PrintSink out) {
    out.append("tel:").append(number);
    parameters.appendTo(out, ';');
  }

  @Override
  public String toString() {
    return text();
  }
}
