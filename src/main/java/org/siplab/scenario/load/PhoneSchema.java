package org.siplab.scenario.load;

import static org.siplab.scenario.load.ActionSpec.Param.ADDRESS;
import static org.siplab.scenario.load.ActionSpec.Param.TARGET;
import static org.siplab.scenario.load.ActionSpec.Param.TEXT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.siplab.message.SipUri;
import org.siplab.scenario.model.Duration;
import org.siplab.scenario.model.ElementCore;
import org.siplab.scenario.model.ElementKind;
import org.siplab.scenario.model.Options;
import org.siplab.scenario.model.PhoneSpec;
import org.siplab.scenario.model.PhoneSpec.AnswerPolicy;
import org.siplab.scenario.model.PhoneSpec.OfferMode;
import org.siplab.scenario.model.PhoneSpec.RegisterPolicy;
import org.siplab.sdp.Codec;
import org.siplab.sdp.CodecRegistry;
import org.snakeyaml.engine.v2.nodes.MappingNode;

/** The table of a phone: its keys, actions, events, states and misbehaviours. */
final class PhoneSchema {

  static final Key<Duration> EXPIRES = Key.withDefault("expires", new ExpiresType(),
      Duration.ofSeconds(3600), "the Expires it asks for");
  static final Key<Boolean> REFRESH = Key.withDefault("refresh", Types.bool(), true,
      "register again before the binding expires");
  static final Key<String> Q = Key.optional("q", new QValueType(), "the preference of its contact"
      + " among the AOR's bindings (section 10.2.1.2), which a proxy forking in sequence and a"
      + " redirect server order by");
  static final MappingSchema REGISTER_KEYS = new MappingSchema("register",
      List.of(EXPIRES, REFRESH, Q));

  static final Key<Duration> AFTER = Key.withDefault("after", Types.duration(), Duration.ZERO,
      "how long it waits before the final response");
  static final Key<Integer> WITH = Key.withDefault("with", new AnswerWithType(), 200,
      "the final response: answer (200), busy (486), decline (603), unavailable (480),"
          + " no-answer (none, it keeps ringing) or a status from 400 to 699 but 401 and 407"
          + " (a 401 must carry a challenge and 407 is a proxy's: a registrar with users or a"
          + " proxy with auth challenges) and 420, 421 and 423 (they name an extension or"
          + " expiration a call never asks for); a 405 lists in Allow the methods the phone"
          + " takes but INVITE, a 415 the formats it accepts");
  static final Key<Boolean> RINGING = Key.withDefault("ringing", Types.bool(), true,
      "send 180 Ringing first");
  static final Key<Boolean> EARLY_MEDIA = Key.withDefault("early-media", Types.bool(), false,
      "send 183 Session Progress with SDP first");
  static final MappingSchema ANSWER_KEYS = new MappingSchema("answer",
      List.of(AFTER, WITH, RINGING, EARLY_MEDIA));

  static final Key<SipUri> AOR = Key.required("aor", Types.aor(),
      "its address of record, such as sip:alice@example.com");
  static final Key<String> PASSWORD = Key.optional("password", Types.text(),
      "the password it answers digest challenges with");
  static final Key<String> USER = Key.computed("user", Types.word(), "the AOR's user",
      "the digest username");
  static final Key<String> DISPLAY_NAME = Key.optional("display-name", Types.line(),
      "the display name in its From header");
  static final Key<List<String>> PROXY = Key.optional("proxy",
      Types.oneOrList(Types.element(ElementKind.PROXY, ElementKind.PBX)),
      "its outbound proxy, or a list of them tried in order; none sends straight to the target");
  static final Key<String> REGISTRAR = Key.computed("registrar",
      Types.element(ElementKind.REGISTRAR, ElementKind.PROXY, ElementKind.PBX), "the first proxy",
      "where it sends REGISTER");
  static final Key<List<Codec>> CODECS = Key.withDefault("codecs", Types.listOf(codec()),
      List.of(CodecRegistry.PCMU, CodecRegistry.PCMA),
      "what it offers and accepts, by preference, from: " + codecNames());
  static final Key<OfferMode> OFFER = Key.withDefault("offer",
      Types.choice("offer mode", OfferMode.class), OfferMode.SDP,
      "sdp: the INVITE carries the offer; none: delayed offer, the 200 OK carries it");
  static final Key<Options> REGISTER = Key.withDefault("register", Types.record(REGISTER_KEYS),
      REGISTER_KEYS.defaults(), "how it registers");
  static final Key<Options> ANSWER = Key.withDefault("answer", Types.record(ANSWER_KEYS),
      ANSWER_KEYS.defaults(), "how it answers an incoming call by itself");
  static final Key<Duration> CANCEL_AFTER = Key.optional("cancel-after", Types.duration(),
      "as the caller, CANCEL a call still unanswered after this long");
  static final Key<Long> MAX_FORWARDS = Key.withDefault("max-forwards", Types.integer(0, 255),
      70L, "the Max-Forwards of the requests it starts (8.1.1.6: 70); 0 or 1 shows a proxy's 483"
          + " Too Many Hops (16.3 step 3)");

  static final KindSchema SCHEMA = KindSchema.of(ElementKind.PHONE, PhoneSchema::build)
      .keys(AOR, PASSWORD, USER, DISPLAY_NAME, PROXY, REGISTRAR, CODECS, OFFER, REGISTER, ANSWER,
          CANCEL_AFTER, MAX_FORWARDS)
      .actions(
          ActionSpec.of("register", "send REGISTER to its registrar"),
          ActionSpec.of("unregister", "remove its own binding (REGISTER with Expires: 0)"),
          ActionSpec.of("unregister-all", "remove every binding of its AOR (Contact: *)"),
          ActionSpec.of("query", "ask its registrar for the bindings (REGISTER without Contact)"),
          ActionSpec.of("call", "send INVITE to a phone or a SIP URI", TARGET),
          ActionSpec.of("answer", "answer the ringing call with 200 OK"),
          ActionSpec.of("decline", "refuse the ringing call with 603 Decline"),
          ActionSpec.of("busy", "refuse the ringing call with 486 Busy Here"),
          ActionSpec.of("hangup", "end the call with BYE"),
          ActionSpec.of("cancel", "CANCEL the call it is making, before it is answered"),
          ActionSpec.of("hold", "put the call on hold (re-INVITE, a=sendonly)"),
          ActionSpec.of("resume", "take the call off hold (re-INVITE, a=sendrecv)"),
          ActionSpec.of("reinvite", "send a re-INVITE that keeps the session as it is"),
          ActionSpec.of("move", "advertise a new IP address in its Contact and SDP, as a phone"
              + " moving between networks (RFC 3665 3.7), with a re-INVITE when in a call; its"
              + " datagrams still leave from its own address",
              ADDRESS),
          ActionSpec.of("options", "send OPTIONS to a phone or a SIP URI", TARGET),
          ActionSpec.of("info", "send INFO inside the call"),
          ActionSpec.of("message", "send MESSAGE with the text to a phone or a SIP URI",
              TARGET, TEXT))
      .events(
          Term.of("registered", "a REGISTER it sent got a 2xx"),
          Term.of("registration-failed", "a REGISTER it sent got a final error or timed out"),
          Term.of("incoming", "an INVITE for a new call arrived"),
          Term.of("ringing", "as the caller, a provisional response above 100 (180, 183) arrived;"
              + " as the callee, it started alerting its user"),
          Term.of("answered", "as the caller, a 2xx to its INVITE arrived; as the callee, it"
              + " sent its 200"),
          Term.of("in-call", "a call was established, as caller or callee"),
          Term.of("ended", "a call ended with BYE, sent or received"),
          Term.of("failed", "a call attempt got a final error or timed out"))
      .states(
          Term.of("idle", "not registered and not in a call"),
          Term.of("registered", "registered, not in a call"),
          Term.of("calling", "as the caller, sent an INVITE and got nothing but 100 Trying yet"),
          Term.of("ringing", "as the callee, alerting its user (whether or not it sent 180)"),
          Term.of("answered", "as the callee, sent its 200, which confirms the dialog (12.1.1),"
              + " and waits for the ACK; without one in 64*T1 it ends the call with BYE"
              + " (13.3.1.4)"),
          Term.of("early", "as the caller, a provisional response above 100 (180, 183)"
              + " came back; the call is not answered yet"),
          Term.of("in-call", "in an established call"),
          Term.of("on-hold", "in a call that is on hold"),
          Term.of("ended", "its last call has ended"))
      .misbehaviours(
          Term.of("reuse-cseq", "a new request in a dialog repeats the previous CSeq number"
              + " (12.2.1.1)"),
          Term.of("lower-cseq", "a new request in a dialog has a lower CSeq (12.2.1.1)"),
          Term.of("ack-wrong-cseq", "the ACK for a 2xx has another CSeq than the INVITE"
              + " (13.2.2.4)"),
          Term.of("new-call-id-on-retry", "a request resent with credentials has a new Call-ID"
              + " (8.1.3.5)"),
          Term.of("new-from-tag-on-retry", "a request resent with credentials has a new From"
              + " tag (8.1.3.5)"),
          Term.of("no-magic-cookie", "Via branches lack the z9hG4bK magic cookie (8.1.1.7)"),
          Term.of("drop-to-tag", "its responses above 100 lack the To tag, except a 2xx to"
              + " INVITE (8.2.6.2)"),
          Term.of("drop-from-tag", "requests lack the From tag (8.1.1.3)"),
          Term.of("reuse-branch", "a new transaction reuses a Via branch (8.1.1.7)"),
          Term.of("wrong-response-cseq", "its responses carry another CSeq than the request,"
              + " except a 2xx to INVITE (8.2.6.2)"),
          Term.of("missing-colon", "requests outside a dialog carry a header line without its"
              + " colon, 'User-Agent siplab' (7.3.1)"),
          Term.of("huge-cseq", "requests outside a dialog number their CSeq from 2**31 (8.1.1.5)"),
          Term.of("renumber-retransmissions", "each retransmission of a request takes the next"
              + " CSeq number (17.1.1.2)"),
          Term.of("cancel-wrong-cseq", "its CANCEL carries another CSeq number than the INVITE"
              + " (9.1)"),
          Term.of("accept-lower-cseq", "takes a request with a lower CSeq in a dialog instead of"
              + " answering 500 (12.2.2)"),
          Term.of("reuse-register-cseq", "each REGISTER repeats the CSeq of the one before"
              + " (10.2)"),
          Term.of("new-call-id-in-dialog", "requests in a dialog carry a new Call-ID (8.1.1.4)"),
          Term.of("new-call-id-on-refresh", "each REGISTER refreshing its binding has a new"
              + " Call-ID (10.2)"),
          Term.of("change-to-tag", "each provisional response it makes has a new To tag"
              + " (8.2.6.2)"),
          Term.of("no-to-tag-in-dialog", "requests in a dialog lack the To tag (12.2.1.1)"),
          Term.of("add-via-to-response", "its responses carry a Via of its own below the"
              + " request's (8.2.6.2)"),
          Term.of("contact-in-bye", "its BYE carries a Contact, which Table 2 marks not"
              + " applicable to BYE (20)"),
          Term.of("cancel-other-uri", "its CANCEL's Request-URI names the address the INVITE"
              + " was sent to, not the INVITE's host (9.1)"),
          Term.of("half-t1", "its transactions and 2xx retransmissions run on half the"
              + " scenario's T1, still doubling (17.1.1.2)"),
          Term.of("no-backoff", "its client transactions retransmit every T1 without doubling"
              + " (17.1.1.2, 17.1.2.2)"),
          Term.of("retransmit-after-timeout", "sends a request twice more after Timer B or F"
              + " ended its transaction (17.1.1.2, 17.1.2.2)"),
          Term.of("replay-nonce-count", "every request signed with one nonce carries nonce"
              + " count 1, like a replay (22.4; RFC 2617 3.2.2)"))
      .build();

  private PhoneSchema() {}

  private static PhoneSpec build(ElementCore core, Options o, MappingNode node, ReadContext ctx) {
    SipUri aor = AOR.from(o);
    List<String> proxies = PROXY.in(o).orElse(List.of());
    Optional<String> registrar = REGISTRAR.in(o).or(() -> proxies.stream().findFirst());
    Options register = REGISTER.from(o);
    Options answer = ANSWER.from(o);
    int status = WITH.from(answer);
    List<Codec> codecs = CODECS.from(o);
    List<Codec> distinct = codecs.stream().distinct().toList();
    if (distinct.size() < codecs.size()) {
      // An SDP offer lists each payload type once (RFC 4566 section 5.14).
      Codec twice = codecs.stream().filter(c -> codecs.indexOf(c) != codecs.lastIndexOf(c))
          .findFirst().orElseThrow();
      ctx.error(o.position(CODECS.name()).orElseThrow(), "codecs lists " + twice.encodingName()
          + " twice; expected each codec once, in order of preference");
      return null;
    }
    if (codecs.stream().allMatch(Codec::isTelephoneEvent)) {
      // A call needs a voice codec to offer or accept; telephone-event (RFC 4733) only rides
      // along with one.
      ctx.error(o.position(CODECS.name()).orElseThrow(), "codecs " + codecs.stream()
          .map(Codec::encodingName).toList() + " has no voice codec; expected at least one of "
          + voiceCodecNames());
      return null;
    }
    return new PhoneSpec(core, aor, PASSWORD.in(o), USER.in(o).orElse(aor.userUnescaped()),
        DISPLAY_NAME.in(o), proxies, registrar, codecs, OFFER.from(o),
        new RegisterPolicy(EXPIRES.from(register), REFRESH.from(register), Q.in(register)),
        new AnswerPolicy(AFTER.from(answer),
            status == AnswerWithType.NO_ANSWER ? OptionalInt.empty() : OptionalInt.of(status),
            RINGING.from(answer), EARLY_MEDIA.from(answer)),
        CANCEL_AFTER.in(o), (int) (long) MAX_FORWARDS.from(o));
  }

  private static ScalarType<Codec> codec() {
    Map<String, Codec> codecs = new LinkedHashMap<>();
    CodecRegistry.all().forEach(c -> codecs.put(c.encodingName(), c));
    // G.711 is one codec to people and two payload formats to SDP (RFC 3551 section 4.5.14),
    // and G711 is a letter from G722, a codec of another kind.
    String both = "did you mean 'PCMU' or 'PCMA'? (SDP names G.711 by its law: PCMU mu-law,"
        + " PCMA A-law)";
    String mu = "did you mean 'PCMU'? (SDP's name for G.711 mu-law)";
    String a = "did you mean 'PCMA'? (SDP's name for G.711 A-law)";
    return new ChoiceType<>("codec", codecs).withOtherNames(Map.of("g711", both, "g.711", both,
        "g711u", mu, "g711-ulaw", mu, "ulaw", mu, "mulaw", mu, "g711a", a, "g711-alaw", a,
        "alaw", a));
  }

  private static String voiceCodecNames() {
    return String.join(", ", CodecRegistry.all().stream().filter(c -> !c.isTelephoneEvent())
        .map(Codec::encodingName).toList());
  }

  private static String codecNames() {
    return String.join(", ", CodecRegistry.all().stream().map(Codec::encodingName).toList());
  }
}
