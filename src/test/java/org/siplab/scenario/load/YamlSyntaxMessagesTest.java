package org.siplab.scenario.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The YAML slips people make most in a scenario each get one error at the mistake, in plain words
 * with the fix, not where YAML gave up in its parser's terms. Each case edits {@link
 * Scenarios#BASE} (seven lines) or adds lines after it, from line 8.
 */
@DisplayName("a YAML syntax error in a scenario file")
class YamlSyntaxMessagesTest {

  private static final String BOB =
      "  bob: { kind: phone, aor: sip:bob@example.com, address: 192.0.2.102, proxy: proxy }\n";

  private static Arguments edited(String what, String from, String to, String error) {
    String text = Scenarios.BASE.replace(from, to);
    if (text.equals(Scenarios.BASE)) {
      throw new IllegalArgumentException("the edit changes nothing: " + from);
    }
    return Arguments.of(what, text, error);
  }

  private static Arguments added(String what, String lines, String error) {
    return Arguments.of(what, Scenarios.BASE + lines, error);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        added("a key without a space after its colon is named on its own line",
            "seed:1          # the seed\n\nnetwork: {}\n",
            "t.yaml:8:5: YAML syntax error: 'seed:1' needs a space after ':' to be a key and its"
                + " value; expected seed: 1"),
        added("a key without any colon is named on its own line",
            "seed\nnetwork: {}\n",
            "t.yaml:8:1: YAML syntax error: 'seed' has no ':' after it, so YAML cannot read it as"
                + " a key; expected seed: followed by its value"),
        added("a key and its value without the colon between them are named on their line",
            "seed 3\nnetwork: {}\n",
            "t.yaml:8:1: YAML syntax error: 'seed 3' has no ':' after its key; expected seed: 3"),
        edited("a first key without its colon is named on its line, not on the next",
            "elements:\n", "seed 3\nelements:\n",
            "t.yaml:1:1: YAML syntax error: 'seed 3' has no ':' after its key, so YAML read it and"
                + " line 2 as one text; expected seed: 3"),
        edited("a nested key without its colon is named on its line, not on the next",
            BOB, "  bob:\n    kind phone\n    aor: sip:bob@example.com\n    address: 192.0.2.102\n",
            "t.yaml:6:5: YAML syntax error: 'kind phone' has no ':' after its key, so YAML read it"
                + " and line 7 as one text; expected kind: phone"),
        edited("a key indented more than the key: value before it is told the indent expected",
            BOB, "  bob:\n    kind: phone\n    aor: sip:bob@example.com\n"
                + "     address: 192.0.2.102\n",
            "t.yaml:8:6: YAML syntax error: this line is indented more than line 7, so YAML read"
                + " it as more of the value of 'aor'; expected it indented like line 7 (column 5)"),
        added("a list item's key indented more than the item's first key is told its column",
            "expect:\n  - by: 4s\n     alice: in-call\n",
            "t.yaml:10:6: YAML syntax error: this line is indented more than line 9, so YAML read"
                + " it as more of the value of 'by'; expected it indented like line 9 (column 5)"),
        edited("a ': ' on a later line of a value over several lines asks for a | block",
            "elements:\n", "description: Alice calls Bob\n  and then: they talk\nelements:\n",
            "t.yaml:2:11: YAML syntax error: this line goes on the value of 'description' (line"
                + " 1), and a value holding ': ' must be in quotes; expected description: | with"
                + " its text on the lines below"),
        added("a list item's key indented short of the item's first key is told that key's"
                + " column, not the list's",
            "  - at: 2s\n    do: alice.hangup\n  - at: 3s\n   do: alice.hangup\n",
            "t.yaml:11:4: YAML syntax error: this line is indented past the '-' of the list item"
                + " on line 10 but short of its keys, which YAML cannot read; expected it indented"
                + " like the item's first key (column 5)"),
        added("a full-width colon is named",
            "seed\uFF1A 1\nnetwork: {}\n",
            "t.yaml:8:5: YAML syntax error: a full-width colon '\uFF1A' (U+FF1A), as Chinese and"
                + " Japanese input methods type, which YAML does not take for ':'; expected an"
                + " ordinary ':' followed by a space"),
        edited("an unclosed single quote is named where it opens",
            "aor: sip:alice@example.com", "aor: 'sip:alice@example.com",
            "t.yaml:4:30: YAML syntax error: this quote is not closed on its line, so YAML read"
                + " on to line 8 and failed there; expected a closing ' before the end of the"
                + " line (an apostrophe inside '...' is written '')"),
        edited("a list item without a space after its dash",
            "  - { at: 1s", "  -{ at: 1s",
            "t.yaml:7:3: YAML syntax error: a list item needs a space after its '-'; expected -"
                + " { at: 1s, do: alice.call bob }"),
        added("a list item indented more than the one before it",
            "    - { at: 2s, do: alice.hangup }\n",
            "t.yaml:8:5: YAML syntax error: this line is indented more than the list items before"
                + " it, which YAML cannot read; expected it indented like line 7 (column 3)"),
        edited("a list item indented more than an unindented one before it names that item",
            "  - { at: 1s, do: alice.call bob }\n",
            "- { at: 1s, do: alice.call bob }\n  - { at: 2s, do: alice.hangup }\n",
            "t.yaml:8:3: YAML syntax error: this line is indented more than the list items before"
                + " it, which YAML cannot read; expected it indented like line 7 (column 1)"),
        edited("a list item's key under the item's dash is told the column of the first key",
            "  - { at: 1s, do: alice.call bob }\n", "  - at: 1s\n  do: alice.call bob\n",
            "t.yaml:8:3: YAML syntax error: this key is at the column of the '-' of the list item"
                + " on line 7, which YAML cannot read as a key of that item; expected it indented"
                + " like the item's first key (column 5), or '- ' before it if it starts an item"
                + " of its own"),
        edited("a '{' not closed on its line is named where it opens",
            "registrar: registrar }", "registrar: registrar",
            "t.yaml:3:10: YAML syntax error: this '{' is not closed on its line, so YAML read on"
                + " into line 4 and failed there; expected '}' before the end of line 3"),
        edited("a missing comma in a { } mapping names the words around it",
            "kind: proxy, address", "kind: proxy address",
            "t.yaml:3:31: YAML syntax error: a ':' after 'proxy address'; expected a ',' before"
                + " 'address' if it starts the next entry of this { }, or the value in quotes if"
                + " it holds ': '"),
        edited("a ']' closing a '{'",
            "do: alice.call bob }", "do: alice.call bob ]",
            "t.yaml:7:34: YAML syntax error: a ']' where the '{' opened at line 7, column 5 needs"
                + " a '}'; expected '}'"),
        edited("a '}' that closes nothing",
            "do: alice.call bob }", "do: alice.call bob }}",
            "t.yaml:7:35: YAML syntax error: a '}' that closes nothing; expected as many '{'"
                + " before it as there are '}'"),
        added("a value holding ': ' is shown quoted",
            "name: Lab 1: my first call   # the title\n",
            "t.yaml:8:12: YAML syntax error: this value holds ': ', which YAML reads as the start"
                + " of another key; expected the value in quotes: name: \"Lab 1: my first call\""),
        edited("an IPv6 address with a port is shown quoted",
            "address: 192.0.2.101", "address: [2001:db8::1]:5060",
            "t.yaml:4:62: YAML syntax error: an IPv6 address with a port must be in quotes, since"
                + " YAML reads the ':' after ']' as the end of a key; expected"
                + " \"[2001:db8::1]:5060\""),
        edited("a value starting with a reserved character is shown quoted",
            "domain: example.com", "domain: @example.com",
            "t.yaml:2:41: YAML syntax error: a value cannot start with '@' unless it is in"
                + " quotes: YAML keeps that character for itself; expected \"@example.com\""),
        edited("a value starting with '*' is explained as an alias",
            "domain: example.com", "domain: *example",
            "t.yaml:2:41: YAML syntax error: a value starting with '*' is read by YAML as a"
                + " reference to an anchor (*example), and the file defines no anchor 'example';"
                + " expected the value in quotes, such as \"*example\""),
        added("a tab after a colon",
            "seed:\t1\n",
            "t.yaml:8:6: YAML syntax error: a tab character, which YAML does not allow here (it"
                + " indents and separates with spaces); expected spaces, not tabs"),
        added("a second ':' where a value should be",
            "timers: { T1: : 1s }\n",
            "t.yaml:8:15: YAML syntax error: a ':' where YAML expected a value; expected a value"
                + " here, or the value in quotes if it starts with ':'"),
        added("a list started on its key's line",
            "network:  - { loss: 1% }\n",
            "t.yaml:8:11: YAML syntax error: a list item ('- ') where YAML cannot start a list,"
                + " such as on its key's line; expected the list's items on lines of their own"
                + " under the key, or the list in [ ]"),
        added("a second YAML document",
            "---\nseed: 1\n",
            "t.yaml:8:1: YAML syntax error: a line '---' or '...' ends the scenario's YAML"
                + " document here, and a scenario file holds one document; expected no '---' or"
                + " '...' line after the first content"),
        added("a { } mapping that lost its '{'",
            "timers: T1: 1s }\n",
            "t.yaml:8:11: YAML syntax error: this value ends with '}' but no '{' opens it, so YAML"
                + " read its ': ' as the start of another key; expected timers: { T1: 1s }"),
        added("a '{' never closed before the end of the file",
            "network: { default: { delay: 1s }\n",
            "t.yaml:8:10: YAML syntax error: this '{' is never closed; expected '}' after its"
                + " last entry"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isExplainedAtTheMistake(String what, String text, String error) {
    assertEquals(List.of(error), Scenarios.errors(text));
  }

  @Test
  @DisplayName("no explanation uses YAML's parser terms or its 'while ...' context")
  void noExplanationUsesParserTerms() {
    cases().forEach(c -> {
      String error = (String) c.get()[2];
      assertFalse(error.matches(".*(<block|<scalar>|while (parsing|scanning)|simple key).*"),
          error);
    });
  }
}
