package org.siplab.check;

import java.util.List;

/**
 * The rule catalog, in the order {@code siplab rules} lists it and findings of one event are
 * given: by family (message, CSeq, Call-ID, tags, Via, Max-Forwards, proxy, timers), then by
 * number. Ids are stable: a rule that goes away leaves its id unused.
 */
public final class Catalog {

  private static final List<Rule> RULES = List.of(
      new ReadableMessage(),
      new CseqPresent(),
      new ResponseEchoesCseq(),
      new DialogCseqIncrements(),
      new RetransmissionKeepsCseq(),
      new AckCancelCseq(),
      new AckForSuccessCseq(),
      new LowerCseqGets500(),
      new RegisterCseqIncrements(),
      new DialogCallId(),
      new RegistrationCallId(),
      new RetryKeepsIdentity(),
      new ProxyKeepsCallId(),
      new B2buaLegCallId(),
      new FromTag(),
      new ResponseToTag(),
      new StableToTag(),
      new InDialogTags(),
      new BranchCookie(),
      new UniqueBranch(),
      new ResponseVias(),
      new ProxyAddsVia(),
      new ProxyRemovesVia(),
      new ProxyDecrementsMaxForwards(),
      new ProxyTimeoutAnswers408(),
      new RetransmissionSchedule(RetransmissionSchedule.Timer.A),
      new RetransmissionSchedule(RetransmissionSchedule.Timer.E),
      new RetransmissionSchedule(RetransmissionSchedule.Timer.G),
      new RetransmissionSchedule(RetransmissionSchedule.Timer.SUCCESS),
      new TimeoutEndsTransaction(),
      new NotApplicableHeader(),
      new CancelAckCopies());

  private Catalog() {}

  /** Every rule, in catalog order. */
  public static List<Rule> rules() {
    return RULES;
  }

  /** The rule with this id, or null. */
  public static Rule rule(String id) {
    for (Rule r : RULES) {
      if (r.info().id().equals(id)) {
        return r;
      }
    }
    return null;
  }
}
