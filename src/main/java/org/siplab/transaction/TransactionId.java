package org.siplab.transaction;

import java.util.Objects;
import org.siplab.message.CSeq;
import org.siplab.message.CaseFolding;
import org.siplab.message.Method;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.Via;

/**
 * What names a transaction: the branch of the top Via of the request that created it and that
 * request's method, the key of sections 17.1.3 and 17.2.3. Printed as {@code branch/METHOD}
 * ({@code z9hG4bK74bf9/INVITE}); a branch is a token, which never holds a slash. Two ids are equal
 * when their branches are equal ignoring case (section 7.3.1) and their methods are the same.
 *
 * <p>A request from an RFC 2543 element may have no branch at all; its transaction is then named
 * {@code rfc2543:Call-ID:CSeq-number/METHOD}, a label for the trace only: such requests are
 * matched by the older rule of section 17.2.3, not by this id.
 */
public record TransactionId(String branch, Method method) {

  public TransactionId {
    Objects.requireNonNull(branch, "branch");
    Objects.requireNonNull(method, "method");
  }

  /** The id of the transaction {@code request} creates. */
  public static TransactionId of(SipRequest request) {
    Via top = request.topVia();
    if (top != null && top.branch() != null) {
      return new TransactionId(top.branch(), request.method());
    }
    CSeq cseq = request.cseq();
    String number = cseq == null ? "" : Long.toString(cseq.number());
    return new TransactionId("rfc2543:" + request.callId() + ":" + number, request.method());
  }

  /**
   * Section 17.1.3: the client transaction a response belongs to has the branch of its top Via
   * and the method of its CSeq; null when the response lacks either.
   */
  static TransactionId ofResponse(SipResponse response) {
    Via top = response.topVia();
    CSeq cseq = response.cseq();
    if (top == null || top.branch() == null || cseq == null) {
      return null;
    }
    return new TransactionId(top.branch(), cseq.method());
  }

  /**
   * Section 17.1.3 and 17.2.3 ask that the branch be "equal", and a branch is a token, which
   * section 7.3.1 makes case-insensitive; the method is compared exactly (section 7.1: methods are
   * case-sensitive).
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof TransactionId other && method.equals(other.method)
        && branch.equalsIgnoreCase(other.branch);
  }

  @Override
  public int hashCode() {
    return 31 * CaseFolding.hash(branch) + method.hashCode();
  }

  @Override
  public String toString() {
    return branch + "/" + method.name();
  }
}
