package org.siplab.auth;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a server asks of its clients: the realm it protects, the one algorithm it challenges with,
 * the qop values it offers, an optional opaque, and whether the digest-uri must equal the
 * Request-URI.
 *
 * @param realm the protection space (RFC 2617 section 1.2; compared case-sensitively)
 * @param algorithm the algorithm named in challenges and required in credentials
 * @param qopOffered the qop values offered; never empty (RFC 3261 section 22.4 item 8: servers MUST
 *     always send a qop parameter)
 * @param opaque sent in every challenge and required back unchanged, when present
 * @param requireUriMatch whether a digest-uri different from the Request-URI is refused. RFC 2617
 *     section 3.2.2.5 says the server must check they agree, but RFC 3261 section 22.4 item 6
 *     relaxes this for SIP: a proxy may have retargeted the request, so a mismatch "is not
 *     necessarily a failure". URIs are compared as strings.
 * @param offerUserhash whether challenges say {@code userhash=true} (RFC 7616 section 3.3)
 */
public record DigestPolicy(
    String realm,
    DigestAlgorithm algorithm,
    List<Qop> qopOffered,
    Optional<String> opaque,
    boolean requireUriMatch,
    boolean offerUserhash) {

  public DigestPolicy {
    Objects.requireNonNull(realm, "realm");
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(opaque, "opaque");
    qopOffered = List.copyOf(qopOffered);
    if (qopOffered.isEmpty() || qopOffered.contains(Qop.NONE)) {
      throw new IllegalArgumentException(
          "offer auth and/or auth-int: RFC 3261 section 22.4 requires a qop in every challenge");
    }
  }

  /** MD5, qop=auth, no opaque, digest-uri must equal the Request-URI, no userhash. */
  public static DigestPolicy of(String realm) {
    return new DigestPolicy(
        realm, DigestAlgorithm.MD5, List.of(Qop.AUTH), Optional.empty(), true, false);
  }

  public DigestPolicy withAlgorithm(DigestAlgorithm newAlgorithm) {
    return new DigestPolicy(
        realm, newAlgorithm, qopOffered, opaque, requireUriMatch, offerUserhash);
  }

  public DigestPolicy withQopOffered(List<Qop> newQopOffered) {
    return new DigestPolicy(
        realm, algorithm, newQopOffered, opaque, requireUriMatch, offerUserhash);
  }

  public DigestPolicy withOpaque(String newOpaque) {
    return new DigestPolicy(
        realm, algorithm, qopOffered, Optional.of(newOpaque), requireUriMatch, offerUserhash);
  }

  public DigestPolicy withRequireUriMatch(boolean newRequireUriMatch) {
    return new DigestPolicy(
        realm, algorithm, qopOffered, opaque, newRequireUriMatch, offerUserhash);
  }

  public DigestPolicy withOfferUserhash(boolean newOfferUserhash) {
    return new DigestPolicy(
        realm, algorithm, qopOffered, opaque, requireUriMatch, newOfferUserhash);
  }
}
