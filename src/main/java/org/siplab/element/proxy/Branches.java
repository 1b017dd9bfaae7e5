package org.siplab.element.proxy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.siplab.dialog.IdSource;
import org.siplab.message.Credentials;
import org.siplab.message.NameAddress;
import org.siplab.message.SipRequest;
import org.siplab.message.Via;

/**
 * The branch parameters of the Via values the proxy adds (RFC 3261 section 16.6 step 8), and the
 * loop detection they make possible (section 16.3 step 4).
 *
 * <p>A branch of a forwarded request has two parts, {@code z9hG4bK<random>.<loop key>}: the first
 * "MUST satisfy the constraints of Section 8.1.1.7" (the magic cookie, unique per client
 * transaction), the second "is used to perform loop detection and distinguish loops from spirals".
 * The loop key is an MD5 hash (the section's "reasonable choice", in hexadecimal since "Base64 is
 * not permissible for a token") of what decides how the proxy handles the request: the To and From
 * tags, the Call-ID, the CSeq number, the Request-URI as received, the topmost Via as received,
 * the Route values, the Proxy-Require values and the Proxy-Authorization values of other realms.
 * "The request method MUST NOT be included".
 *
 * <p>When a request comes back carrying one of this proxy's Via values, the Via below it is the
 * one that was topmost when the proxy first saw the request. Computing the key again over the
 * returning request with that Via gives the same key exactly when nothing that matters changed:
 * a loop. A different key is a spiral (the request was retargeted), which is processed normally.
 */
final class Branches {

  private static final int KEY_HEX_DIGITS = 10;

  private final IdSource ids;
  private final ProxyAddress self;
  private final String ownRealm;

  /** {@code ownRealm} is the realm this proxy authenticates, or null. */
  Branches(IdSource ids, ProxyAddress self, String ownRealm) {
    this.ids = ids;
    this.self = self;
    this.ownRealm = ownRealm;
  }

  /** A new branch for a client transaction forwarding {@code received} (section 16.6 step 8). */
  String forClientTransaction(SipRequest received) {
    return ids.branch() + "." + loopKey(received, received.topVia());
  }

  /**
   * The branch for a request forwarded outside any transaction (an ACK for a 2xx). Section 16.11:
   * it "MUST be computed as a combinatoric function of message parameters which are invariant on
   * retransmission", so a retransmitted ACK is forwarded with the same branch; the RECOMMENDED
   * way is a hash of the received branch when it has the magic cookie, else of the fields the
   * section lists.
   */
  String forStatelessForwarding(SipRequest received) {
    Via top = received.topVia();
    String seed = top.hasRfc3261Branch() ? top.branch()
        : String.join("|", top.toString(), tag(received.to()), tag(received.from()),
            received.callId(), Long.toString(received.cseq().number()),
            received.requestUri().toString());
    return Via.MAGIC_COOKIE + md5(seed).substring(0, 16);
  }

  /**
   * Whether {@code via} is one this proxy added to a request it forwarded outside any transaction
   * ({@link #forStatelessForwarding}). Section 16.11 finds such a response by its top Via: "If
   * that address matches the proxy, (it equals a value this proxy has inserted into previous
   * requests)". A branch of a client transaction always has the {@code .} before its loop key;
   * a stateless one, a hexadecimal hash, never does.
   */
  boolean isStateless(Via via) {
    String branch = via.branch();
    return self.wrote(via) && branch != null && via.hasRfc3261Branch()
        && branch.indexOf('.') < 0;
  }

  /**
   * Section 16.3 step 4: whether {@code received} carries a Via of this proxy whose loop key
   * matches the key of the request as it is now, that is, whether it has looped.
   */
  boolean hasLooped(SipRequest received) {
    List<Via> vias = received.vias();
    for (int i = 0; i < vias.size(); i++) {
      Via via = vias.get(i);
      String branch = via.branch();
      if (!self.wrote(via) || branch == null || branch.indexOf('.') < 0) {
        continue;
      }
      Via belowIt = i + 1 < vias.size() ? vias.get(i + 1) : null;
      if (branch.substring(branch.indexOf('.') + 1).equals(loopKey(received, belowIt))) {
        return true;
      }
    }
    return false;
  }

  private String loopKey(SipRequest request, Via topmostAsReceived) {
    StringBuilder fields = new StringBuilder(256)
        .append(tag(request.to())).append('|')
        .append(tag(request.from())).append('|')
        .append(request.callId()).append('|')
        .append(request.cseq().number()).append('|')
        .append(request.requestUri()).append('|')
        .append(topmostAsReceived == null ? "" : topmostAsReceived.toString()).append('|');
    for (NameAddress route : request.routes()) {
      fields.append(route).append(',');
    }
    fields.append('|').append(String.join(",", request.proxyRequire())).append('|');
    for (Credentials credentials : request.proxyAuthorization()) {
      // This proxy removes the credentials for its own realm when it forwards (section 22.3),
      // so they are left out: a request that comes back without them has still looped.
      if (ownRealm == null || !ownRealm.equals(credentials.parameter("realm"))) {
        fields.append(credentials).append(',');
      }
    }
    return md5(fields.toString()).substring(0, KEY_HEX_DIGITS);
  }

  private static String tag(NameAddress party) {
    return party == null || !party.hasTag() ? "" : party.tag();
  }

  private static String md5(String text) {
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      return HexFormat.of().formatHex(md5.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has MD5", e);
    }
  }
}
