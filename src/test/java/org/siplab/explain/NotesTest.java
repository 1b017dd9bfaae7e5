package org.siplab.explain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the learner notes the annotations link to")
class NotesTest {

  /** The repository root: Maven runs the tests there. */
  static final Path ROOT = Path.of("");

  /** The bundled scenarios a note may link to, relative to the repository root. */
  private static final Set<String> SCENARIOS = Set.of(
      "scenarios/rfc3665/2.1-successful-new-registration.yaml",
      "scenarios/rfc3665/2.2-update-of-contact-list.yaml",
      "scenarios/rfc3665/2.3-request-for-current-contact-list.yaml",
      "scenarios/rfc3665/2.4-cancellation-of-registration.yaml",
      "scenarios/rfc3665/2.5-unsuccessful-registration.yaml",
      "scenarios/rfc3665/3.1-successful-session-establishment.yaml",
      "scenarios/rfc3665/3.2-session-establishment-through-two-proxies.yaml",
      "scenarios/rfc3665/3.3-session-with-multiple-proxy-authentication.yaml",
      "scenarios/rfc3665/3.4-successful-session-with-proxy-failure.yaml",
      "scenarios/rfc3665/3.5-session-through-a-sip-alg.yaml",
      "scenarios/rfc3665/3.6-session-via-redirect-and-proxy-servers.yaml",
      "scenarios/rfc3665/3.7-session-with-re-invite-ip-address-change.yaml",
      "scenarios/rfc3665/3.8-unsuccessful-no-answer.yaml",
      "scenarios/rfc3665/3.9-unsuccessful-busy.yaml",
      "scenarios/rfc3665/3.10-unsuccessful-no-response-from-user-agent.yaml",
      "scenarios/rfc3665/3.11-unsuccessful-temporarily-unavailable.yaml",
      "scenarios/chan_sip/register-to-the-pbx.yaml",
      "scenarios/chan_sip/call-through-the-pbx.yaml",
      "scenarios/chan_sip/unknown-extension.yaml",
      "scenarios/chan_sip/method-not-allowed.yaml",
      "scenarios/chan_sip/friend-peer-user.yaml",
      "scenarios/chan_sip/no-answer.yaml",
      "scenarios/teaching/retransmissions-over-a-lossy-link.yaml",
      "scenarios/teaching/lost-ack.yaml",
      "scenarios/teaching/cancel-races-200-ok.yaml",
      "scenarios/teaching/parallel-forking.yaml",
      "scenarios/teaching/registration-expiry.yaml",
      "scenarios/teaching/nonce-replay-rejected.yaml",
      "scenarios/teaching/glare-on-re-invite.yaml",
      "scenarios/teaching/lower-cseq-answered-500.yaml");

  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern RFC_SECTION =
      Pattern.compile("(RFC \\d{4} |[Ss]ections? )\\d+(\\.\\d+)*");

  @Test
  @DisplayName("every note the annotator can link to exists, and the README lists each one")
  void everyLinkedNoteExists() throws IOException {
    String readme = read(ROOT.resolve("notes/README.md"));
    for (Note note : Note.values()) {
      assertTrue(Files.isRegularFile(ROOT.resolve(note.path())), note.path());
      String file = note.path().substring("notes/".length());
      assertTrue(readme.contains("](" + file + ")"), "README does not link " + file);
    }
  }

  @Test
  @DisplayName("every note links to a bundled scenario from the list, by its working relative path")
  void everyNoteLinksToAScenario() throws IOException {
    for (Note note : Note.values()) {
      List<String> scenarios = new ArrayList<>();
      for (String target : links(read(ROOT.resolve(note.path())))) {
        if (target.startsWith("../scenarios/")) {
          String fromRoot = target.substring("../".length());
          assertTrue(SCENARIOS.contains(fromRoot), note.path() + " links to " + target
              + ", which is not a bundled scenario");
          scenarios.add(fromRoot);
        }
      }
      assertTrue(!scenarios.isEmpty(), note.path() + " links to no scenario");
    }
  }

  @Test
  @DisplayName("every note cites at least one RFC section and quotes at least one MUST")
  void everyNoteCitesTheRfc() throws IOException {
    for (Note note : Note.values()) {
      String text = read(ROOT.resolve(note.path()));
      assertTrue(RFC_SECTION.matcher(text).find(), note.path() + " cites no RFC section");
      assertTrue(text.contains("MUST"), note.path() + " quotes no MUST");
    }
  }

  @Test
  @DisplayName("every link between notes points at a note that exists")
  void linksBetweenNotesResolve() throws IOException {
    for (Note note : Note.values()) {
      for (String target : links(read(ROOT.resolve(note.path())))) {
        if (target.endsWith(".md") && !target.contains("/")) {
          assertTrue(Files.isRegularFile(ROOT.resolve("notes").resolve(target)),
              note.path() + " links to a missing note " + target);
        }
      }
    }
  }

  private static List<String> links(String markdown) {
    List<String> out = new ArrayList<>();
    Matcher m = LINK.matcher(markdown);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static String read(Path path) throws IOException {
    return Files.readString(path, StandardCharsets.UTF_8);
  }
}
