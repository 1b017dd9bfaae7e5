package org.siplab.message;

import java.util.Objects;

/**
 * A WWW-Authenticate or Proxy-Authenticate value (RFC 3261 sections 20.44, 20.27, 22):
 *
 * <pre>
 * challenge = ("Digest" LWS digest-cln *(COMMA digest-cln)) / other-challenge
 * </pre>
 *
 * The parameters keep whether each value was quoted; {@code org.siplab.auth} gives them meaning.
 */
public record Challenge(String scheme, Parameters parameters) implements HeaderValue {

  public Challenge {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(parameters, "parameters");
  }

  public boolean isDigest() {
    return scheme.equalsIgnoreCase("Digest");
  }

  public String parameter(String name) {
    return parameters.get(name);
  }

  @Override
  public void appendTo(PrintSink out) {
    AuthParams.append(out, scheme, parameters);
  }

  @Override
  public String toString() {
    return text();
  }
}
