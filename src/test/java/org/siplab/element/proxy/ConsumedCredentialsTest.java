package org.siplab.element.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.codec.SipParser;
import org.siplab.message.SipMessage;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/**
 * A proxy consumes the Proxy-Authorization of its own realm on every request it forwards, the
 * stateless ACK for a 2xx as the INVITE it authenticated (RFC 3261 22.3; RFC 3665 3.3, F19 to
 * F21), and passes on those of other realms.
 */
@DisplayName("the Proxy-Authorization values a proxy forwards")
class ConsumedCredentialsTest {

  private static Trace multipleProxyAuthentication() throws IOException {
    String file = "scenarios/rfc3665/3.3-session-with-multiple-proxy-authentication.yaml";
    return ScenarioRuns.run("3.3.yaml", Files.readString(Path.of(file))).trace();
  }

  /** The realms of the Proxy-Authorization values of each {@code method} from {@code from}. */
  private static List<List<String>> realms(Trace trace, String from, String method) {
    return trace.events().stream()
        .filter(e -> e instanceof TraceEvent.Send s && s.from().equals(from)
            && s.firstLine().startsWith(method + " "))
        .map(e -> SipParser.parse(((TraceEvent.Send) e).message()).message())
        .map(ConsumedCredentialsTest::realmsOf)
        .toList();
  }

  private static List<String> last(List<List<String>> each) {
    return each.get(each.size() - 1);
  }

  private static List<String> realmsOf(SipMessage m) {
    return m.proxyAuthorization().stream().map(c -> c.parameter("realm")).toList();
  }

  @Test
  @DisplayName("the ACK for the 2xx loses one realm's credentials at each proxy, as in RFC 3665"
      + " section 3.3 F19 to F21")
  void ackForTheSuccessLosesOwnRealmAtEachProxy() throws IOException {
    Trace trace = multipleProxyAuthentication();
    List<String> both = List.of("atlanta.example.com", "biloxi.example.com");
    assertEquals(both, last(realms(trace, "alice", "ACK")), "F19, alice to proxy-1");
    assertEquals(List.of("biloxi.example.com"), last(realms(trace, "proxy-1", "ACK")),
        "F20, proxy-1 to proxy-2");
    assertEquals(List.of(), last(realms(trace, "proxy-2", "ACK")), "F21, proxy-2 to bob");
  }

  @Test
  @DisplayName("the INVITE the proxies authenticated loses the same credentials (RFC 3665 3.3"
      + " F9 and F10)")
  void authenticatedInviteLosesOwnRealm() throws IOException {
    Trace trace = multipleProxyAuthentication();
    List<List<String>> fromProxy1 = realms(trace, "proxy-1", "INVITE");
    assertEquals(List.of("biloxi.example.com"), fromProxy1.get(fromProxy1.size() - 1));
    assertEquals(List.of(List.<String>of()), realms(trace, "proxy-2", "INVITE"));
  }
}
