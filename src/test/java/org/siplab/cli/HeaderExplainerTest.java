package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("header explanations")
class HeaderExplainerTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "m: <sip:a@example.com>|m is the compact form of Contact (RFC 3261 section 7.3.3).",
      "o: presence|o is the compact form of Event (RFC 6665 section 8.2.1).",
      "r: <sip:c@example.com>|r is the compact form of Refer-To (RFC 3515 section 2.1).",
      "x: 1800|x is the compact form of Session-Expires (RFC 4028 section 4)."})
  @DisplayName("a compact form cites where it is defined: RFC 3261 section 7.3.3 for RFC 3261's"
      + " headers, the extension's own RFC for the others")
  void compactFormsCiteTheirRfc(String line, String expected) {
    List<String> sentences = HeaderExplainer.explain(new SourceLines.Field(1, List.of(line)),
        Set.of());
    assertEquals(expected, sentences.get(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Contact: *", "m:*", "CONTACT :  * "})
  @DisplayName("Contact: * is explained as the request to remove every binding, not as an address"
      + " where the sender can be reached")
  void aWildcardContactIsExplainedAsRemovingEveryBinding(String line) {
    List<String> sentences = HeaderExplainer.explain(new SourceLines.Field(1, List.of(line)),
        Set.of());
    String last = sentences.get(sentences.size() - 1);
    assertTrue(last.contains("removes every binding") && last.contains("10.2.2")
        && !last.contains("can be reached"), last);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Form: <sip:a@example.com>;tag=1|Form is an extension header that RFC 3261 does not define"
          + " (did you mean From?); an element that does not understand it must ignore it (RFC"
          + " 3261 section 8.2.2).",
      "Contnet-Type: application/sdp|Contnet-Type is an extension header that RFC 3261 does not"
          + " define (did you mean Content-Type?); an element that does not understand it must"
          + " ignore it (RFC 3261 section 8.2.2).",
      "Path: <sip:p.example.com;lr>|Path is an extension header that RFC 3261 does not define; an"
          + " element that does not understand it must ignore it (RFC 3261 section 8.2.2)."})
  @DisplayName("an unknown name one slip from a known header asks whether that was meant; a real"
      + " extension two edits away (Path, Date) is not taken for a slip")
  void aMisspeltNameGetsAQuestion(String line, String expected) {
    List<String> sentences = HeaderExplainer.explain(new SourceLines.Field(1, List.of(line)),
        Set.of());
    assertEquals(List.of(expected), sentences);
  }
}
