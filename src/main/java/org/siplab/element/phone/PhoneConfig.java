package org.siplab.element.phone;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.siplab.message.SipUri;
import org.siplab.sdp.Codec;
import org.siplab.sdp.CodecRegistry;

/**
 * How a phone is set up: one component for each key of a phone in a scenario file, with the same
 * names in camelCase, so that a scenario runner maps them one to one. {@link #of(String)} gives
 * the defaults; the {@code with...} methods change one key.
 *
 * @param aor the address of record, the phone's public name ({@code sip:alice@example.com}); it
 *     must name a user
 * @param password the password it answers digest challenges with; without one a challenge ends
 *     the attempt
 * @param user the digest username (usually the AOR's user)
 * @param displayName the display name in its From and To
 * @param proxies the outbound proxies, element names, tried in order (RFC 3665 section 3.4); empty
 *     to send requests outside a dialog straight to their target
 * @param registrar the element it registers with; empty for the first proxy or, with no proxy, the
 *     element that serves the AOR's domain
 * @param codecs what it offers and accepts, most preferred first
 * @param offer whether its INVITE carries the SDP offer or leaves it to the 2xx
 * @param register how it registers
 * @param answer how it answers an incoming call by itself
 * @param cancelAfterUs as the caller, how long it lets a call go unanswered before it CANCELs it;
 *     empty for never
 * @param misbehave deliberate RFC violations, for teaching
 * @param maxForwards the Max-Forwards of the requests the phone starts itself (section 8.1.1.6:
 *     "SHOULD be 70"); a small value lets a scenario show a proxy's 483 (section 16.3 step 3).
 *     The ACK of a 2xx and a CANCEL keep 70, as the dialog and transaction layers build them.
 */
public record PhoneConfig(
    SipUri aor,
    Optional<String> password,
    String user,
    Optional<String> displayName,
    List<String> proxies,
    Optional<String> registrar,
    List<Codec> codecs,
    Offer offer,
    Register register,
    Answer answer,
    OptionalLong cancelAfterUs,
    Set<Misbehaviour> misbehave,
    int maxForwards) {

  /** Section 8.1.1.6: Max-Forwards "SHOULD be 70". */
  public static final int DEFAULT_MAX_FORWARDS = 70;

  /** Whether the INVITE carries the offer (sdp) or the 2xx does and the ACK answers (none). */
  public enum Offer {
    SDP,
    NONE
  }

  /**
   * How the phone registers (RFC 3261 section 10.2).
   *
   * @param expires the Expires it asks for, in seconds
   * @param refresh whether it registers again before the registrar's granted expiry runs out
   * @param q the q-value its Contact carries (section 10.2.1.2: "a relative preference for the
   *     particular Contact header field value"), as written, or null for none
   */
  public record Register(long expires, boolean refresh, String q) {

    public static final Register DEFAULT = new Register(3600, true);

    public Register {
      if (expires < 0 || expires > 0xFFFF_FFFFL) {
        throw new IllegalArgumentException("expires is 0 to 2**32-1 seconds: " + expires);
      }
      if (q != null && !q.matches("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?")) {
        throw new IllegalArgumentException("a q-value is 0 to 1, at most three decimals"
            + " (section 20.10): " + q);
      }
    }

    public Register(long expires, boolean refresh) {
      this(expires, refresh, null);
    }
  }

  /**
   * How the phone answers an incoming call by itself.
   *
   * @param afterUs how long after the INVITE it gives its final response
   * @param with the final response: 200 to answer, 400-699 but 401 and 407 to refuse; empty
   *     never to answer (it rings until the caller gives up); see {@link #with(String)} for the
   *     words
   * @param ringing whether it sends 180 Ringing first
   * @param earlyMedia whether it sends 183 Session Progress with its SDP answer first
   */
  public record Answer(long afterUs, OptionalInt with, boolean ringing, boolean earlyMedia) {

    public static final Answer DEFAULT = new Answer(0, OptionalInt.of(200), true, false);

    public Answer {
      if (afterUs < 0) {
        throw new IllegalArgumentException("afterUs is not negative: " + afterUs);
      }
      Objects.requireNonNull(with, "with");
      with.ifPresent(status -> {
        if (status != 200 && (status < 400 || status > 699)) {
          throw new IllegalArgumentException("a phone answers 200 or refuses with 400-699, not "
              + status);
        }
        // Sections 20.44 and 20.27: a 401 MUST carry WWW-Authenticate and a 407
        // Proxy-Authenticate; a phone that only refuses has no challenge to put there.
        if (status == 401 || status == 407) {
          throw new IllegalArgumentException("a phone does not refuse with " + status + ": it"
              + " would need a digest challenge it has not (sections 20.44, 20.27)");
        }
        // Sections 8.2.2.3, 21.4.15 and 10.3 step 7: a 420, 421 or 423 names what the request
        // asked for (an extension, an expiration), which a call in siplab never does.
        if (status == 420 || status == 421 || status == 423) {
          throw new IllegalArgumentException("a phone does not refuse a call with " + status
              + ": its required header would name what the call never asked for (sections"
              + " 8.2.2.3, 21.4.15, 10.3)");
        }
      });
    }

    /**
     * The status a scenario's word stands for: answer 200, busy 486, decline 603, unavailable
     * 480, no-answer none, or the status code itself.
     */
    public static OptionalInt with(String word) {
      switch (word) {
        case "answer":
          return OptionalInt.of(200);
        case "busy":
          return OptionalInt.of(486);
        case "decline":
          return OptionalInt.of(603);
        case "unavailable":
          return OptionalInt.of(480);
        case "no-answer":
          return OptionalInt.empty();
        default:
          try {
            return OptionalInt.of(Integer.parseInt(word));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("answer with what? " + word);
          }
      }
    }
  }

  public PhoneConfig {
    Objects.requireNonNull(aor, "aor");
    if (aor.user() == null) {
      throw new IllegalArgumentException("an address of record names a user: " + aor);
    }
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(displayName, "displayName");
    proxies = List.copyOf(proxies);
    Objects.requireNonNull(registrar, "registrar");
    codecs = List.copyOf(codecs);
    if (codecs.stream().allMatch(Codec::isTelephoneEvent)) {
      throw new IllegalArgumentException("a phone needs a voice codec: " + codecs);
    }
    Objects.requireNonNull(offer, "offer");
    Objects.requireNonNull(register, "register");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(cancelAfterUs, "cancelAfterUs");
    misbehave = Collections.unmodifiableSet(misbehave.isEmpty()
        ? EnumSet.noneOf(Misbehaviour.class) : EnumSet.copyOf(misbehave));
    if (maxForwards < 0 || maxForwards > 255) {
      throw new IllegalArgumentException("Max-Forwards is 0 to 255 (section 20.22): "
          + maxForwards);
    }
  }

  /** The defaults for the phone of {@code aor}: no password, no proxy, PCMU and PCMA, SDP offer. */
  public static PhoneConfig of(String aor) {
    SipUri uri = SipUris.require(aor, "the aor");
    String user = uri.user() == null ? "" : uri.userUnescaped();
    return new PhoneConfig(uri, Optional.empty(), user, Optional.empty(), List.of(),
        Optional.empty(),
        List.of(CodecRegistry.PCMU, CodecRegistry.PCMA), Offer.SDP, Register.DEFAULT,
        Answer.DEFAULT, OptionalLong.empty(), Set.of(),
        DEFAULT_MAX_FORWARDS);
  }

  /** The element REGISTERs go to: the registrar, else the first proxy, else none. */
  public Optional<String> registrarElement() {
    return registrar.isPresent() ? registrar : proxies.stream().findFirst();
  }

  public PhoneConfig withPassword(String value) {
    return new PhoneConfig(aor, Optional.of(value), user, displayName, proxies, registrar, codecs,
        offer, register, answer, cancelAfterUs, misbehave, maxForwards);
  }

  public PhoneConfig withUser(String value) {
    return new PhoneConfig(aor, password, value, displayName, proxies, registrar, codecs, offer,
        register, answer, cancelAfterUs, misbehave, maxForwards);
  }

  public PhoneConfig withDisplayName(String value) {
    return new PhoneConfig(aor, password, user, Optional.of(value), proxies, registrar, codecs,
        offer, register, answer, cancelAfterUs, misbehave, maxForwards);
  }

  public PhoneConfig withProxies(String... names) {
    return new PhoneConfig(aor, password, user, displayName, List.of(names), registrar, codecs,
        offer, register, answer, cancelAfterUs, misbehave, maxForwards);
  }

  public PhoneConfig withRegistrar(String name) {
    return new PhoneConfig(aor, password, user, displayName, proxies, Optional.of(name), codecs,
        offer, register, answer, cancelAfterUs, misbehave, maxForwards);
  }

  public PhoneConfig withCodecs(Codec... values) {
    return new PhoneConfig(aor, password, user, displayName, proxies, registrar, List.of(values),
        offer, register, answer, cancelAfterUs, misbehave, maxForwards);
  }

  public PhoneConfig withOffer(Offer value) {
    return new PhoneConfig(aor, password, user, displayName, proxies, registrar, codecs, value,
        register, answer, cancelAfterUs, misbehave, maxForwards);
  }

  public PhoneConfig withRegister(Register value) {
    return new PhoneConfig(aor, password, user, displayName, proxies, registrar, codecs, offer,
        value, answer, cancelAfterUs, misbehave, maxForwards);
  }

  public PhoneConfig withAnswer(Answer value) {
    return new PhoneConfig(aor, password, user, displayName, proxies, registrar, codecs, offer,
        register, value, cancelAfterUs, misbehave, maxForwards);
  }

  public PhoneConfig withCancelAfterUs(long value) {
    return new PhoneConfig(aor, password, user, displayName, proxies, registrar, codecs, offer,
        register, answer, OptionalLong.of(value), misbehave, maxForwards);
  }

  public PhoneConfig withMisbehave(Misbehaviour... values) {
    return new PhoneConfig(aor, password, user, displayName, proxies, registrar, codecs, offer,
        register, answer, cancelAfterUs, Set.of(values), maxForwards);
  }

  public PhoneConfig withMaxForwards(int value) {
    return new PhoneConfig(aor, password, user, displayName, proxies, registrar, codecs, offer,
        register, answer, cancelAfterUs, misbehave, value);
  }
}
