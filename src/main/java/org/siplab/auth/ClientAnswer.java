package org.siplab.auth;

/** What a client can do with a challenge: answer it with credentials, or explain why not. */
public sealed interface ClientAnswer {

  /** Credentials to put in Authorization (after a 401) or Proxy-Authorization (after a 407). */
  record Answered(DigestCredentials credentials) implements ClientAnswer {}

  /** The challenge asks for something this client does not implement. */
  record CannotAnswer(String explanation, String rfcSection) implements ClientAnswer {}
}
