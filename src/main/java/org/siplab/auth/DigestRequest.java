package org.siplab.auth;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The parts of a SIP request that digest authentication covers: the method, the Request-URI and the
 * body (hashed only with qop=auth-int). An absent body is the empty array (RFC 3261 section 22.4
 * item 7 hashes it as the empty string).
 */
public record DigestRequest(String method, String requestUri, byte[] body) {

  public DigestRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(requestUri, "requestUri");
    body = body == null ? new byte[0] : body.clone();
  }

  /** A request without a body. */
  public static DigestRequest of(String method, String requestUri) {
    return new DigestRequest(method, requestUri, new byte[0]);
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DigestRequest that
        && method.equals(that.method)
        && requestUri.equals(that.requestUri)
        && Arrays.equals(body, that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, requestUri, Arrays.hashCode(body));
  }

  @Override
  public String toString() {
    return "DigestRequest[method="
        + method
        + ", requestUri="
        + requestUri
        + ", body="
        + HexFormat.of().formatHex(body)
        + "]";
  }
}
