package org.siplab.scenario.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.siplab.message.SipUri;
import org.siplab.sdp.Codec;

/**
 * A phone: a user agent client and server (RFC 3261 section 8).
 *
 * @param user the digest username (default: the AOR's user part)
 * @param proxies outbound proxies, tried in order; empty to send straight to the target
 * @param registrar where it registers (default: the first proxy); empty when it has none
 * @param codecs what it offers and accepts, in order of preference
 * @param cancelAfter as the caller, CANCEL a call still unanswered after this long
 * @param maxForwards the Max-Forwards of the requests it starts (section 8.1.1.6)
 */
public record PhoneSpec(
    ElementCore core,
    SipUri aor,
    Optional<String> password,
    String user,
    Optional<String> displayName,
    List<String> proxies,
    Optional<String> registrar,
    List<Codec> codecs,
    OfferMode offer,
    RegisterPolicy register,
    AnswerPolicy answer,
    Optional<Duration> cancelAfter,
    int maxForwards)
    implements ElementSpec {

  public PhoneSpec {
    proxies = List.copyOf(proxies);
    codecs = List.copyOf(codecs);
  }

  /** Whether the INVITE carries an SDP offer or leaves the offer to the answer (delayed offer). */
  public enum OfferMode {
    SDP,
    NONE
  }

  /**
   * How the phone registers.
   *
   * @param expires the Expires it asks for
   * @param refresh whether it registers again before the binding expires
   * @param q the q-value of its contact (section 10.2.1.2), as written, or empty for none
   */
  public record RegisterPolicy(Duration expires, boolean refresh, Optional<String> q) {}

  /**
   * How the phone answers an incoming call by itself.
   *
   * @param after how long it waits before the final response
   * @param finalStatus 200 to answer, 400-699 to refuse; empty to never answer (let it ring)
   * @param ringing whether it sends 180 Ringing first
   * @param earlyMedia whether it sends 183 Session Progress with SDP first
   */
  public record AnswerPolicy(
      Duration after, OptionalInt finalStatus, boolean ringing, boolean earlyMedia) {}
}
