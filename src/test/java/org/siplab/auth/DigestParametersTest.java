package org.siplab.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Challenges and credentials as parameter maps")
class DigestParametersTest {

  /** The challenge of RFC 3261 section 22.2, as the codec would read it. */
  private static Map<String, String> rfc3261Challenge() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("realm", "biloxi.com");
    parameters.put("qop", "auth,auth-int");
    parameters.put("nonce", "dcd98b7102dd2f0e8b11d0f600bfb0c093");
    parameters.put("opaque", "5ccc069c403ebaf9f0171e9517f40e41");
    return parameters;
  }

  private static <T> T ok(Parsed<T> parsed) {
    assertInstanceOf(Parsed.Ok.class, parsed);
    return ((Parsed.Ok<T>) parsed).value();
  }

  @Test
  @DisplayName("the RFC 3261 section 22.2 challenge reads into its parts")
  void readsTheRfc3261Challenge() {
    DigestChallenge challenge = ok(DigestChallenge.fromParameters(rfc3261Challenge()));
    assertEquals("biloxi.com", challenge.realm());
    assertEquals(List.of("auth", "auth-int"), challenge.qopOptions());
    assertEquals(Optional.of("5ccc069c403ebaf9f0171e9517f40e41"), challenge.opaque());
    assertEquals(Optional.empty(), challenge.algorithm());
    assertEquals(Optional.of(DigestAlgorithm.MD5), challenge.knownAlgorithm(), "absent means MD5");
    assertFalse(challenge.stale());
  }

  @Test
  @DisplayName("a challenge read and written again gives the same parameters in a fixed order")
  void challengeRoundTrip() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("realm", "atlanta.com");
    parameters.put("domain", "sip:ss1.carrier.com sip:ss2.carrier.com");
    parameters.put("nonce", "f84f1cec41e6cbe5aea9c8e88d359");
    parameters.put("opaque", "");
    parameters.put("stale", "true");
    parameters.put("algorithm", "SHA-256");
    parameters.put("qop", "auth,auth-int");
    parameters.put("userhash", "true");
    DigestChallenge challenge = ok(DigestChallenge.fromParameters(parameters));
    assertEquals(List.of("sip:ss1.carrier.com", "sip:ss2.carrier.com"), challenge.domain());
    assertEquals(
        List.copyOf(parameters.entrySet()), List.copyOf(challenge.toParameters().entrySet()));
  }

  @Test
  @DisplayName("parameter names are read in any case and unknown parameters are ignored")
  void namesAreCaseInsensitive() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("REALM", "biloxi.com");
    parameters.put("Nonce", "abc");
    parameters.put("Stale", "TRUE");
    parameters.put("QOP", "auth, auth-int");
    parameters.put("charset", "UTF-8");
    DigestChallenge challenge = ok(DigestChallenge.fromParameters(parameters));
    assertEquals("biloxi.com", challenge.realm());
    assertTrue(challenge.stale(), "stale is TRUE in any case");
    assertEquals(List.of("auth", "auth-int"), challenge.qopOptions());
  }

  @Test
  @DisplayName(
      "a challenge without a nonce, or credentials without a response, is missing a parameter")
  void missingRequiredParameters() {
    Map<String, String> noNonce = rfc3261Challenge();
    noNonce.remove("nonce");
    Parsed<DigestChallenge> challenge = DigestChallenge.fromParameters(noNonce);
    assertEquals("nonce", ((Parsed.Missing<DigestChallenge>) challenge).parameter());
    Map<String, String> credentials = new LinkedHashMap<>();
    credentials.put("username", "bob");
    credentials.put("realm", "biloxi.com");
    credentials.put("nonce", "abc");
    credentials.put("uri", "sip:bob@biloxi.com");
    Parsed<DigestCredentials> parsed = DigestCredentials.fromParameters(credentials);
    assertEquals("response", ((Parsed.Missing<DigestCredentials>) parsed).parameter());
    assertEquals(
        "RFC 2617 section 3.2.2", ((Parsed.Missing<DigestCredentials>) parsed).rfcSection());
  }

  @Test
  @DisplayName("the RFC 3261 section 22.2 credentials read and written again keep every value")
  void credentialsRoundTrip() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("username", "bob");
    parameters.put("realm", "biloxi.com");
    parameters.put("nonce", "dcd98b7102dd2f0e8b11d0f600bfb0c093");
    parameters.put("uri", "sip:bob@biloxi.com");
    parameters.put("response", "6629fae49393a05397450978507c4ef1");
    parameters.put("algorithm", "MD5");
    parameters.put("cnonce", "0a4f113b");
    parameters.put("opaque", "5ccc069c403ebaf9f0171e9517f40e41");
    parameters.put("qop", "auth");
    parameters.put("nc", "00000001");
    DigestCredentials credentials = ok(DigestCredentials.fromParameters(parameters));
    assertEquals(Optional.of("00000001"), credentials.nc());
    assertEquals(
        List.copyOf(parameters.entrySet()), List.copyOf(credentials.toParameters().entrySet()));
  }

  @Test
  @DisplayName(
      "the quoting rules follow RFC 7616: algorithm, qop, nc, stale and userhash are tokens, the"
          + " rest quoted")
  void quotingRules() {
    for (String quoted : List.of("realm", "domain", "nonce", "opaque", "qop")) {
      assertTrue(DigestChallenge.isQuoted(quoted), quoted);
    }
    for (String token : List.of("stale", "algorithm", "userhash")) {
      assertFalse(DigestChallenge.isQuoted(token), token);
    }
    for (String quoted :
        List.of("username", "realm", "nonce", "uri", "response", "cnonce", "opaque")) {
      assertTrue(DigestCredentials.isQuoted(quoted), quoted);
    }
    for (String token : List.of("algorithm", "qop", "nc", "userhash")) {
      assertFalse(DigestCredentials.isQuoted(token), token);
    }
    assertTrue(DigestCredentials.isQuoted("URI"), "names in any case");
  }
}
