package org.siplab.element.pbx;

import org.siplab.dialog.UserAgentCore;
import org.siplab.element.pbx.Dialplan.Place;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.Numeric;
import org.siplab.message.SipRequest;

/**
 * The INVITE of the callee's leg, chan_sip's {@code transmit_invite_with_sdp}: a new request
 * made by a UAC outside any dialog (RFC 3261 section 8.1.1), not a copy of the caller's INVITE.
 * Only the caller's identity and session description are carried over.
 */
final class OutboundInvite {

  /**
   * chan_sip's {@code p->cseq = 100} before {@code ++p->cseq}: its INVITEs start at CSeq 101.
   * Section 8.1.1.5 lets a UAC choose: "The sequence number value MUST be expressible as a 32-bit
   * unsigned integer and MUST be less than 2**31." The caller's CSeq has no meaning here.
   */
  static final long FIRST_CSEQ = 101;

  private OutboundInvite() {}

  /**
   * The new INVITE to {@code place}.
   *
   * @param reuseCallId the {@code reuse-call-id} misbehaviour: take the caller's Call-ID instead
   *     of a new one
   */
  static SipRequest build(UserAgentCore core, SipRequest callerInvite, Place place,
      boolean reuseCallId) {
    // Section 8.1.1.3: "[t]he From field MUST contain a new "tag" parameter, chosen by the UAC";
    // the caller's name and URI are kept, so the callee sees who calls (chan_sip's callerid).
    NameAddress from = callerInvite.from().withoutTag().withTag(core.ids().tag());
    // Section 8.1.1.4: "In a new request created by a UAC outside of any dialog, the Call-ID
    // header field MUST be selected by the UAC as a globally unique identifier over space and
    // time"; reusing the caller's breaks that on purpose.
    String callId = reuseCallId ? callerInvite.callId() : core.ids().callId();
    SipRequest.Builder b = core.newRequest(Method.INVITE, place.target(), from, place.to(),
        callId, FIRST_CSEQ);
    b.header(HeaderName.ALLOW, Pbx.ALLOW); // Section 13.2.1: Allow "SHOULD be present".
    if (callerInvite.bodyLength() > 0 && callerInvite.contentType() != null) {
      // Signalling only: the caller's SDP offer goes to the callee unchanged, so the media
      // flows between the two phones and never through the PBX.
      b.body(callerInvite.contentType(), callerInvite.body());
    }
    return b.build().with(HeaderName.MAX_FORWARDS, new Numeric(hopsLeft(callerInvite)));
  }

  /**
   * The caller's Max-Forwards less one. RFC 3261 asks this only of proxies (section 16.6 step
   * 3), but a B2BUA that restarted at 70 would let two PBXs that dial each other loop for ever;
   * counting down ends such a loop with 483 Too Many Hops.
   */
  static int hopsLeft(SipRequest callerInvite) {
    int received = callerInvite.maxForwards();
    return received < 0 ? 70 : received - 1;
  }
}
