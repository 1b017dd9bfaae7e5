package org.siplab.element;

/**
 * What an element reports for the trace beyond its messages, transactions and dialogs: registrar
 * bindings, media sessions, state changes and decisions. All calls are synchronous and in order.
 */
public interface ElementEvents {

  ElementEvents NONE = new ElementEvents() {};

  /**
   * A registrar binding changed (RFC 3261 section 10.3).
   *
   * @param action added, refreshed, removed or expired
   * @param expiresUs when it expires, in virtual time (0 when removed or expired)
   */
  default void binding(String element, String aor, String contact, String action,
      long expiresUs) {}

  /**
   * A media session started or ended (it is not simulated packet by packet).
   *
   * @param action start or end
   */
  default void media(String element, String peer, String action, String codec, String localRtp,
      String remoteRtp) {}

  /** The element's state changed ({@code idle} to {@code calling}). */
  default void state(String element, String from, String to) {}

  /**
   * A decision the messages alone do not show ("gives up: the registrar refused the credentials
   * again", "no binding for sip:bob@biloxi.example.com").
   */
  default void note(String element, String action, String detail) {}
}
