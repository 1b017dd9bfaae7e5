package org.siplab.scenario.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of mistake gives exactly this {@code file:line:column: message}. Every case adds lines
 * to {@link Scenarios#BASE} (or replaces it), so its line numbers start at 8.
 */
@DisplayName("a mistake in a scenario file")
class ErrorMessagesTest {

  /** A PBX alone, on line 2, its mapping closed by the first "}\n". */
  private static final String PBX =
      "elements:\n  pbx: { kind: pbx, domain: pbx.example.com, address: 192.0.2.10,}\n";

  /** What a duration error says a duration is, after the duration meant. */
  private static final String FORMS = "(one number and one unit, with no space or one space"
      + " between: 500ms, 1.5s, 20 ms; units: us, ms, s, m, h)";

  /** A sixth element, for cases that add one on line 6. */
  private static final String CAROL =
      "  carol: { kind: phone, aor: sip:carol@example.com, address: 192.0.2.103 }\n";

  private static Arguments added(String what, String lines, String... errors) {
    return Arguments.of(what, Scenarios.BASE + lines, List.of(errors));
  }

  private static Arguments whole(String what, String text, String... errors) {
    return Arguments.of(what, text, List.of(errors));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        added("a duration without a unit says which units exist",
            "timers: { T1: 500 }\n",
            "t.yaml:8:15: '500' has no unit; expected a duration such as 500ms or 500s"
                + " (units: us, ms, s, m, h)"),
        added("a duration with a unit spelt another way gets the duration meant",
            "timers: { T1: 2sec }\n",
            "t.yaml:8:15: '2sec' has the unknown unit 'sec'; did you mean '2s'? (units: us, ms,"
                + " s, m, h)"),
        added("a duration in words, minutes, capitals or the micro sign gets the duration meant",
            "network: { default: { delay: 2 seconds, jitter: 1.5MS, reorder-delay: 100\u00b5s },"
                + " links: [{ between: [alice, bob], delay: 1min }] }\n",
            "t.yaml:8:30: '2 seconds' has the unknown unit 'seconds'; did you mean '2s'? (units:"
                + " us, ms, s, m, h)",
            "t.yaml:8:49: '1.5MS' has the unknown unit 'MS'; did you mean '1.5ms'? (units: us,"
                + " ms, s, m, h)",
            "t.yaml:8:71: '100\u00b5s' has the unknown unit '\u00b5s'; did you mean '100us'?"
                + " (units: us, ms, s, m, h)",
            "t.yaml:8:120: '1min' has the unknown unit 'min'; did you mean '1m'? (units: us, ms,"
                + " s, m, h)"),
        added("a duration in parts or with a decimal comma gets the one duration meant",
            "timers: { T1: 1s500ms, T2: 1m30s }\nnetwork: { default: { delay: \"1,5ms\" } }\n",
            "t.yaml:8:15: '1s500ms' is not a duration; did you mean '1500ms'? " + FORMS,
            "t.yaml:8:28: '1m30s' is not a duration; did you mean '90s'? " + FORMS,
            "t.yaml:9:31: '1,5ms' is not a duration; did you mean '1.5ms'? " + FORMS),
        added("a duration with spaces in it gets the duration meant and the forms a duration"
                + " takes",
            "network: { default: { delay: 1m 30s, jitter: 1  s, reorder-delay: 1 m 30 s },"
                + " links: [{ between: [alice, bob], delay: 2  sec, jitter: 1 m 30 x }] }\n",
            "t.yaml:8:30: '1m 30s' is not a duration; did you mean '90s'? " + FORMS,
            "t.yaml:8:46: '1  s' is not a duration; did you mean '1s'? " + FORMS,
            "t.yaml:8:67: '1 m 30 s' is not a duration; did you mean '90s'? " + FORMS,
            "t.yaml:8:119: '2  sec' is not a duration; did you mean '2s'? " + FORMS,
            "t.yaml:8:135: '1 m 30 x' is not a duration; expected one number and one unit, with"
                + " no space or one space between: 500ms, 1.5s, 20 ms; units: us, ms, s, m, h"),
        added("a duration in parts too long for any timer is told its sum, without overflow",
            "timers: { T4: 99999999999999999999h1s }\n",
            "t.yaml:8:15: '99999999999999999999h1s' is not a duration; did you mean"
                + " '359999999999999999996401s'? " + FORMS),
        added("a duration with a unit that names none lists the units",
            "timers: { T1: 2xs }\n",
            "t.yaml:8:15: '2xs' has the unknown unit 'xs'; expected one of the units us, ms, s,"
                + " m, h, such as 2s"),
        added("a duration finer than a microsecond",
            "timers: { T1: 0.5us }\n",
            "t.yaml:8:15: '0.5us' is finer than a microsecond, the simulator's unit; expected a"
                + " whole number of microseconds, such as 250us"),
        added("a T1 of zero, which would retransmit without pause",
            "timers: { T1: 0s }\n",
            "t.yaml:8:15: T1 of 0s would retransmit without pause; expected a duration above 0s,"
                + " such as 500ms"),
        added("a T2 below T1 points at T2",
            "timers: { T1: 2s, T2: 1s }\n",
            "t.yaml:8:23: T2 1s is below T1 2s; expected T2 of at least T1 (17.1.2.2)"),
        added("a T4 of zero",
            "timers: { T4: 0s }\n",
            "t.yaml:8:15: '0s' is zero; this timer must run for some time; expected a duration"
                + " longer than 0s, such as 2s"),
        added("a T1 longer than an hour",
            "timers: { T1: 2h, T2: 3h }\n",
            "t.yaml:8:15: '2h' is longer than 3600s, the longest this value may be; expected at"
                + " most 3600s",
            "t.yaml:8:23: '3h' is longer than 3600s, the longest this value may be; expected at"
                + " most 3600s"),
        added("a T4 longer than an hour",
            "timers: { T4: 61m }\n",
            "t.yaml:8:15: '61m' is longer than 3600s, the longest this value may be; expected at"
                + " most 3600s"),
        added("a negative script time",
            "  - { at: -1s, do: alice.hangup }\n",
            "t.yaml:8:11: '-1s' is negative: a script time counts from the start of the run;"
                + " expected 0s or later"),
        added("a negative expectation time",
            "expect:\n  - { by: -5s, alice: in-call }\n",
            "t.yaml:9:11: '-5s' is negative: an expectation's time counts from the start of the"
                + " run; expected 0s or later"),
        added("an empty name, which would leave the report without a heading",
            "name: \"\"\n",
            "t.yaml:8:7: the title is empty, which would leave the report without a heading;"
                + " expected a title on one line (or no name: key, for the file name)"),
        added("a ratio above 100%",
            "network: { default: { loss: 120% } }\n",
            "t.yaml:8:29: '120%' is above 100%; expected a ratio from 0% to 100% (or 0 to 1),"
                + " such as 20% or 0.2"),
        added("a ratio above 1",
            "network: { default: { loss: 1.5 } }\n",
            "t.yaml:8:29: '1.5' is above 1; expected a ratio from 0% to 100% (or 0 to 1), such as"
                + " 20% or 0.2"),
        whole("a registration lifetime of 0, which asks for the binding's removal",
            Scenarios.BASE.replace("192.0.2.101, proxy: proxy }",
                "192.0.2.101, proxy: proxy, register: { expires: 0 } }"),
            "t.yaml:4:110: '0' would ask the registrar to remove the binding (an expiration of"
                + " 0, RFC 3261 section 10.2.2), not to make one; expected a lifetime above 0,"
                + " such as 3600 or 1h (the script action unregister removes a binding)"),
        whole("an IPv4 address with a number above 255",
            Scenarios.BASE.replace("192.0.2.11", "300.1.1.1"),
            "t.yaml:2:63: '300.1.1.1' is not an IPv4 address: 300 is above 255; expected four"
                + " numbers from 0 to 255, such as 192.0.2.10"),
        whole("a port above 65535 points at the port",
            Scenarios.BASE.replace("192.0.2.11", "192.0.2.11:70000"),
            "t.yaml:2:74: port 70000 is above 65535; expected a port from 1 to 65535"),
        whole("a host name where an address belongs",
            Scenarios.BASE.replace("192.0.2.11", "registrar.example.com"),
            "t.yaml:2:63: 'registrar.example.com' is not an IP address (the simulated network has"
                + " no DNS); expected an IP address with an optional port, such as 192.0.2.10 or"
                + " 192.0.2.10:5070 or \"[2001:db8::1]:5060\""),
        whole("an IPv6 address with a bad group",
            Scenarios.BASE.replace("192.0.2.11", "\"[2001:db8::g]:5060\""),
            "t.yaml:2:64: '2001:db8::g' is not an IPv6 address; expected eight groups of hex"
                + " digits with at most one '::', such as \"[2001:db8::1]:5060\""),
        whole("a SIP URI that does not parse points at the bad character",
            Scenarios.BASE.replace("sip:alice@example.com", "sip:alice@@example.com"),
            "t.yaml:4:40: 'sip:alice@@example.com' is not a valid SIP URI: expected a host name"
                + " or IP address at this character, as in sip:alice@example.com"),
        whole("an AOR that is not a SIP URI",
            Scenarios.BASE.replace("sip:alice@example.com", "alice@example.com"),
            "t.yaml:4:30: 'alice@example.com' is not a SIP URI; expected a SIP URI such as"
                + " sip:alice@example.com"),
        whole("an AOR without a user",
            Scenarios.BASE.replace("sip:alice@example.com", "sip:example.com"),
            "t.yaml:4:30: 'sip:example.com' names no user; expected an address of record such as"
                + " sip:alice@example.com"),
        whole("an unknown key, with a suggestion, and not also as a missing key",
            Scenarios.BASE.replace("address: 192.0.2.101", "adress: 192.0.2.101"),
            "t.yaml:4:53: unknown key 'adress' in phone 'alice'; did you mean 'address'?"),
        added("an unknown top-level key, with the keys that exist",
            "colour: blue\n",
            "t.yaml:8:1: unknown key 'colour' in the scenario; expected one of: name, description,"
                + " seed, timers, network, elements, script, expect"),
        added("a key given twice",
            "seed: 1\nseed: 2\n",
            "t.yaml:9:1: duplicate key 'seed' in the scenario, already set at line 8; expected"
                + " each key once"),
        added("a value of the wrong type",
            "seed: [1, 2]\n",
            "t.yaml:8:7: found a list; expected a whole number from 0 to 9223372036854775807"),
        added("a key without a value",
            "description:\n",
            "t.yaml:8:13: 'description' has no value; expected text"),
        whole("a missing required key",
            "seed: 3\n",
            "t.yaml:1:1: the scenario has no 'elements'; expected elements: the elements as a"
                + " mapping of names to settings, such as { alice: { kind: phone, ... } }"),
        whole("an unknown element kind",
            Scenarios.BASE.replace("kind: proxy", "kind: proxi"),
            "t.yaml:3:18: unknown element kind 'proxi'; did you mean 'proxy'?"),
        whole("an element name with capitals",
            Scenarios.BASE.replace("  bob:", "  Bob:").replace("call bob", "call Bob"),
            "t.yaml:5:3: element name 'Bob' has characters a name cannot have; expected"
                + " lower-case letters, digits and '-', starting with a letter, such as alice or"
                + " proxy-2"),
        whole("a duplicate element name",
            Scenarios.BASE.replace("script:", CAROL.replace("carol", "alice") + "script:"),
            "t.yaml:6:3: duplicate element 'alice', already defined at line 4; expected each"
                + " element name once"),
        whole("a duplicate address",
            Scenarios.BASE.replace("192.0.2.102", "192.0.2.101"),
            "t.yaml:5:58: address 192.0.2.101:5060 is already used by 'alice' (line 4); expected"
                + " each element to listen on its own address"),
        whole("a second element on the same IP address with another port",
            Scenarios.BASE.replace("192.0.2.102", "192.0.2.101:5070"),
            "t.yaml:5:58: address 192.0.2.101 is already the host of 'alice' (line 4,"
                + " 192.0.2.101:5060); expected each element on its own IP address: each is a host"
                + " of the simulated network, and a port does not make another host"),
        whole("two phones on one domain that no server answers for",
            """
            elements:
              alice: { kind: phone, aor: sip:alice@example.com, address: 192.0.2.101 }
              bob: { kind: phone, aor: sip:bob@Example.COM, address: 192.0.2.102 }
            script:
              - { at: 1s, do: alice.call bob }
            """,
            "t.yaml:3:28: phones 'alice' (line 2) and 'bob' both have addresses of record at"
                + " Example.COM, which no proxy, registrar, redirect server or PBX serves, so a"
                + " request for sip:bob@Example.COM would reach 'alice' (a domain resolves to one"
                + " host); expected each phone without a server on a domain of its own, or a"
                + " proxy with domain: Example.COM"),
        whole("a reference to an unknown element, with a suggestion",
            Scenarios.BASE.replace("call bob", "call bbo"),
            "t.yaml:7:30: unknown element 'bbo'; did you mean 'bob'?"),
        whole("a reference to an element of the wrong kind",
            Scenarios.BASE.replace("registrar: registrar }", "registrar: alice }"),
            "t.yaml:3:57: 'alice' is a phone; expected a registrar here"),
        whole("an unknown action, with a suggestion",
            Scenarios.BASE.replace("alice.call bob", "alice.cal bob"),
            "t.yaml:7:25: phone 'alice' has no action 'cal'; did you mean 'call'?"),
        whole("an action missing its argument",
            Scenarios.BASE.replace("alice.call bob", "alice.call"),
            "t.yaml:7:29: alice.call needs <target> after 'alice.call': a phone's name or a SIP"
                + " URI; expected alice.call <target>"),
        whole("an action with an argument too many",
            Scenarios.BASE.replace("alice.call bob", "alice.hangup bob"),
            "t.yaml:7:32: alice.hangup takes no more arguments, found 'bob'; expected"
                + " alice.hangup"),
        whole("an action of an element kind that has none",
            Scenarios.BASE.replace("alice.call bob", "proxy.call bob"),
            "t.yaml:7:25: proxy 'proxy' has no action 'call'; expected nothing: a proxy has no"
                + " script actions"),
        added("an unknown event, with a suggestion",
            "  - { on: bob.incomming, do: bob.answer }\n",
            "t.yaml:8:15: phone 'bob' has no event 'incomming'; did you mean 'incoming'?"),
        added("a phone told to call itself by name",
            "  - { at: 2s, do: bob.call bob }\n",
            "t.yaml:8:28: bob.call bob calls the phone itself, whose INVITE reaches its own call"
                + " attempt and is refused with 486 Busy Here; expected another element or a SIP"
                + " URI"),
        added("a phone told to send to a server by its name, which has no AOR to send to",
            "  - { at: 2s, do: alice.options registrar }\n  - { at: 3s, do: bob.message proxy"
                + " hi }\n",
            "t.yaml:8:33: 'registrar' is a registrar, and a phone sends by name only to another"
                + " phone; expected a phone's name or a SIP URI, such as sip:bob@example.com",
            "t.yaml:9:31: 'proxy' is a proxy, and a phone sends by name only to another phone;"
                + " expected a phone's name or a SIP URI, such as sip:bob@example.com"),
        whole("a list as a key inside a list gets what it found, not an internal error",
            Scenarios.BASE.replace("script:", CAROL.replace(" }", ", codecs: [[x]:y] }")
                + "script:"),
            "t.yaml:6:84: found a mapping; expected one of: PCMU, GSM, PCMA, G722, G729,"
                + " telephone-event, opus, iLBC, AMR-WB"),
        added("an action named after the request it sends gets the action",
            "  - { at: 2s, do: alice.bye }\n  - { at: 3s, do: alice.INVITE bob }\n",
            "t.yaml:8:25: phone 'alice' has no action 'bye'; did you mean 'hangup'? (it sends the"
                + " BYE)",
            "t.yaml:9:25: phone 'alice' has no action 'INVITE'; did you mean 'call'? (it sends"
                + " the INVITE)"),
        whole("G.711 by its ITU name gets SDP's names, not the G722 it is spelt closest to",
            Scenarios.BASE.replace("script:", CAROL.replace(" }",
                ", codecs: [G711, g711u, alaw, G729a] }") + "script:"),
            "t.yaml:6:84: unknown codec 'G711'; did you mean 'PCMU' or 'PCMA'? (SDP names G.711"
                + " by its law: PCMU mu-law, PCMA A-law)",
            "t.yaml:6:90: unknown codec 'g711u'; did you mean 'PCMU'? (SDP's name for G.711"
                + " mu-law)",
            "t.yaml:6:97: unknown codec 'alaw'; did you mean 'PCMA'? (SDP's name for G.711 A-law)",
            "t.yaml:6:103: unknown codec 'G729a'; did you mean 'G729'?"),
        added("a state where an event belongs says it is a state and lists the events",
            "  - { on: alice.early, do: alice.cancel }\n",
            "t.yaml:8:17: phone 'alice' has no event 'early'; 'early' is a state, which an"
                + " expectation checks ({ by: 2s, alice: early }), not an event; expected one of"
                + " the events: registered, registration-failed, incoming, ringing, answered,"
                + " in-call, ended, failed"),
        added("a step with both at and on",
            "  - { at: 1s, on: bob.incoming, do: bob.answer }\n",
            "t.yaml:8:5: a script step has both 'at' and 'on'; expected one of them, such as at:"
                + " 1s or on: bob.incoming"),
        added("an unknown state, with a suggestion",
            "expect:\n  - { by: 4s, alice: in-cal }\n",
            "t.yaml:9:22: phone 'alice' has no state 'in-cal'; did you mean 'in-call'?"),
        added("a rule id in lower case or without its leading zeros gets the id meant",
            "expect:\n  - { findings: [cseq-001, CSEQ-1, CSEQ-01, via] }\n",
            "t.yaml:9:18: 'cseq-001' is not written as a rule id; did you mean 'CSEQ-001'?"
                + " (capital letters, '-' and three digits)",
            "t.yaml:9:28: 'CSEQ-1' is not written as a rule id; did you mean 'CSEQ-001'?"
                + " (capital letters, '-' and three digits)",
            "t.yaml:9:36: 'CSEQ-01' is not written as a rule id; did you mean 'CSEQ-001'?"
                + " (capital letters, '-' and three digits)",
            "t.yaml:9:45: found 'via'; expected a rule id such as CSEQ-001: capital letters, '-'"
                + " and three digits (siplab rules lists them)"),
        added("an event where a state belongs says it is an event and lists the states",
            "expect:\n  - { by: 4s, alice: failed }\n",
            "t.yaml:9:22: phone 'alice' has no state 'failed'; 'failed' is an event, which a"
                + " script step waits for (on: alice.failed), not a state; expected one of the"
                + " states: idle, registered, calling, ringing, answered, early, in-call,"
                + " on-hold, ended"),
        added("a flow step with a bad status",
            "expect:\n  - flow: [alice>proxy INVITE, proxy>alice 1000]\n",
            "t.yaml:9:44: '1000' is not a status code; expected a status from 100 to 699"),
        added("a flow step with an unknown method, with a suggestion",
            "expect:\n  - flow: [alice>proxy INVTE]\n",
            "t.yaml:9:24: 'INVTE' is not a SIP method; did you mean 'INVITE'?"),
        added("an empty flow, which would check nothing",
            "expect:\n  - flow: []\n",
            "t.yaml:9:11: this flow has no message steps, so it would check nothing; expected at"
                + " least one flow step from>to MESSAGE, such as alice>proxy INVITE or"
                + " proxy>alice 100"),
        added("a flow of ... alone, which would check nothing",
            "expect:\n  - flow: [...]\n",
            "t.yaml:9:11: this flow has no message steps, so it would check nothing; expected at"
                + " least one flow step from>to MESSAGE, such as alice>proxy INVITE or"
                + " proxy>alice 100"),
        added("an empty any-order group",
            "expect:\n  - flow: [alice>proxy INVITE, { any-order: [] }]\n",
            "t.yaml:9:45: this any-order group is empty, so it would check nothing; expected at"
                + " least one flow step from>to MESSAGE, such as alice>proxy INVITE or"
                + " proxy>alice 100"),
        added("a state expectation that names no element",
            "expect:\n  - { by: 5s }\n",
            "t.yaml:9:5: this expectation names no element, so it would check nothing; expected"
                + " { by: 5s, alice: in-call } with at least one element and its state"),
        added("a word after a request's method in a flow step",
            "expect:\n  - flow: [alice>proxy INVITE now]\n",
            "t.yaml:9:31: 'now' follows the method INVITE; expected the method alone, as in"
                + " INVITE (a response is written with its status first: 200 INVITE)"),
        added("a finding that is not a rule id",
            "expect:\n  - findings: [cseq]\n",
            "t.yaml:9:16: found 'cseq'; expected a rule id such as CSEQ-001: capital letters,"
                + " '-' and three digits (siplab rules lists them)"),
        added("a finding id that is not in the catalog, with a suggestion",
            "expect:\n  - findings: [CSEQ-010]\n",
            "t.yaml:9:16: 'CSEQ-010' is not a rule in siplab's catalog; did you mean 'CSEQ-001'?"),
        added("a finding id far from every rule id",
            "expect:\n  - findings: [NOPE-001]\n",
            "t.yaml:9:16: 'NOPE-001' is not a rule in siplab's catalog; expected one of the rule"
                + " ids that siplab rules lists"),
        whole("a zero Timer C",
            Scenarios.BASE.replace("registrar: registrar }", "registrar: registrar,"
                + " timer-c: 0s }"),
            "t.yaml:3:77: '0s' is zero; this timer must run for some time; expected a duration"
                + " longer than 0s, such as 2s"),
        whole("a PBX whose ring timeout is zero",
            PBX.replace("}\n", " ring-timeout: 0s }\n"),
            "t.yaml:2:81: '0s' is zero; this timer must run for some time; expected a duration"
                + " longer than 0s, such as 2s"),
        whole("a PBX whose ring timeout has no unit",
            PBX.replace("}\n", " ring-timeout: 20 }\n"),
            "t.yaml:2:81: '20' has no unit; expected a duration such as 20ms or 20s (units: us,"
                + " ms, s, m, h)"),
        whole("a PBX whose ring timeout is negative",
            PBX.replace("}\n", " ring-timeout: -5s }\n"),
            "t.yaml:2:81: '-5s' is negative; expected a duration longer than 0s, such as 2s"),
        whole("a registrar whose nonces never live",
            Scenarios.BASE.replace("address: 192.0.2.11 }", "address: 192.0.2.11,"
                + " nonce-lifetime: 0s }"),
            "t.yaml:2:91: '0s' is zero; this timer must run for some time; expected a duration"
                + " longer than 0s, such as 2s"),
        whole("a phone with no voice codec",
            Scenarios.BASE.replace("192.0.2.101, proxy: proxy }", "192.0.2.101, proxy: proxy,"
                + " codecs: [telephone-event] }"),
            "t.yaml:4:97: codecs [telephone-event] has no voice codec; expected at least one of"
                + " PCMU, GSM, PCMA, G722, G729, opus, iLBC, AMR-WB"),
        whole("the unspecified IPv4 address, which no host has",
            Scenarios.BASE.replace("192.0.2.11", "0.0.0.0"),
            "t.yaml:2:63: '0.0.0.0' is in 0.0.0.0/8, which names no host (\"this network\");"
                + " expected a host's unicast address, such as 192.0.2.10"),
        whole("the broadcast address",
            Scenarios.BASE.replace("address: 192.0.2.10,", "address: 255.255.255.255,"),
            "t.yaml:3:34: '255.255.255.255' is the broadcast address, which names no host;"
                + " expected a host's unicast address, such as 192.0.2.10"),
        whole("a multicast address",
            Scenarios.BASE.replace("192.0.2.101", "224.0.0.1"),
            "t.yaml:4:62: '224.0.0.1' is a multicast address, which names a group, not a host;"
                + " expected a host's unicast address, such as 192.0.2.10"),
        whole("an IPv6 multicast address",
            Scenarios.BASE.replace("192.0.2.101", "\"[ff02::1]:5060\""),
            "t.yaml:4:63: 'ff02::1' is a multicast address, which names no host; expected a host's"
                + " unicast address, such as \"[2001:db8::1]:5060\""),
        whole("a codec listed twice",
            Scenarios.BASE.replace("192.0.2.101, proxy: proxy }", "192.0.2.101, proxy: proxy,"
                + " codecs: [PCMU, PCMA, PCMU] }"),
            "t.yaml:4:97: codecs lists PCMU twice; expected each codec once, in order of"
                + " preference"),
        whole("an empty user name",
            Scenarios.BASE.replace("192.0.2.101, proxy: proxy }", "192.0.2.101, proxy: proxy,"
                + " user: \"\" }"),
            "t.yaml:4:95: the value is empty; expected a word without spaces"),
        whole("a q-value above 1",
            Scenarios.BASE.replace("192.0.2.101, proxy: proxy }", "192.0.2.101, proxy: proxy,"
                + " register: { q: 1.5 } }"),
            "t.yaml:4:104: '1.5' is not a q-value; expected a q-value from 0 to 1 with at most"
                + " three decimals, such as 0.5 or 1 (RFC 3261 section 20.10)"),
        whole("a misbehaviour of another kind, with the kind's list",
            Scenarios.BASE.replace("script:", CAROL.replace(" }", ", misbehave: [keep-via] }")
                + "script:"),
            "t.yaml:6:87: unknown phone misbehaviour 'keep-via'; expected one of: reuse-cseq,"
                + " lower-cseq, ack-wrong-cseq, new-call-id-on-retry, new-from-tag-on-retry,"
                + " no-magic-cookie, drop-to-tag, drop-from-tag, reuse-branch,"
                + " wrong-response-cseq, missing-colon, huge-cseq, renumber-retransmissions,"
                + " cancel-wrong-cseq, accept-lower-cseq, reuse-register-cseq,"
                + " new-call-id-in-dialog, new-call-id-on-refresh, change-to-tag,"
                + " no-to-tag-in-dialog, add-via-to-response, contact-in-bye, cancel-other-uri,"
                + " half-t1, no-backoff, retransmit-after-timeout, replay-nonce-count"),
        whole("yes where a boolean belongs",
            Scenarios.BASE.replace("script:", CAROL.replace(" }", ", register: { refresh: yes } }")
                + "script:"),
            "t.yaml:6:96: 'yes' is text in YAML 1.2, not a boolean; expected true or false"),
        whole("a non-breaking space in the indentation is named where it is",
            Scenarios.BASE.replace("  - { at: 1s", "\u00A0 - { at: 1s"),
            "t.yaml:7:1: YAML syntax error: a non-breaking space (U+00A0), as text pasted from a"
                + " web page or a word processor brings, which YAML does not take for a space;"
                + " expected an ordinary space"),
        whole("a quote never closed is named where it opens, not where YAML gave up",
            Scenarios.BASE.replace("domain: example.com", "domain: \"example.com"),
            "t.yaml:2:41: YAML syntax error: this quote is not closed on its line, so YAML read on"
                + " to line 8 and failed there; expected a closing \" before the end of the line"),
        whole("a YAML syntax error stops at the first one",
            "elements:\n  alice: { kind: phone, address: [2001:db8::1]:5060 }\nseed: x\n",
            "t.yaml:2:34: YAML syntax error: an IPv6 address with a port must be in quotes, since"
                + " YAML reads the ':' after ']' as the end of a key; expected"
                + " \"[2001:db8::1]:5060\""),
        whole("a tab used for indentation",
            "elements:\n\talice: {}\n",
            "t.yaml:2:1: YAML syntax error: a tab character, which YAML does not allow here (it"
                + " indents and separates with spaces); expected spaces, not tabs"),
        whole("an empty file",
            "",
            "t.yaml:1:1: the file holds no scenario; expected a mapping with at least elements:"
                + " (see scenarios/README.md, or siplab new)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName("is reported as file:line:column: what is wrong; what was expected")
  void reported(String what, String text, List<String> expected) {
    assertEquals(expected, Scenarios.errors(text));
  }
}
