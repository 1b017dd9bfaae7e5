package org.siplab.scenario.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A key of one block written in another, where "expected one of: ..." cannot lead. */
@DisplayName("a key written in the wrong block")
class KeysInTheWrongBlockTest {

  private static final String LINKS = "expected it under network:, for every link as network: {"
      + " default: { KEY: ... } }, or for one link in network: links: [{ between: [a, b],"
      + " KEY: ... }]";

  @Test
  @DisplayName("a link's delay written on a phone is told to go under network:")
  void aDelayOnAPhoneGoesUnderNetwork() {
    assertEquals(List.of("t.yaml:4:89: unknown key 'delay' in phone 'alice'; 'delay' is a key of"
        + " the network's links; " + LINKS.replace("KEY", "delay")),
        Scenarios.errors(Scenarios.BASE.replace("proxy: proxy }\n  bob",
            "proxy: proxy, delay: 20ms }\n  bob")));
  }

  @Test
  @DisplayName("a loss written at the top of the file is told to go under network:")
  void aLossAtTheTopGoesUnderNetwork() {
    assertEquals(List.of("t.yaml:8:1: unknown key 'loss' in the scenario; 'loss' is a key of the"
        + " network's links; " + LINKS.replace("KEY", "loss")),
        Scenarios.errors(Scenarios.BASE + "loss: 20%\n"));
  }

  @Test
  @DisplayName("a password on a registrar is told that the registrar lists users: instead")
  void aPasswordOnARegistrarGoesInUsers() {
    assertEquals(List.of("t.yaml:2:75: unknown key 'password' in registrar 'registrar'; a"
        + " registrar or a proxy with auth: lists each user's password in users:; expected such"
        + " as users: { alice: alice-secret }"),
        Scenarios.errors(Scenarios.BASE.replace("address: 192.0.2.11 }",
            "address: 192.0.2.11, password: x }")));
  }

  @Test
  @DisplayName("a key one slip from the block's own is still offered that key")
  void aSlipStillGetsDidYouMean() {
    assertEquals(List.of("t.yaml:4:89: unknown key 'passwrd' in phone 'alice'; did you mean"
        + " 'password'?"),
        Scenarios.errors(Scenarios.BASE.replace("proxy: proxy }\n  bob",
            "proxy: proxy, passwrd: x }\n  bob")));
  }
}
