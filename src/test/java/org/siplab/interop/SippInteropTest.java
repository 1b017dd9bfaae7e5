package org.siplab.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.siplab.codec.Diagnostic;
import org.siplab.codec.ParseResult;
import org.siplab.element.phone.Misbehaviour;
import org.siplab.element.phone.PhoneConfig;
import org.siplab.element.phone.PhoneEvent;
import org.siplab.trace.Finding;

/**
 * siplab's phone and a real SIP stack, SIPp 3.6, place and take calls over real UDP on
 * 127.0.0.1: each accepts the other's messages, SIPp counts its call a success (exit code 0),
 * siplab's parser reads every datagram SIPp sent, and siplab's rule checker finds nothing in the
 * run's trace.
 */
@DisplayName("siplab interoperates with SIPp over real UDP")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SippInteropTest {

  /** How long the bridge runs at most: SIPp's own -timeout is shorter and ends it first. */
  private static final long RUN_LIMIT_MILLIS = 20_000;

  /** Rings (180) at once, answers 200 after 100 ms. */
  private static final PhoneConfig.Answer ANSWER_AFTER_100_MS =
      new PhoneConfig.Answer(100_000, OptionalInt.of(200), true, false);

  @TempDir Path logs;

  @BeforeEach
  void needsSipp() {
    assumeTrue(Sipp.installed(), "SIPp is not installed (no sipp on the PATH; Debian and Ubuntu:"
        + " apt-get install sip-tester)");
  }

  @Test
  @DisplayName("a siplab phone calls SIPp's UAS, which rings and answers; the phone ACKs, hangs"
      + " up with BYE and gets 200")
  void aSiplabPhoneCallsSippsUasAndHangsUp() {
    try (SippLab lab = new SippLab(SippLab.phoneConfig())) {
      lab.startSipp(logs, List.of("-sn", "uas")).awaitListening(lab.sippPort, 5_000);
      lab.phone.listen((phone, event, detail) -> {
        if (event == PhoneEvent.IN_CALL) {
          lab.soon(200_000, "hang up", phone::hangup);
        }
      });
      lab.soon(0, "call SIPp", () -> lab.phone.call(
          "sip:service@" + SippLab.LOOPBACK + ":" + lab.sippPort));
      // SIPp's UAS waits 4 s after its 200 to the BYE (its scenario's timewait) before it exits.
      assertTrue(lab.runUntilSippExits(RUN_LIMIT_MILLIS), "SIPp did not exit\n" + lab.dump());
      assertEquals(0, lab.sippExitCode(), "SIPp counted its call failed\n" + lab.dump());
      assertEquals(List.of("phone>sipp INVITE", "sipp>phone 180", "sipp>phone 200",
          "phone>sipp ACK", "phone>sipp BYE", "sipp>phone 200"), lab.ladder(), lab.dump());
      assertEquals(List.of("ringing", "answered", "in-call", "ended"), lab.events(), lab.dump());
      assertSippMessagesParse(lab);
      assertEquals(List.of("sipp sent 200 OK to BYE with a Contact header field"),
          sippsFieldsNotApplicable(lab), lab.dump());
      assertEquals(List.of(), otherFindings(lab), lab.dump());
    }
  }

  @Test
  @DisplayName("SIPp's UAC calls a siplab phone, which rings and answers; SIPp ACKs, hangs up with"
      + " BYE and gets 200")
  void sippsUacCallsASiplabPhoneThatAnswers() {
    PhoneConfig answering = SippLab.phoneConfig().withAnswer(ANSWER_AFTER_100_MS);
    try (SippLab lab = new SippLab(answering)) {
      // The phone's socket is bound already: SIPp's INVITE waits in it until the bridge runs.
      lab.startSipp(logs, uacCalling(lab));
      assertTrue(lab.runUntilSippExits(RUN_LIMIT_MILLIS), "SIPp did not exit\n" + lab.dump());
      assertEquals(0, lab.sippExitCode(), "SIPp counted its call failed\n" + lab.dump());
      assertEquals(List.of("sipp>phone INVITE", "phone>sipp 180", "phone>sipp 200",
          "sipp>phone ACK", "sipp>phone BYE", "phone>sipp 200"), lab.ladder(), lab.dump());
      assertEquals(List.of("incoming", "ringing", "answered", "in-call", "ended"), lab.events(),
          lab.dump());
      assertSippMessagesParse(lab);
      assertEquals(List.of("sipp sent ACK with a Subject header field",
          "sipp sent BYE with Contact and Subject header fields"), sippsFieldsNotApplicable(lab),
          lab.dump());
      assertEquals(List.of(), otherFindings(lab), lab.dump());
    }
  }

  @Test
  @DisplayName("SIPp counts its call failed when the siplab phone answers busy, and ACKs the 486:"
      + " the exit code the other tests expect to be 0 can be 1")
  void sippFailsItsCallWhenThePhoneAnswersBusy() {
    PhoneConfig busy = SippLab.phoneConfig()
        .withAnswer(new PhoneConfig.Answer(100_000, OptionalInt.of(486), true, false));
    try (SippLab lab = new SippLab(busy)) {
      lab.startSipp(logs, uacCalling(lab));
      assertTrue(lab.runUntilSippExits(RUN_LIMIT_MILLIS), "SIPp did not exit\n" + lab.dump());
      assertEquals(1, lab.sippExitCode(), lab.dump());
      assertTrue(lab.sippErrors().contains("Aborting call on unexpected message"), lab.dump());
      // Section 17.1.1.3: SIPp's INVITE client transaction ACKs the 486 all the same.
      assertEquals(List.of("sipp>phone INVITE", "phone>sipp 180", "phone>sipp 486",
          "sipp>phone ACK"), lab.ladder(), lab.dump());
      assertSippMessagesParse(lab);
      assertEquals(List.of("sipp sent ACK with a Subject header field"),
          sippsFieldsNotApplicable(lab), lab.dump());
      assertEquals(List.of(), otherFindings(lab), lab.dump());
    }
  }

  @Test
  @DisplayName("SIPp takes no notice of a siplab phone whose responses carry a Via too many, but"
      + " siplab's rule checker does (VIA-003, RFC 3261 section 8.2.6.2)")
  void theRuleCheckerSeesWhatSippLetsPass() {
    PhoneConfig sloppy = SippLab.phoneConfig().withAnswer(ANSWER_AFTER_100_MS)
        .withMisbehave(Misbehaviour.ADD_VIA_TO_RESPONSE);
    try (SippLab lab = new SippLab(sloppy)) {
      lab.startSipp(logs, uacCalling(lab));
      assertTrue(lab.runUntilSippExits(RUN_LIMIT_MILLIS), "SIPp did not exit\n" + lab.dump());
      assertEquals(0, lab.sippExitCode(), lab.dump());
      assertEquals(List.of("VIA-003"), otherFindings(lab).stream().map(Finding::rule).distinct()
          .toList(), lab.dump());
    }
  }

  /** SIPp's built-in UAC, calling the phone's user at the phone's real port. */
  private static List<String> uacCalling(SippLab lab) {
    return List.of("-sn", "uac", "-s", SippLab.USER, SippLab.LOOPBACK + ":" + lab.phonePort());
  }

  /** siplab's parser reads every datagram SIPp sent without an error or a warning. */
  private static void assertSippMessagesParse(SippLab lab) {
    List<ParseResult> parsed = lab.sippMessages();
    assertFalse(parsed.isEmpty(), "SIPp sent nothing\n" + lab.dump());
    for (ParseResult result : parsed) {
      List<Diagnostic> diagnostics = result.diagnostics();
      assertEquals(List.of(), diagnostics.stream().map(Diagnostic::toString).toList(),
          lab.dump());
    }
  }

  /**
   * SIPp's built-in scenarios write fields that RFC 3261's Tables 2 and 3 mark not applicable
   * (section 20: "MUST NOT be present"): a Subject in its ACK and BYE, a Contact in its BYE and in
   * its 200 to a BYE. The checker reports each as HDR-001; the receiver ignores them, as it must.
   * Each such finding, up to the field names.
   */
  private static List<String> sippsFieldsNotApplicable(SippLab lab) {
    return lab.findings().stream().filter(SippInteropTest::sippsNotApplicable)
        .map(f -> f.message().substring(0, f.message().indexOf(", which"))).toList();
  }

  /** Every finding but those of {@link #sippsFieldsNotApplicable}. */
  private static List<Finding> otherFindings(SippLab lab) {
    return lab.findings().stream().filter(f -> !sippsNotApplicable(f)).toList();
  }

  private static boolean sippsNotApplicable(Finding f) {
    return f.rule().equals("HDR-001") && f.message().startsWith("sipp sent ");
  }
}
