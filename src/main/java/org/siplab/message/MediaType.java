package org.siplab.message;

import java.util.Locale;
import java.util.Objects;

/**
 * {@code media-type = m-type SLASH m-subtype *(SEMI m-parameter)} (RFC 3261 section 20.15), also
 * each media-range of Accept (section 20.1).
 */
public record MediaType(String type, String subtype, Parameters parameters)
    implements HeaderValue {

  public static final MediaType SDP = new MediaType("application", "sdp", Parameters.NONE);
  public static final MediaType TEXT_PLAIN = new MediaType("text", "plain", Parameters.NONE);

  public MediaType {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subtype, "subtype");
    Objects.requireNonNull(parameters, "parameters");
  }

  /** Types and subtypes compare case-insensitively (RFC 2045 section 5.1). */
  public boolean sameTypeAs(MediaType other) {
    return type.equalsIgnoreCase(other.type) && subtype.equalsIgnoreCase(other.subtype);
  }

  /** {@code type/subtype} in lower case, without parameters. */
  public String essence() {
    return (type + "/" + subtype).toLowerCase(Locale.ROOT);
  }

  @Override
  public void appendTo(PrintSink out) {
    out.append(type).append('/').append(subtype);
    parameters.appendTo(out, ';');
  }

  @Override
  public String toString() {
    return text();
  }
}
