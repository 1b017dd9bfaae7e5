package org.siplab.element.registrar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.siplab.element.LocationService.Binding;
import org.siplab.message.NameAddress;
import org.siplab.message.SipRequest;
import org.siplab.message.SipUri;
import org.siplab.message.Uri;

/**
 * Steps 6 and 7 of RFC 3261 section 10.3 as a calculation: from the bindings an address-of-record
 * has now and one REGISTER, the changes to make, or why the request fails. Nothing changes here:
 * section 10.3 says REGISTER requests "MUST also be processed atomically", and step 7 that "The
 * binding updates MUST be committed ... if and only if all binding updates and additions succeed",
 * so the caller commits the whole list or nothing.
 */
final class BindingUpdate {

  /**
   * What happens to one binding; the words are the trace's binding actions. CLEARED is a removal
   * by {@code Contact: *} (step 6), REMOVED one by an expiration of 0 (step 7).
   */
  enum Action {
    ADDED, REFRESHED, REMOVED, CLEARED;

    String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One change: the new binding when added or refreshed, the old one when removed. */
  record Change(Action action, Binding binding) {}

  /** The outcome of a REGISTER for the bindings. */
  sealed interface Outcome permits Accepted, Failed {}

  /**
   * The changes to commit, and what a misbehaving registrar let through against the RFC (empty
   * when it behaves).
   */
  record Accepted(List<Change> changes, List<String> overlooked) implements Outcome {}

  /** The request fails with {@code status}: 423 or 500; nothing is committed. */
  record Failed(int status, String explanation) implements Outcome {}

  private final String aor;
  private final List<Binding> current;
  private final String callId;
  private final long cseq;
  private final boolean ignoreCseqOrder;
  private final List<Change> changes = new ArrayList<>();
  private final List<String> overlooked = new ArrayList<>();

  private BindingUpdate(String aor, List<Binding> current, SipRequest register,
      boolean ignoreCseqOrder) {
    this.aor = aor;
    this.current = current;
    this.callId = register.callId();
    this.cseq = register.cseq().number();
    this.ignoreCseqOrder = ignoreCseqOrder;
  }

  /**
   * Step 6, {@code Contact: *} with {@code Expires: 0}: "the registrar checks whether the Call-ID
   * agrees with the value stored for each binding. If not, it MUST remove the binding. If it does
   * agree, it MUST remove the binding only if the CSeq in the request is higher than the value
   * stored for that binding. Otherwise, the update MUST be aborted and the request fails."
   */
  static Outcome removeAll(String aor, List<Binding> current, SipRequest register,
      RegistrarConfig config) {
    BindingUpdate update = new BindingUpdate(aor, current, register,
        config.misbehaves(RegistrarConfig.Misbehaviour.IGNORE_CSEQ_ORDER));
    for (Binding b : current) {
      Outcome failed = update.isOutOfOrder(b) ? update.outOfOrder(b, "6") : null;
      if (failed != null) {
        return failed;
      }
      update.changes.add(new Change(Action.CLEARED, b));
    }
    return new Accepted(update.changes, update.overlooked);
  }

  /** Step 7: each contact address of the request in turn. */
  static Outcome apply(String aor, List<Binding> current, SipRequest register,
      RegistrarConfig config, long nowUs) {
    BindingUpdate update = new BindingUpdate(aor, current, register,
        config.misbehaves(RegistrarConfig.Misbehaviour.IGNORE_CSEQ_ORDER));
    for (NameAddress contact : register.contacts()) {
      long requestedUs = Expiration.requestedUs(contact, register, config);
      Expiration.Choice choice = Expiration.choose(requestedUs, config);
      if (choice.tooBrief()) {
        return new Failed(423, String.format(Locale.ROOT, "%s asks for %d s, less than the %d s"
            + " this registrar accepts at least (RFC 3261 section 10.3 step 7)", contact.uri(),
            Expiration.secondsUp(requestedUs), Expiration.secondsUp(config.minExpiresUs())));
      }
      Outcome failed = update.contact(contact, choice.grantedUs(), nowUs);
      if (failed != null) {
        return failed;
      }
    }
    return new Accepted(update.changes, update.overlooked);
  }

  /**
   * Step 7: "the registrar then searches the list of current bindings using the URI comparison
   * rules. If the binding does not exist, it is tentatively added. If the binding does exist, the
   * registrar checks the Call-ID value. If the Call-ID value in the existing binding differs from
   * the Call-ID value in the request, the binding MUST be removed if the expiration time is zero
   * and updated otherwise. If they are the same, the registrar compares the CSeq value. If the
   * value is higher than that of the existing binding, it MUST update or remove the binding as
   * above. If not, the update MUST be aborted and the request fails."
   *
   * @return the failure, or null when the contact was taken in
   */
  private Outcome contact(NameAddress contact, long grantedUs, long nowUs) {
    Binding existing = find(current, contact.uri());
    // "Each binding record records the Call-ID and CSeq values from the request."
    Binding updated = new Binding(aor, contact.withoutParameter("expires"), preference(contact),
        nowUs + grantedUs, callId, cseq);
    if (existing == null) {
      replace(contact.uri(), grantedUs == 0 ? null : new Change(Action.ADDED, updated));
      return null;
    }
    Outcome failed = isOutOfOrder(existing) ? outOfOrder(existing, "7") : null;
    if (failed != null) {
      return failed;
    }
    replace(contact.uri(), grantedUs == 0 ? new Change(Action.REMOVED, existing)
        : new Change(Action.REFRESHED, updated));
    return null;
  }

  /** A contact named twice in one REGISTER: the later mention wins. */
  private void replace(Uri contact, Change change) {
    changes.removeIf(c -> sameAddress(c.binding().contact().uri(), contact));
    if (change != null) {
      changes.add(change);
    }
  }

  /** Same Call-ID and a CSeq that is not higher: an older or repeated request. */
  private boolean isOutOfOrder(Binding existing) {
    return existing.callId().equals(callId) && cseq <= existing.cseq();
  }

  /** The failure of an out-of-order request, or null when a misbehaving registrar overlooks it. */
  private Outcome outOfOrder(Binding existing, String step) {
    String why = String.format(Locale.ROOT, "CSeq %d is not higher than CSeq %d stored for the"
        + " binding of %s with the same Call-ID: an out-of-order REGISTER fails"
        + " (RFC 3261 section 10.3 step %s)", cseq, existing.cseq(), existing.contact().uri(),
        step);
    if (!ignoreCseqOrder) {
      return new Failed(500, why);
    }
    overlooked.add(why);
    return null;
  }

  /**
   * The contact's q (section 20.10), kept with the binding to order forking. RFC 3261 gives no
   * value for a contact without one; siplab takes 1, the highest, as most registrars do.
   */
  static double preference(NameAddress contact) {
    double q = contact.q();
    return q < 0 ? 1.0 : q;
  }

  /** The binding of {@code contact} among {@code bindings}, by the URI comparison rules. */
  static Binding find(List<Binding> bindings, Uri contact) {
    for (Binding b : bindings) {
      if (sameAddress(b.contact().uri(), contact)) {
        return b;
      }
    }
    return null;
  }

  /**
   * Section 19.1.4 for SIP and SIPS URIs; other schemes (a mailto: contact, as in RFC 3665 2.2)
   * are compared as written, with the scheme in any case.
   */
  static boolean sameAddress(Uri a, Uri b) {
    if (a instanceof SipUri sa && b instanceof SipUri sb) {
      return sa.equivalentTo(sb);
    }
    return a.scheme().equals(b.scheme()) && a.toString().substring(a.scheme().length())
        .equals(b.toString().substring(b.scheme().length()));
  }
}
