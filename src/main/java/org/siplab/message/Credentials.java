package org.siplab.message;

import java.util.Objects;

/**
 * An Authorization or Proxy-Authorization value (RFC 3261 sections 20.7, 20.28, 22):
 *
 * <pre>
 * credentials = ("Digest" LWS digest-response) / other-response
 * </pre>
 */
public record Credentials(String scheme, Parameters parameters) implements HeaderValue {

  public Credentials {
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
