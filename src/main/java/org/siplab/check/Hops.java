package org.siplab.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pairs each response with the request it answers on the hop it travels, the way a client
 * transaction matches it (section 17.1.3): the branch of the top Via and the CSeq method, on the
 * reverse of the request's hop. When the top Via was mangled, the Call-ID and CSeq find it instead,
 * so that a response with a wrong Via is still judged against its request; when the CSeq method
 * is wrong, the branch alone does, so that CSEQ-002 can say so.
 *
 * <p>Also pairs the requests that reuse a request's branch on purpose (section 8.1.1.7): a CANCEL
 * with the request it cancels, an ACK with the INVITE whose non-2xx response it acknowledges.
 */
public final class Hops {

  private record BranchKey(String from, String to, String branch, String method) {}

  private record CseqKey(String from, String to, String callId, long number, String method) {}

  private record CallKey(String from, String to, String callId) {}

  private final Map<BranchKey, List<Sent>> byBranch = new HashMap<>();
  private final Map<BranchKey, List<Sent>> byHopBranch = new HashMap<>();
  private final Map<CseqKey, List<Sent>> byCseq = new HashMap<>();
  private final Map<CallKey, List<Sent>> invitesByCall = new HashMap<>();
  private final Sent[] requestOf;
  private final List<List<Sent>> responses;

  Hops(List<Sent> sends) {
    requestOf = new Sent[sends.size()];
    responses = new ArrayList<>(sends.size());
    for (Sent s : sends) {
      responses.add(new ArrayList<>(0));
      if (s.isRequest() && !s.isRetransmission()) {
        index(s);
      } else if (s.isResponse()) {
        Sent request = find(s);
        requestOf[s.index()] = request;
        if (request != null) {
          responses.get(request.index()).add(s);
        }
      }
    }
  }

  /** The first transmission of the request {@code response} answers, or null when none was sent. */
  public Sent requestOf(Sent response) {
    return requestOf[response.index()];
  }

  /** The responses to {@code request} (to any of its transmissions), in send order. */
  public List<Sent> responsesTo(Sent request) {
    return responses.get(request.original().index());
  }

  /**
   * The INVITE whose non-2xx final response {@code ack} acknowledges, or null when {@code ack} is
   * not such an ACK. Section 17.1.1.3: that ACK has the top Via of the INVITE, and goes where the
   * INVITE went. An ACK with the INVITE's branch sent after a 2xx with the ACK's To tag came back
   * for that INVITE is not one: an ACK for a 2xx is a transaction of its own (section 13.2.2.4).
   */
  public Sent inviteOfNonSuccessAck(Sent ack) {
    Sent invite = latest(byBranch.get(key(ack, "INVITE")), ack.seq());
    if (invite == null) {
      return null;
    }
    for (Sent response : responsesTo(invite)) {
      // Section 17.1.1.3: "The To header field in the ACK MUST equal the To header field in the
      // response being acknowledged": a 2xx of another To tag (an INVITE answered again as a new
      // request after its server transaction ended) is not the response this ACK is for.
      if (response.seq() < ack.seq() && response.status() >= 200 && response.status() < 300
          && Objects.equals(response.toTag(), ack.toTag())) {
        return null;
      }
    }
    return invite;
  }

  /**
   * The request a CANCEL or the ACK of a non-2xx belongs to, on the same hop (sections 9.1 and
   * 17.1.1.3), or null for any other request.
   */
  public Sent requestOfHopByHop(Sent request) {
    return request.isMethod("ACK") ? inviteOfNonSuccessAck(request)
        : request.isMethod("CANCEL") ? cancelledBy(request) : null;
  }

  /**
   * The request {@code cancel} cancels, or null. Section 9.1: a CANCEL has the top Via of the
   * request it cancels and goes where that request went.
   */
  public Sent cancelledBy(Sent cancel) {
    List<Sent> sameBranch = byHopBranch.get(key(cancel, null));
    if (sameBranch == null) {
      return null;
    }
    for (int i = sameBranch.size() - 1; i >= 0; i--) {
      Sent s = sameBranch.get(i);
      if (s.seq() < cancel.seq() && !s.isMethod("ACK") && !s.isMethod("CANCEL")) {
        return s;
      }
    }
    return null;
  }

  /**
   * The INVITE that a CANCEL or an ACK with a branch of its own was most likely meant for: the
   * latest INVITE sent before it on the same hop with its Call-ID, or null. A CANCEL and the ACK
   * for a non-2xx must take the INVITE's top Via (sections 9.1 and 17.1.1.3); this finds the
   * INVITE when they did not.
   */
  public Sent inviteOfCall(Sent request) {
    return latest(invitesOfCall(request), request.seq());
  }

  /** Every INVITE sent on {@code request}'s hop with its Call-ID, in send order (may be empty). */
  public List<Sent> invitesOfCall(Sent request) {
    return request.callId() == null ? List.of() : invitesByCall.getOrDefault(
        new CallKey(request.from(), request.to(), request.callId()), List.of());
  }

  /** The latest final response to {@code request} sent before the event {@code seq}, or null. */
  public Sent finalResponseBefore(Sent request, long seq) {
    Sent last = null;
    for (Sent response : responsesTo(request)) {
      if (response.seq() < seq && response.status() >= 200) {
        last = response;
      }
    }
    return last;
  }

  private void index(Sent request) {
    if (request.branch() != null) {
      byBranch.computeIfAbsent(key(request, request.method()), k -> new ArrayList<>())
          .add(request);
      byHopBranch.computeIfAbsent(key(request, null), k -> new ArrayList<>()).add(request);
    }
    if (request.callId() != null && request.cseq() != null) {
      byCseq.computeIfAbsent(cseqKey(request.from(), request.to(), request), k -> new ArrayList<>())
          .add(request);
    }
    if (request.isMethod("INVITE") && request.callId() != null) {
      invitesByCall.computeIfAbsent(new CallKey(request.from(), request.to(), request.callId()),
          k -> new ArrayList<>()).add(request);
    }
  }

  private Sent find(Sent response) {
    if (response.branch() != null && response.method() != null) {
      Sent request = latest(byBranch.get(new BranchKey(response.to(), response.from(),
          response.branch(), response.method())), response.seq());
      if (request != null) {
        return request;
      }
    }
    Sent byNumber = response.callId() == null || response.cseq() == null ? null
        : latest(byCseq.get(cseqKey(response.to(), response.from(), response)), response.seq());
    if (byNumber != null || response.branch() == null) {
      return byNumber;
    }
    return latest(byHopBranch.get(new BranchKey(response.to(), response.from(), response.branch(),
        null)), response.seq());
  }

  private static BranchKey key(Sent request, String method) {
    return new BranchKey(request.from(), request.to(), request.branch(), method);
  }

  private static CseqKey cseqKey(String from, String to, Sent message) {
    return new CseqKey(from, to, message.callId(), message.cseq().number(),
        message.cseq().method().name());
  }

  /** The last of {@code sent} (in send order) sent before the event {@code seq}. */
  private static Sent latest(List<Sent> sent, long seq) {
    if (sent == null) {
      return null;
    }
    for (int i = sent.size() - 1; i >= 0; i--) {
      if (sent.get(i).seq() < seq) {
        return sent.get(i);
      }
    }
    return null;
  }
}
