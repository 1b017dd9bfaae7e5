package org.siplab.sdp;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

@DisplayName("SDP print and parse")
class SdpRoundTripPropertyTest {

  @Test
  @DisplayName("printing any description and parsing the text gives the same description")
  void printThenParseIsIdentity() {
    qt().withFixedSeed(4566L)
        .withExamples(500)
        .forAll(SdpGenerators.sessionDescription())
        .check(
            description ->
                SdpParser.parse(SdpPrinter.print(description))
                    .description()
                    .equals(Optional.of(description)));
  }

  @Test
  @DisplayName("the printer ends every line with CRLF and never writes a bare CR or LF")
  void printerUsesCrlf() {
    qt().withFixedSeed(4567L)
        .withExamples(300)
        .forAll(SdpGenerators.sessionDescription())
        .check(
            description -> {
              String text = SdpPrinter.print(description);
              return text.endsWith("\r\n")
                  && text.replace("\r\n", "").indexOf('\r') < 0
                  && text.replace("\r\n", "").indexOf('\n') < 0;
            });
  }

  @Test
  @DisplayName(
      "the parser never throws on any text, and gives a description exactly when it found no error")
  void parserNeverThrowsOnAnyText() {
    qt().withFixedSeed(4568L)
        .withExamples(2000)
        .forAll(strings().allPossible().ofLengthBetween(0, 300))
        .check(text -> consistent(SdpParser.parse(text)));
  }

  /** A single edit of a text: delete, insert or replace characters the SDP grammar cares about. */
  private record Edit(int position, int kind, String inserted) {
    String apply(String text) {
      int at = Math.min(position, text.length());
      return switch (kind) {
        case 0 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1));
        case 1 -> text.substring(0, at) + inserted + text.substring(at);
        default ->
            text.substring(0, at)
                + inserted
                + text.substring(Math.min(text.length(), at + inserted.length()));
      };
    }
  }

  private static final Gen<Edit> EDITS =
      integers()
          .between(0, 400)
          .zip(
              integers().between(0, 2),
              Generate.pick(
                  List.of(
                      "\r",
                      "\n",
                      "\r\n",
                      "=",
                      " ",
                      "\t",
                      ":",
                      "/",
                      "0",
                      "99999",
                      "m=",
                      "a=rtpmap:",
                      "x",
                      "")),
              Edit::new);

  @Test
  @DisplayName(
      "any edits of a valid description parse without throwing, and reparsing what they print is"
          + " stable")
  void editedDescriptionsNeverThrow() {
    qt().withFixedSeed(4569L)
        .withExamples(1000)
        .forAll(SdpGenerators.sessionDescription(), lists().of(EDITS).ofSizeBetween(1, 6))
        .check(
            (description, edits) -> {
              String text = SdpPrinter.print(description);
              for (Edit edit : edits) {
                text = edit.apply(text);
              }
              SdpParseResult result = SdpParser.parse(text);
              return consistent(result)
                  && result
                      .description()
                      .map(
                          d ->
                              SdpParser.parse(SdpPrinter.print(d))
                                  .description()
                                  .equals(Optional.of(d)))
                      .orElse(true);
            });
  }

  private static boolean consistent(SdpParseResult result) {
    return result.isValid() == result.errors().isEmpty()
        && result.problems().stream()
            .allMatch(p -> p.line() >= 1 && p.rfcSection().startsWith("RFC "));
  }
}
