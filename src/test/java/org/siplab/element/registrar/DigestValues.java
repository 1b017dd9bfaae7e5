package org.siplab.element.registrar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.siplab.auth.DigestChallenge;
import org.siplab.auth.DigestCredentials;
import org.siplab.auth.Parsed;
import org.siplab.message.Challenge;
import org.siplab.message.Credentials;
import org.siplab.message.Parameter;
import org.siplab.message.Parameters;

/** The client's side of the header conversions: what a test phone reads and writes. */
public final class DigestValues {

  private DigestValues() {}

  /** The challenge of a WWW-Authenticate value. */
  public static DigestChallenge challenge(Challenge header) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Parameter p : header.parameters()) {
      values.put(p.name(), p.value() == null ? "" : p.value());
    }
    Parsed<DigestChallenge> parsed = DigestChallenge.fromParameters(values);
    if (parsed instanceof Parsed.Ok<DigestChallenge> ok) {
      return ok.value();
    }
    throw new AssertionError("not a digest challenge: " + header);
  }

  /** The Authorization value of credentials, quoted as RFC 7616 section 3.4 says. */
  public static Credentials header(DigestCredentials credentials) {
    List<Parameter> parameters = new ArrayList<>();
    for (Map.Entry<String, String> e : credentials.toParameters().entrySet()) {
      parameters.add(DigestCredentials.isQuoted(e.getKey())
          ? Parameter.quoted(e.getKey(), e.getValue())
          : Parameter.of(e.getKey(), e.getValue()));
    }
    return new Credentials("Digest", Parameters.of(parameters));
  }
}
