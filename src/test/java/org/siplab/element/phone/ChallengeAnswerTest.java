package org.siplab.element.phone;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A phone has no challenge to put in a 401 or 407 (RFC 3261 sections 20.44 and 20.27 make it
 * mandatory), so it is never configured to send one, through a scenario file or the Java API.
 */
@DisplayName("a phone configured to answer by itself")
class ChallengeAnswerTest {

  @Test
  @DisplayName("cannot be told to refuse with 401 or 407, which would go out without their"
      + " challenge")
  void refusesChallengeStatuses() {
    for (int status : List.of(401, 407)) {
      assertThrows(IllegalArgumentException.class,
          () -> new PhoneConfig.Answer(0, OptionalInt.of(status), true, false), "" + status);
      assertThrows(IllegalArgumentException.class, () -> new PhoneConfig.Answer(0,
          PhoneConfig.Answer.with(Integer.toString(status)), true, false), "" + status);
    }
  }

  @Test
  @DisplayName("can still refuse with the client errors around them, 400, 403 and 408")
  void keepsOtherRefusals() {
    for (int status : List.of(400, 403, 408)) {
      assertDoesNotThrow(() -> new PhoneConfig.Answer(0, OptionalInt.of(status), true, false));
    }
  }
}
