package org.siplab.scenario.model;

import java.util.Map;
import java.util.Optional;
import org.siplab.message.SipUri;
import org.siplab.sim.Endpoint;

/**
 * A PBX, a back-to-back user agent after Asterisk's chan_sip: accounts as in {@code sip.conf},
 * extensions as a one-line dialplan ({@code extensions.conf}).
 *
 * @param context the default dialplan context
 * @param accounts by name, in file order
 * @param extensions by number, in file order
 * @param ringTimeout how long a call waits for the callee to answer (the dialplan's Dial timeout)
 */
public record PbxSpec(
    ElementCore core,
    Optional<String> domain,
    String context,
    Map<String, Account> accounts,
    Map<String, Extension> extensions,
    Duration ringTimeout)
    implements ElementSpec {

  public PbxSpec {
    accounts = Copies.ordered(accounts);
    extensions = Copies.ordered(extensions);
  }

  /** chan_sip's {@code type=}: who may call in, be called, or both. */
  public enum AccountType {
    FRIEND,
    PEER,
    USER
  }

  /**
   * A {@code sip.conf} section.
   *
   * @param host empty for {@code host=dynamic}: the account registers its address
   */
  public record Account(
      String name,
      AccountType type,
      Optional<String> secret,
      Optional<Endpoint> host,
      String context) {}

  /** What dialling {@code number} reaches: an account, or a SIP URI. */
  public record Extension(String number, Optional<String> account, Optional<SipUri> uri) {}
}
