package org.siplab.element.registrar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.siplab.auth.DigestChallenge;
import org.siplab.message.Challenge;
import org.siplab.message.Credentials;
import org.siplab.message.Parameter;
import org.siplab.message.Parameters;

/**
 * Between the SIP header values ({@link Challenge}, {@link Credentials}: parameters that remember
 * whether they were quoted) and {@code org.siplab.auth}'s unquoted parameter maps.
 */
final class DigestHeaders {

  private DigestHeaders() {}

  /**
   * The WWW-Authenticate value of a challenge. RFC 7616 section 3.3: realm, domain, nonce, opaque
   * and qop are quoted-strings, stale and algorithm tokens; {@link DigestChallenge#isQuoted} knows
   * which.
   */
  static Challenge header(DigestChallenge challenge) {
    List<Parameter> parameters = new ArrayList<>();
    for (Map.Entry<String, String> e : challenge.toParameters().entrySet()) {
      parameters.add(DigestChallenge.isQuoted(e.getKey())
          ? Parameter.quoted(e.getKey(), e.getValue())
          : Parameter.of(e.getKey(), e.getValue()));
    }
    return new Challenge("Digest", Parameters.of(parameters));
  }

  /** The parameters of each Digest credentials value, in order; other schemes are left out. */
  static List<Map<String, String>> parameterMaps(List<Credentials> credentials) {
    List<Map<String, String>> maps = new ArrayList<>();
    for (Credentials c : credentials) {
      if (!c.isDigest()) {
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (Parameter p : c.parameters()) {
        values.putIfAbsent(p.name(), p.value() == null ? "" : p.value());
      }
      maps.add(values);
    }
    return maps;
  }
}
