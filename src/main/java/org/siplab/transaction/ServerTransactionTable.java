package org.siplab.transaction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.siplab.message.CaseFolding;
import org.siplab.message.Method;
import org.siplab.message.SipRequest;
import org.siplab.message.Via;

/**
 * The server transactions of one layer, found by section 17.2.3's rules: by branch, sent-by and
 * method when the branch has the magic cookie; field by field (the RFC 2543 rule) otherwise.
 */
final class ServerTransactionTable {

  private final Map<BranchKey, ServerTransaction> byBranch = new LinkedHashMap<>();
  private final List<ServerTransaction> rfc2543 = new ArrayList<>();

  /**
   * The key of section 17.2.3 for a branch with the magic cookie: "the branch parameter in the
   * request is equal to the one in the top Via header field of the request that created the
   * transaction", so is "the sent-by value in the top Via" ("because there could be accidental or
   * malicious duplication of branch parameters from different clients"), and so is the method,
   * "except for ACK, where the method of the request that created the transaction is INVITE".
   * Hosts and branches compare case-insensitively (a host name by section 19.1.4's rule, a branch
   * as the token section 7.3.1 makes case-insensitive) and a missing port is 5060.
   */
  record BranchKey(String branch, String host, int port, Method method) {
    static BranchKey of(Via via, Method method) {
      return new BranchKey(via.branch(), via.sentBy().host().toLowerCase(Locale.ROOT),
          via.sentBy().portOr(ResponseRouting.DEFAULT_PORT), method);
    }

    /** The same transaction's key, whatever the method: section 9.2's search for a CANCEL. */
    boolean sameBranchAndSentBy(BranchKey other) {
      return branch.equalsIgnoreCase(other.branch) && host.equals(other.host)
          && port == other.port;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof BranchKey other && sameBranchAndSentBy(other)
          && method.equals(other.method);
    }

    @Override
    public int hashCode() {
      return ((CaseFolding.hash(branch) * 31 + host.hashCode()) * 31 + port) * 31
          + method.hashCode();
    }
  }

  /** The transaction {@code request} belongs to (a retransmission, or an ACK), or null. */
  ServerTransaction match(SipRequest request) {
    Via top = request.topVia();
    boolean ack = request.method().equals(Method.ACK);
    if (top.hasRfc3261Branch()) {
      return byBranch.get(BranchKey.of(top, ack ? Method.INVITE : request.method()));
    }
    for (ServerTransaction candidate : rfc2543) {
      boolean matches = ack
          ? candidate.kind() == TransactionKind.INVITE_SERVER
              && Rfc2543Matching.isAckFor(candidate.request(), candidate.lastResponse(), request)
          : Rfc2543Matching.isRetransmission(candidate.request(), request);
      if (matches) {
        return candidate;
      }
    }
    return null;
  }

  /** The transaction a CANCEL targets (section 9.2), normally an INVITE's, or null. */
  ServerTransaction cancelTarget(SipRequest cancel) {
    Via top = cancel.topVia();
    if (top.hasRfc3261Branch()) {
      ServerTransaction invite = byBranch.get(BranchKey.of(top, Method.INVITE));
      return invite != null ? invite : cancelTargetOfOtherMethod(BranchKey.of(top, Method.CANCEL));
    }
    for (ServerTransaction candidate : rfc2543) {
      if (isCancellable(candidate) && Rfc2543Matching.isCancelOf(candidate.request(), cancel)) {
        return candidate;
      }
    }
    return null;
  }

  private ServerTransaction cancelTargetOfOtherMethod(BranchKey cancelKey) {
    for (Map.Entry<BranchKey, ServerTransaction> entry : byBranch.entrySet()) {
      BranchKey key = entry.getKey();
      if (key.sameBranchAndSentBy(cancelKey) && isCancellable(entry.getValue())) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static boolean isCancellable(ServerTransaction transaction) {
    return !transaction.request().method().equals(Method.CANCEL);
  }

  /** Adds a transaction; returns the key to remove it by, null for an RFC 2543 one. */
  BranchKey add(ServerTransaction transaction) {
    Via top = transaction.request().topVia();
    if (!top.hasRfc3261Branch()) {
      rfc2543.add(transaction);
      return null;
    }
    BranchKey key = BranchKey.of(top, transaction.request().method());
    byBranch.put(key, transaction);
    return key;
  }

  /** Removes a transaction by the key {@link #add} returned. */
  void remove(ServerTransaction transaction, BranchKey key) {
    if (key == null) {
      rfc2543.remove(transaction);
    } else {
      byBranch.remove(key, transaction);
    }
  }

  int size() {
    return byBranch.size() + rfc2543.size();
  }
}
