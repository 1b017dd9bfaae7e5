package org.siplab.scenario.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A phone told to answer 401 or 407 would send a challenge without its challenge: RFC 3261
 * section 20.44 says WWW-Authenticate "MUST be included in 401 (Unauthorized) response messages",
 * section 20.27 says the same of Proxy-Authenticate in a 407, and a 407 is a proxy's (22.3).
 */
@DisplayName("a phone's answer.with")
class PhoneChallengeAnswerTest {

  private static String bobAnswers(String with) {
    return Scenarios.BASE.replace("192.0.2.102, proxy: proxy }",
        "192.0.2.102, proxy: proxy, answer: { with: " + with + " } }");
  }

  @Test
  @DisplayName("of 401 is refused, as a 401 must carry a challenge the phone has not, and the"
      + " message points at the elements that challenge")
  void fourOhOneIsRefused() {
    assertEquals(List.of("t.yaml:5:101: a phone does not answer 401: a 401 must carry a"
        + " WWW-Authenticate challenge (RFC 3261 20.44), which a phone that only refuses has not;"
        + " expected another status from 400 to 699, or, to show digest authentication, a"
        + " registrar with users (401) or a proxy with auth (407)"),
        Scenarios.errors(bobAnswers("401")));
  }

  @Test
  @DisplayName("of 407 is refused, as a UAS challenges with 401 and 407 is a proxy's")
  void fourOhSevenIsRefused() {
    assertEquals(List.of("t.yaml:5:101: a phone does not answer 407: 407 is a proxy's"
        + " challenge, a UAS challenges with 401 (RFC 3261 22.2, 22.3); expected another status"
        + " from 400 to 699, or, to show digest authentication, a registrar with users (401) or"
        + " a proxy with auth (407)"), Scenarios.errors(bobAnswers("407")));
  }

  @Test
  @DisplayName("of 420, 421 or 423 is refused, as each names what a call never asks for")
  void outOfPlaceStatusesAreRefused() {
    assertEquals(List.of("t.yaml:5:101: a phone does not answer a call with 423: a 423 (Interval"
        + " Too Brief) answers an expiration shorter than a registrar allows, with Min-Expires"
        + " (RFC 3261 10.3 step 7), not a call; expected another status from 400 to 699"),
        Scenarios.errors(bobAnswers("423")));
    for (String status : List.of("420", "421")) {
      List<String> errors = Scenarios.errors(bobAnswers(status));
      assertEquals(1, errors.size(), errors::toString);
      assertTrue(errors.get(0).startsWith("t.yaml:5:101: a phone does not answer a call with "
          + status + ": a " + status), errors::toString);
    }
  }

  @Test
  @DisplayName("of another client error such as 403 or 404 still loads")
  void otherRefusalsLoad() {
    assertEquals(List.of(), Scenarios.errors(bobAnswers("403")));
    assertEquals(List.of(), Scenarios.errors(bobAnswers("404")));
  }

  @Test
  @DisplayName("of 200, of a status with its reason phrase or of an unknown word names the answer"
      + " meant, or every choice with the statuses")
  void nearMissesGetTheAnswerMeant() {
    assertEquals(List.of("t.yaml:5:101: unknown answer '200'; did you mean 'answer'? (it answers"
        + " 200 OK, with the SDP answer)"), Scenarios.errors(bobAnswers("200")));
    assertEquals(List.of("t.yaml:5:101: unknown answer '486 Busy Here'; did you mean '486'? (the"
        + " status alone, without its reason phrase)"),
        Scenarios.errors(bobAnswers("486 Busy Here")));
    assertEquals(List.of("t.yaml:5:101: unknown answer 'noanswer'; did you mean 'no-answer'?"),
        Scenarios.errors(bobAnswers("noanswer")));
    assertEquals(List.of("t.yaml:5:101: unknown answer 'reject'; expected one of answer, busy,"
        + " decline, unavailable, no-answer, or a status from 400 to 699 but 401, 407, 420, 421"
        + " and 423"), Scenarios.errors(bobAnswers("reject")));
  }
}
