package org.siplab.explain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The phone and the PBX both set a timer labelled "give up 64*T1 after CANCEL" (RFC 3261 section
 * 9.1); its firing is explained in the words of whoever set it.
 */
@DisplayName("the give-up timer after a CANCEL is explained for the element that set it")
class GiveUpTimerWordingTest {

  private static final String LABEL = "give up 64*T1 after CANCEL";

  private static String firedAt(String kind) {
    TraceBuilder b = new TraceBuilder().element("x", kind, "192.0.2.1:5060")
        .element("bob", "phone", "192.0.2.2:5060");
    long step = b.script(0, "x", "call bob");
    long set = b.timer(0, step, "x", "call-1", LABEL, "set", 32_000_000);
    long fired = b.timer(32_000_000, set, "x", "call-1", LABEL, "fired", 32_000_000);
    Map<Long, String> text = Annotator.annotate(b.trace());
    return text.get(fired);
  }

  @Test
  @DisplayName("a phone's give-up timer says the phone destroys its INVITE transaction and the"
      + " call fails")
  void phoneWording() {
    String text = firedAt("phone");
    assertTrue(text.contains("the phone destroys its INVITE client transaction and the call"
        + " fails"), text);
  }

  @Test
  @DisplayName("the PBX's give-up timer says the PBX gives up its leg to the callee, not that a"
      + " phone does")
  void pbxWording() {
    String text = firedAt("pbx");
    assertTrue(text.contains("the PBX destroys its INVITE client transaction towards the callee"),
        text);
    assertFalse(text.contains("phone"), text);
  }
}
