package org.siplab.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * What a server concluded about the credentials of a request, in words a student can follow, with
 * the RFC section behind it and what the server should do next.
 *
 * @param kind the conclusion
 * @param explanation one or two sentences naming the values involved
 * @param rfcSection where the rule is, e.g. "RFC 2617 section 3.2.2"
 * @param user the authenticated username (never the hash); present only when {@code kind} is OK
 */
public record VerificationOutcome(
    Kind kind, String explanation, String rfcSection, Optional<String> user) {

  /** What the server does next. */
  public enum Reaction {
    /** Go on with the request. */
    ACCEPT,
    /** Answer 401 (registrar, UAS) or 407 (proxy) with a fresh challenge. */
    CHALLENGE,
    /**
     * Answer 401/407 with a fresh challenge carrying stale=true: no need to ask for the password.
     */
    CHALLENGE_STALE,
    /** Answer 400 Bad Request (RFC 2617 section 3.2.2: improper or missing directives). */
    BAD_REQUEST
  }

  /** The conclusions, each with its usual RFC section and reaction. */
  public enum Kind {
    OK("RFC 2617 section 3.3", Reaction.ACCEPT),
    NO_CREDENTIALS_FOR_REALM("RFC 3261 section 22.3", Reaction.CHALLENGE),
    MALFORMED_CREDENTIALS("RFC 2617 section 3.2.2", Reaction.BAD_REQUEST),
    REALM_MISMATCH("RFC 3261 section 22.3", Reaction.CHALLENGE),
    UNSUPPORTED_ALGORITHM("RFC 2617 section 3.2.2", Reaction.CHALLENGE),
    UNSUPPORTED_QOP("RFC 2617 section 3.2.2", Reaction.CHALLENGE),
    OPAQUE_MISMATCH("RFC 2617 section 3.2.2", Reaction.CHALLENGE),
    URI_MISMATCH("RFC 2617 section 3.2.2.5", Reaction.BAD_REQUEST),
    UNKNOWN_NONCE("RFC 2617 section 3.2.1", Reaction.CHALLENGE),
    UNKNOWN_USER("RFC 2617 section 3.3", Reaction.CHALLENGE),
    WRONG_RESPONSE("RFC 2617 section 3.2.2.1", Reaction.CHALLENGE),
    STALE_NONCE("RFC 2617 section 3.2.1", Reaction.CHALLENGE_STALE),
    REPLAYED_NONCE_COUNT("RFC 2617 section 3.2.2", Reaction.CHALLENGE);

    private final String rfcSection;
    private final Reaction reaction;

    Kind(String rfcSection, Reaction reaction) {
      this.rfcSection = rfcSection;
      this.reaction = reaction;
    }

    public String rfcSection() {
      return rfcSection;
    }

    public Reaction reaction() {
      return reaction;
    }
  }

  public VerificationOutcome {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(rfcSection, "rfcSection");
    Objects.requireNonNull(user, "user");
    if (user.isPresent() != (kind == Kind.OK)) {
      throw new IllegalArgumentException("a user is named exactly when the outcome is OK");
    }
  }

  /** A failure, explained, cited with the kind's usual section. */
  static VerificationOutcome failure(Kind kind, String explanation) {
    return new VerificationOutcome(kind, explanation, kind.rfcSection(), Optional.empty());
  }

  /** A failure cited with a more precise section than the kind's usual one. */
  static VerificationOutcome failure(Kind kind, String explanation, String rfcSection) {
    return new VerificationOutcome(kind, explanation, rfcSection, Optional.empty());
  }

  static VerificationOutcome ok(String user, String explanation) {
    return new VerificationOutcome(Kind.OK, explanation, Kind.OK.rfcSection(), Optional.of(user));
  }

  public boolean isOk() {
    return kind == Kind.OK;
  }

  public Reaction reaction() {
    return kind.reaction();
  }
}
