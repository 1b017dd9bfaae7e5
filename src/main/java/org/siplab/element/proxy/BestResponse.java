package org.siplab.element.proxy;

import java.util.List;
import java.util.Set;
import org.siplab.message.Challenge;
import org.siplab.message.HeaderName;
import org.siplab.message.SipResponse;

/**
 * Section 16.7 steps 6 and 7: which of the final responses of a response context is forwarded when
 * no branch is left, and the challenges it carries.
 */
final class BestResponse {

  /**
   * Step 6: "The proxy SHOULD give preference to responses that provide information affecting
   * resubmission of this request, such as 401, 407, 415, 420, and 484 if the 4xx class is
   * chosen."
   */
  private static final Set<Integer> RESUBMISSION_HINTS = Set.of(401, 407, 415, 420, 484);

  private BestResponse() {}

  /**
   * The index of the best response, or -1 when there is none (and step 6 asks for a 408). Step 6:
   * "It MUST choose from the 6xx class responses if any exist in the context. If no 6xx class
   * responses are present, the proxy SHOULD choose from the lowest response class"; within the
   * class, a resubmission hint if there is one, else the one that came first.
   */
  static int choose(List<SipResponse> finals) {
    int best = -1;
    for (int i = 0; i < finals.size(); i++) {
      if (best < 0 || better(finals.get(i), finals.get(best))) {
        best = i;
      }
    }
    return best;
  }

  private static boolean better(SipResponse candidate, SipResponse current) {
    int a = candidate.statusClass();
    int b = current.statusClass();
    if (a != b) {
      return a == 6 || (b != 6 && a < b);
    }
    return a == 4 && RESUBMISSION_HINTS.contains(candidate.status())
        && !RESUBMISSION_HINTS.contains(current.status());
  }

  /**
   * Step 7: "If the selected response is a 401 ... or 407 ..., the proxy MUST collect any
   * WWW-Authenticate and Proxy-Authenticate header field values from all other 401 ... and 407
   * ... responses received so far in this response context and add them to this response without
   * modification before forwarding."
   */
  static SipResponse withAllChallenges(SipResponse chosen, List<SipResponse> finals) {
    if (!isChallenge(chosen)) {
      return chosen;
    }
    SipResponse out = chosen;
    for (SipResponse other : finals) {
      if (other == chosen || !isChallenge(other)) {
        continue;
      }
      for (Challenge c : other.wwwAuthenticate()) {
        out = out.append(HeaderName.WWW_AUTHENTICATE, c);
      }
      for (Challenge c : other.proxyAuthenticate()) {
        out = out.append(HeaderName.PROXY_AUTHENTICATE, c);
      }
    }
    return out;
  }

  private static boolean isChallenge(SipResponse response) {
    return response.status() == 401 || response.status() == 407;
  }
}
