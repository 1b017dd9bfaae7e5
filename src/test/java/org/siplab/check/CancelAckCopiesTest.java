package org.siplab.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * TX-001 beyond the one mutation RulePropertiesTest gives each rule: a CANCEL or an ACK for a
 * non-2xx sent with a branch of its own, and an ACK whose To is not the response's (sections 9.1
 * and 17.1.1.3).
 */
@DisplayName("TX-001 on a CANCEL or an ACK for a non-2xx")
class CancelAckCopiesTest {

  private static final Rule RULE = Catalog.rule("TX-001");

  /** Each clean flow's first CANCEL or non-2xx ACK that shares its INVITE's branch. */
  private record Site(Flow flow, long seq) {}

  private static List<Site> sites(String method) {
    List<Site> out = new ArrayList<>();
    for (Flow flow : CleanFlows.all()) {
      Roles r = new Roles(flow);
      for (long seq : r.where(s -> r.is(s, method) && r.first(s) && r.sharesBranch(s))) {
        out.add(new Site(flow, seq));
      }
    }
    return out;
  }

  private static boolean firesAt(Flow flow, long seq) {
    return Checker.check(flow.trace(), List.of(RULE)).stream().anyMatch(f -> f.event() == seq);
  }

  @Test
  @DisplayName("fires on a CANCEL or an ACK for a non-2xx whose branch is not its INVITE's, which"
      + " no other rule paired with its INVITE")
  void ownBranchIsFound() {
    for (String method : List.of("CANCEL", "ACK")) {
      List<Site> sites = sites(method);
      assertFalse(sites.isEmpty(), "a clean flow with a " + method);
      for (Site site : sites) {
        assertFalse(firesAt(site.flow(), site.seq()), "silent on the clean flow");
        String message = site.flow().step(site.seq()).message();
        Flow broken = site.flow().with(site.seq(), s -> s.withMessage(
            message.replaceFirst("branch=z9hG4bK[^;\\r\\n]*", "branch=z9hG4bKown1")));
        assertTrue(firesAt(broken, site.seq()), broken.name() + " " + method);
      }
    }
  }

  @Test
  @DisplayName("fires on an ACK for a non-2xx whose To tag is not the one the response gave")
  void ackToIsTheResponses() {
    List<Site> sites = sites("ACK");
    for (Site site : sites) {
      String message = site.flow().step(site.seq()).message();
      Flow broken = site.flow().with(site.seq(), s -> s.withMessage(
          SipText.withTag(message, "To", "notTheResponses1")));
      assertTrue(firesAt(broken, site.seq()), broken.name());
    }
  }
}
