package org.siplab.element.redirect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.siplab.dialog.Dialog;
import org.siplab.element.UserAgentElement;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.message.Uri;
import org.siplab.sim.Endpoint;
import org.siplab.transaction.ClientTransaction;
import org.siplab.transaction.ServerTransaction;
import org.siplab.transaction.TimerName;
import org.siplab.transaction.Transaction;

/**
 * A tiny calling phone that follows redirects as section 8.1.3.4 says: the Contacts of a 3xx go
 * into its target set (each URI at most once), and it tries them in order with a new INVITE that
 * keeps the Call-ID, From and To and takes the next CSeq, moving on after a failure.
 */
final class Caller extends UserAgentElement {

  private final String user;
  private final List<Uri> targets = new ArrayList<>();
  private final Set<String> tried = new LinkedHashSet<>();
  private SipRequest last;
  /** Whether a 3xx is followed at all. */
  boolean followsRedirects = true;
  /** "STATUS METHOD" of every response, in order. */
  final List<String> seen = new ArrayList<>();

  Caller(String name, String user) {
    super(name);
    this.user = user;
  }

  @Override
  public String kind() {
    return "phone";
  }

  @Override
  protected void started() {
    core().contact(NameAddress.of(SipUri.of(user, context().endpoint().address(),
        context().endpoint().port())));
  }

  /** Sends a {@code method} request for {@code target} to the server at {@code server}. */
  ClientTransaction call(Method method, SipUri target, Endpoint server) {
    tried.add(target.toString());
    last = core().newRequest(method, target,
        NameAddress.of(SipUri.of(user, "atlanta.example.com")), NameAddress.of(target)).build();
    return core().send(last, server);
  }

  @Override
  public void onResponse(SipResponse response, ClientTransaction transaction, Dialog dialog) {
    seen.add(response.status() + " " + response.cseq().method());
    if (response.statusClass() == 3) {
      for (NameAddress contact : response.contacts()) {
        // Section 8.1.3.4: "a client processing 3xx class responses MUST NOT add any given URI
        // to the target set more than once".
        if (tried.add(contact.uri().toString())) {
          targets.add(contact.uri());
        }
      }
    }
    if (response.statusClass() >= 3 && !targets.isEmpty() && followsRedirects) {
      // After the transaction has sent its ACK for the 3xx (section 17.1.1.3), as in RFC 3665
      // section 3.6, where F3 (ACK) precedes F4 (the new INVITE): the layer passes the response
      // up before it sends the ACK, so the new request waits for a timer of no duration.
      context().timers().start(name(), "follow redirect", 0, this::tryNext);
    }
  }

  /**
   * Section 8.1.3.4: the new request copies the target into the Request-URI; it is the same
   * request otherwise, so Call-ID, From (with its tag) and To stay, and the CSeq goes up.
   */
  private void tryNext() {
    Uri target = targets.remove(0);
    last = SipRequest.builder(last.method(), target)
        .fields(last.without(HeaderName.CSEQ).headers())
        .cseq(last.cseq().number() + 1, last.method())
        .build();
    core().send(last);
  }

  @Override
  public void onRequest(SipRequest request, ServerTransaction transaction, Dialog dialog) {
    core().respond(transaction, core().responseTo(transaction, 200).build());
  }

  @Override
  public void onTimedOut(Transaction transaction, TimerName timer) {
    seen.add("timeout " + timer.label());
  }
}
