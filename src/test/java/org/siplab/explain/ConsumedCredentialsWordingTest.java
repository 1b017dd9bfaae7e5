package org.siplab.explain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.Trace;

/** A proxy's forwarded request says when it consumed its own realm's credentials (22.3). */
@DisplayName("the wording of a forwarded request that lost the proxy's credentials")
class ConsumedCredentialsWordingTest {

  @Test
  @DisplayName("each proxy's copy of the ACK for the 2xx names the realm whose credentials it"
      + " removed, and bob's ACK from the last proxy carries none to name again")
  void ackCopiesNameTheConsumedRealm() throws IOException {
    String file = "scenarios/rfc3665/3.3-session-with-multiple-proxy-authentication.yaml";
    Trace trace = ScenarioRuns.run("3.3.yaml", Files.readString(Path.of(file))).trace();
    Map<Long, String> text = Annotator.annotate(trace);
    String toProxy2 = text.get(Find.sends(trace, s -> s.from().equals("proxy-1")
        && s.firstLine().startsWith("ACK sip:bob@192.0.2.201")).get(0).seq());
    assertTrue(toProxy2.contains("removes the Proxy-Authorization for realm"
        + " atlanta.example.com") && toProxy2.contains("(22.3)"), toProxy2);
    assertFalse(toProxy2.contains("biloxi"), toProxy2);
    String toBob = text.get(Find.sends(trace, s -> s.from().equals("proxy-2")
        && s.firstLine().startsWith("ACK sip:bob@192.0.2.201")).get(0).seq());
    assertTrue(toBob.contains("removes the Proxy-Authorization for realm biloxi.example.com"),
        toBob);
  }
}
