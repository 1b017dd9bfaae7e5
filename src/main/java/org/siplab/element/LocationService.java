package org.siplab.element;

import java.util.List;
import java.util.Objects;
import org.siplab.message.NameAddress;

/**
 * The location service of RFC 3261 section 10: which contacts an address-of-record is bound to
 * now. A registrar writes it; proxies and redirect servers read it (section 16.5, 8.3). It is an
 * abstract service in the RFC; here elements share it in memory, not over SIP.
 */
public interface LocationService {

  /**
   * A contact bound to an address-of-record.
   *
   * @param expiresAtUs when the binding expires, in virtual time
   * @param q the contact's preference, 0 to 1 (section 20.10; 1 when not given... see the
   *     registrar), used to order forking
   */
  record Binding(String aor, NameAddress contact, double q, long expiresAtUs, String callId,
      long cseq) {
    public Binding {
      Objects.requireNonNull(aor, "aor");
      Objects.requireNonNull(contact, "contact");
    }
  }

  /**
   * The bindings of an address-of-record that have not expired, highest q first, ties in the
   * order they were registered. {@code aorKey} is {@link org.siplab.message.SipUri#aorKey()}.
   */
  List<Binding> lookup(String aorKey);

  /** Whether the service knows the address-of-record at all (a user of its domain). */
  boolean knows(String aorKey);
}
