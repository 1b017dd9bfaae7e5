package org.siplab.scenario.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** A value with a comma in it inside { }, which YAML splits into two entries. */
@DisplayName("a value split at a comma inside { }")
class CommaSplitsTest {

  private static final long SEED = 20_261_127L;

  private static List<String> errorsWithStep(String step) {
    return Scenarios.errors(Scenarios.BASE.replace("  - { at: 1s, do: alice.call bob }", step));
  }

  @Test
  @DisplayName("a decimal comma in a time says what YAML read and to write a decimal point, and"
      + " nothing else")
  void decimalComma() {
    assertEquals(List.of("t.yaml:7:11: inside { } a ',' separates entries, even with no space"
        + " after it, so YAML read 'at: 1,5s' as 'at: 1' and a key '5s'; expected at: 1.5s, with"
        + " a decimal point (a value that must hold a comma goes in quotes)"),
        errorsWithStep("  - { at: 1,5s, do: alice.call bob }"));
  }

  @Test
  @DisplayName("a decimal comma in a ratio and in an expectation's time are each told once")
  void ratioAndExpectation() {
    assertEquals(List.of("t.yaml:8:29: inside { } a ',' separates entries, even with no space"
        + " after it, so YAML read 'loss: 0,2' as 'loss: 0' and a key '2'; expected loss: 0.2,"
        + " with a decimal point (a value that must hold a comma goes in quotes)",
        "t.yaml:10:11: inside { } a ',' separates entries, even with no space after it, so YAML"
        + " read 'by: 2,5s' as 'by: 2' and a key '5s'; expected by: 2.5s, with a decimal point"
        + " (a value that must hold a comma goes in quotes)"),
        Scenarios.errors(Scenarios.BASE + "network: { default: { loss: 0,2 } }\n"
            + "expect:\n  - { by: 2,5s, alice: in-call }\n"));
  }

  @Test
  @DisplayName("thousands separators are told to go, and text with a comma to go in quotes")
  void thousandsAndText() {
    assertEquals(List.of("t.yaml:7:11: inside { } a ',' separates entries, even with no space"
        + " after it, so YAML read 'at: 1,500,000us' as 'at: 1', a key '500' and a key '000us';"
        + " expected at: 1500000us, without the thousands separators"),
        errorsWithStep("  - { at: 1,500,000us, do: alice.call bob }"));
    assertEquals(List.of("t.yaml:4:103: inside { } a ',' separates entries, even with no space"
        + " after it, so YAML read 'display-name: Doe,Jane' as 'display-name: Doe' and a key"
        + " 'Jane'; expected the value in quotes, display-name: \"Doe,Jane\""),
        Scenarios.errors(Scenarios.BASE.replace("proxy: proxy }\n  bob",
            "proxy: proxy, display-name: Doe,Jane }\n  bob")));
  }

  @Test
  @DisplayName("a decimal comma with a space after it is told as a split value too, quoting it as"
      + " written")
  void decimalCommaWithASpace() {
    assertEquals(List.of("t.yaml:7:11: inside { } a ',' separates entries, so YAML read 'at: 1,"
        + " 5s' as 'at: 1' and a key '5s'; expected at: 1.5s, with a decimal point (a value that"
        + " must hold a comma goes in quotes)"),
        errorsWithStep("  - { at: 1, 5s, do: alice.call bob }"));
  }

  @Test
  @DisplayName("text with a space after its comma is left to the readers: it is as often two"
      + " entries meant as such")
  void spacedTextIsNotASplit() {
    List<String> errors = Scenarios.errors(Scenarios.BASE.replace("proxy: proxy }\n  bob",
        "proxy: proxy, display-name: Doe, Jane }\n  bob"));
    assertTrue(errors.stream().noneMatch(e -> e.contains("separates entries")), errors.toString());
  }

  @Test
  @DisplayName("any number with a decimal comma, a space after it and a unit gives one error,"
      + " which names the number with a point")
  void anySpacedDecimalComma() {
    qt().withFixedSeed(SEED).withExamples(100)
        .forAll(integers().between(0, 999), integers().between(0, 999),
            Generate.pick(List.of("us", "ms", "s", "m", "h", "")), integers().between(1, 3))
        .checkAssert((whole, fraction, unit, spaces) -> {
          String written = whole + "," + " ".repeat(spaces) + fraction + unit;
          List<String> errors = errorsWithStep("  - { at: " + written + ", do: alice.hangup }");
          assertEquals(1, errors.size(), errors.toString());
          assertTrue(errors.get(0).startsWith("t.yaml:7:11: inside { } a ','"), errors.get(0));
          assertTrue(errors.get(0).contains("'at: " + written + "' as 'at: " + whole + "'"),
              errors.get(0));
          assertTrue(errors.get(0).contains("expected at: " + whole + "." + fraction + unit
              + ", with a decimal point"), errors.get(0));
        });
  }

  @Test
  @DisplayName("a list written without its brackets, with or without spaces, is told to take"
      + " them, not quotes")
  void listWithoutBrackets() {
    assertEquals(List.of("t.yaml:8:31: inside { } a ',' separates entries, so YAML read"
        + " 'between: alice, proxy' as 'between: alice' and a key 'proxy'; expected a list in"
        + " brackets, between: [alice, proxy]"),
        Scenarios.errors(Scenarios.BASE
            + "network: { links: [{ between: alice, proxy, delay: 1ms }] }\n"));
    List<String> codecs = Scenarios.errors(Scenarios.BASE.replace("proxy: proxy }\n  bob",
        "proxy: proxy, codecs: PCMU,PCMA,G722 }\n  bob"));
    assertEquals(1, codecs.size(), codecs.toString());
    assertTrue(codecs.get(0).endsWith("expected a list in brackets, codecs: [PCMU, PCMA, G722]"),
        codecs.get(0));
  }

  @Test
  @DisplayName("entries written with no space after their comma are still read as entries")
  void compactEntriesAreFine() {
    assertEquals(List.of(), errorsWithStep("  - {at: 1s,do: alice.call bob}"));
    assertEquals(List.of(), Scenarios.errors(Scenarios.BASE
        + "network: { links: [{ between: [alice,proxy], delay: 1ms }] }\n"));
  }

  @Test
  @DisplayName("a character outside the BMP earlier on the line does not shift the check")
  void astralCharacterBefore() {
    List<String> errors = Scenarios.errors(Scenarios.BASE.replace("proxy: proxy }\n  bob",
        "proxy: proxy, display-name: \"\uD83D\uDE00\", register: { expires: 1,5h } }\n  bob"));
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("read 'expires: 1,5h' as 'expires: 1' and a key '5h';"
        + " expected expires: 1.5h"), errors.get(0));
  }

  @Test
  @DisplayName("an anchored value split at a comma is told once, however many aliases repeat it")
  void anchoredValue() {
    assertEquals(List.of("t.yaml:7:14: inside { } a ',' separates entries, even with no space"
        + " after it, so YAML read 'at: 1,5s' as 'at: 1' and a key '5s'; expected at: 1.5s, with"
        + " a decimal point (a value that must hold a comma goes in quotes)"),
        errorsWithStep("  - { at: &t 1,5s, do: alice.call bob }\n"
            + "  - { at: *t, do: alice.hangup }\n".repeat(5)));
  }

  @Test
  @DisplayName("any number with a decimal comma and a unit gives one error, which names the"
      + " number with a point")
  void anyDecimalComma() {
    qt().withFixedSeed(SEED).withExamples(200)
        .forAll(integers().between(0, 999), integers().between(0, 999),
            Generate.pick(List.of("us", "ms", "s", "m", "h", "")))
        .checkAssert((whole, fraction, unit) -> {
          String written = whole + "," + fraction + unit;
          List<String> errors = errorsWithStep("  - { at: " + written + ", do: alice.hangup }");
          assertEquals(1, errors.size(), errors.toString());
          assertTrue(errors.get(0).startsWith("t.yaml:7:11: inside { } a ','"), errors.get(0));
          assertTrue(errors.get(0).contains("expected at: " + whole + "." + fraction + unit
              + ", with a decimal point"), errors.get(0));
        });
  }
}
