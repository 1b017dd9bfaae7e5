package org.siplab.scenario.generated;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.siplab.testkit.Draw;

/**
 * Scenario files as users write them (scenarios/README.md), drawn at random over a wide space and
 * free of {@code misbehave:} keys: direct calls, one proxy, two proxies or a PBX; a registrar with
 * or without users and with right, wrong or missing passwords; sometimes a redirect server and a
 * second phone on one AOR (a fork); 2-4 phones with their own answer policies; script steps at
 * times or on events; links with delay and jitter, and sometimes loss, duplication, reordering,
 * partitions and targeted faults. Every file is meant to load: a file that does not is a bug of
 * the generator or the loader. Runs stay under two minutes of virtual time: the last {@code at:}
 * step comes before 45 s, an {@code on:} step waits 5 s at most, and the run's tail is 64*T1 plus
 * a second (33 s with the default T1, 65 s with the largest drawn, 1 s).
 */
final class ScenarioTexts {

  /** The topologies; each names who routes a call between the phones. */
  enum Topology { DIRECT, PROXY, TWO_PROXIES, PBX }

  private static final List<String> NAMES = List.of("alice", "bob", "carol", "dave");

  private ScenarioTexts() {}

  /** The generator; a falsified example prints as the whole file. */
  static Gen<String> scenarios() {
    Gen<String> gen = in -> new Writer(new Draw(in)).write();
    return gen.describedAs(text -> "\n" + text);
  }

  /** One scenario file, drawn piece by piece from {@code d}. */
  private static final class Writer {
    private final Draw d;
    private final StringBuilder out = new StringBuilder();
    private final Topology topology;
    private final List<String> phones = new ArrayList<>();
    private final List<String> servers = new ArrayList<>();
    /** What a phone may call: element names and SIP URIs. */
    private final List<String> targets = new ArrayList<>();
    private final boolean redirect;
    private final boolean fork;

    Writer(Draw d) {
      this.d = d;
      this.topology = d.pick(Topology.values());
      int n = d.between(2, 4);
      phones.addAll(NAMES.subList(0, n));
      this.redirect = topology != Topology.PBX && d.chance(25);
      this.fork = topology == Topology.PROXY && d.chance(25);
    }

    String write() {
      out.append("name: generated\nseed: ").append(d.between(0, 1_000_000)).append('\n');
      if (d.chance(15)) {
        out.append("timers: { T1: ").append(d.pick("250ms", "500ms", "1s")).append(" }\n");
      }
      out.append("elements:\n");
      switch (topology) {
        case DIRECT -> direct();
        case PROXY -> oneProxy();
        case TWO_PROXIES -> twoProxies();
        case PBX -> pbx();
        default -> throw new IllegalStateException();
      }
      if (redirect) {
        redirectServer();
      }
      network();
      script();
      return out.toString();
    }

    private String address(int i) {
      return "192.0.2." + (101 + i);
    }

    /** Each phone in a domain of its own (README: no two phones on a domain no server serves). */
    private void direct() {
      for (int i = 0; i < phones.size(); i++) {
        String name = phones.get(i);
        phone(name, "sip:" + name + "@" + name + ".example.com", i, null, null);
        targets.add(name);
        targets.add("sip:" + name + "@" + name + ".example.com");
      }
    }

    private void oneProxy() {
      boolean auth = d.chance(25);
      List<String> passwords = passwords();
      element("proxy", "kind: proxy, domain: example.com, address: 192.0.2.10,"
          + " registrar: registrar" + (d.chance(20) ? ", record-route: false" : "")
          + (d.chance(30) ? ", forking: sequential" : "")
          + (d.chance(15) ? ", timer-c: " + d.between(10, 200) + "s" : "")
          + (auth ? ", auth: { users: " + users(passwords) + " }" : ""));
      element("registrar", "kind: registrar, domain: example.com, address: 192.0.2.11"
          + registrarKeys(passwords));
      servers.add("proxy");
      servers.add("registrar");
      for (int i = 0; i < phones.size(); i++) {
        String name = phones.get(i);
        phone(name, "sip:" + name + "@example.com", i, "proxy", password(passwords, i));
        targets.add(name);
        targets.add("sip:" + name + "@example.com");
      }
      if (fork) {
        phones.add("bob-mobile");
        phone("bob-mobile", "sip:bob@example.com", 9, "proxy", password(passwords, 1));
      }
      targets.add("sip:nobody@example.com");
    }

    private void twoProxies() {
      String[] domains = {"atlanta.example.com", "biloxi.example.com"};
      List<String> passwords = passwords();
      for (int p = 0; p < 2; p++) {
        String proxy = "proxy-" + (p + 1);
        String registrar = "registrar-" + (p + 1);
        element(proxy, "kind: proxy, domain: " + domains[p] + ", address: 192.0.2." + (11 + p * 10)
            + ", registrar: " + registrar + (d.chance(20) ? ", record-route: false" : "")
            + (d.chance(20) ? ", auth: { users: " + users(passwords) + " }" : ""));
        element(registrar, "kind: registrar, domain: " + domains[p] + ", address: 192.0.2."
            + (12 + p * 10) + registrarKeys(passwords));
        servers.add(proxy);
        servers.add(registrar);
      }
      for (int i = 0; i < phones.size(); i++) {
        String name = phones.get(i);
        String aor = "sip:" + name + "@" + domains[i % 2];
        phone(name, aor, i, "proxy-" + (i % 2 + 1), password(passwords, i));
        targets.add(name);
        targets.add(aor);
      }
    }

    private void pbx() {
      List<String> passwords = passwords();
      StringBuilder accounts = new StringBuilder();
      StringBuilder extensions = new StringBuilder();
      for (int i = 0; i < phones.size(); i++) {
        String name = phones.get(i);
        String type = d.pick("friend", "friend", "peer", "user");
        accounts.append(i == 0 ? "" : ", ").append(name).append(": { type: ").append(type)
            .append(passwords.isEmpty() ? "" : ", secret: \"" + passwords.get(i) + "\"")
            .append(d.chance(15) ? ", host: " + address(i) : "")
            .append(" }");
        extensions.append(i == 0 ? "" : ", ").append('"').append(100 + i).append("\": ")
            .append(name);
        targets.add("sip:" + (100 + i) + "@pbx.example.com");
      }
      targets.add("sip:999@pbx.example.com");
      element("pbx", "kind: pbx, domain: pbx.example.com, address: 192.0.2.10, accounts: { "
          + accounts + " }, extensions: { " + extensions + " }"
          + (d.chance(40) ? ", ring-timeout: " + d.between(3, 20) + "s" : ""));
      servers.add("pbx");
      for (int i = 0; i < phones.size(); i++) {
        String name = phones.get(i);
        phone(name, "sip:" + name + "@pbx.example.com", i, "pbx", password(passwords, i));
      }
    }

    /** A redirect server that sends callers of moved.example.com to the phones' own AORs. */
    private void redirectServer() {
      StringBuilder contacts = new StringBuilder();
      for (int i = 0; i < 2; i++) {
        String name = phones.get(i);
        String home = topology == Topology.DIRECT ? name + ".example.com"
            : topology == Topology.PROXY ? "example.com"
            : i % 2 == 0 ? "atlanta.example.com" : "biloxi.example.com";
        contacts.append(i == 0 ? "" : ", ").append("\"sip:").append(name)
            .append("@moved.example.com\": [ \"sip:").append(name).append('@').append(home)
            .append("\" ]");
        targets.add("sip:" + name + "@moved.example.com");
      }
      element("redirect", "kind: redirect, domain: moved.example.com, address: 192.0.2.30,"
          + " contacts: { " + contacts + " }");
      servers.add("redirect");
    }

    /** The users' passwords, or none (a registrar or PBX that challenges no one). */
    private List<String> passwords() {
      if (d.chance(40)) {
        return List.of();
      }
      return List.of("pw-alice", "pw-bob", "pw-carol", "pw-dave");
    }

    private String users(List<String> passwords) {
      if (passwords.isEmpty()) {
        return "{ alice: pw-alice }";
      }
      StringBuilder users = new StringBuilder("{ ");
      for (int i = 0; i < phones.size(); i++) {
        users.append(i == 0 ? "" : ", ").append(phones.get(i)).append(": ")
            .append(passwords.get(i));
      }
      return users.append(" }").toString();
    }

    private String registrarKeys(List<String> passwords) {
      StringBuilder keys = new StringBuilder();
      if (!passwords.isEmpty()) {
        keys.append(", users: ").append(users(passwords));
        if (d.chance(30)) {
          keys.append(", algorithm: SHA-256");
        }
        if (d.chance(20)) {
          keys.append(", nonce-lifetime: ").append(d.between(5, 60)).append('s');
        }
      }
      int min = 60;
      if (d.chance(15)) {
        min = d.pick(30, 60, 120);
        keys.append(", min-expires: ").append(min).append('s');
      }
      if (d.chance(15)) {
        keys.append(", max-expires: ").append(min * d.between(1, 10)).append('s');
      }
      return keys.toString();
    }

    /** The right password mostly, sometimes a wrong one or none. */
    private String password(List<String> passwords, int i) {
      int roll = d.between(0, 99);
      if (roll < 10) {
        return null;
      }
      if (roll < 20 || passwords.isEmpty()) {
        return "wrong-" + i;
      }
      return passwords.get(i);
    }

    private void phone(String name, String aor, int i, String proxy, String password) {
      StringBuilder keys = new StringBuilder("kind: phone, aor: \"" + aor + "\", address: "
          + address(i));
      if (proxy != null) {
        keys.append(", proxy: ").append(proxy);
      }
      if (password != null) {
        keys.append(", password: \"").append(password).append('"');
      }
      if (d.chance(20)) {
        keys.append(", offer: none");
      }
      if (d.chance(15)) {
        keys.append(", codecs: [").append(d.pick("PCMA", "GSM, PCMU", "G722, PCMA")).append(']');
      }
      if (d.chance(20)) {
        keys.append(", register: { expires: ").append(d.pick("60s", "120s", "3600s"))
            .append(d.chance(30) ? ", refresh: false" : "")
            .append(d.chance(30) ? ", q: 0." + d.between(1, 9) : "").append(" }");
      }
      if (d.chance(70)) {
        keys.append(", answer: ").append(answer());
      }
      if (d.chance(10)) {
        keys.append(", max-forwards: ").append(d.between(0, 3));
      }
      if (d.chance(10)) {
        keys.append(", display-name: \"").append(d.pick("Alice A.", "Bob", "Ça va")).append('"');
      }
      if (d.chance(15)) {
        keys.append(", cancel-after: ").append(d.between(1, 8)).append('s');
      }
      element(name, keys.toString());
    }

    private String answer() {
      StringBuilder a = new StringBuilder("{ after: " + d.between(0, 40) * 100 + "ms");
      if (d.chance(40)) {
        a.append(", with: ").append(d.pick("answer", "busy", "decline", "unavailable",
            "no-answer", "404", "480", "500", "503", "600", "606"));
      }
      if (d.chance(25)) {
        a.append(", ringing: false");
      }
      if (d.chance(20)) {
        a.append(", early-media: true");
      }
      return a.append(" }").toString();
    }

    private void element(String name, String keys) {
      out.append("  ").append(name).append(": { ").append(keys).append(" }\n");
    }

    private void network() {
      out.append("network:\n  default: { delay: ").append(d.between(0, 80)).append("ms, jitter: ")
          .append(d.between(0, 20)).append("ms");
      if (d.chance(20)) {
        out.append(", loss: ").append(d.between(1, 30)).append('%');
      }
      if (d.chance(15)) {
        out.append(", duplicate: ").append(d.between(1, 30)).append('%');
      }
      if (d.chance(15)) {
        out.append(", reorder: ").append(d.between(1, 30)).append("%, reorder-delay: ")
            .append(d.between(5, 100)).append("ms");
      }
      out.append(" }\n");
      List<String> all = new ArrayList<>(phones);
      all.addAll(servers);
      if (d.chance(30)) {
        String phone = d.pick(all);
        String peer = other(all, phone);
        out.append("  links:\n    - { ").append(d.chance(70) ? "between: [" + phone + ", " + peer
            + "]" : "from: " + phone + ", to: " + peer);
        if (d.chance(50)) {
          out.append(", loss: ").append(d.between(5, 40)).append('%');
        } else {
          int start = d.between(0, 20);
          out.append(", partitions: [{ start: ").append(start).append("s, end: ")
              .append(start + d.between(1, 10)).append("s }]");
        }
        out.append(" }\n");
      }
      if (d.chance(20)) {
        String phone = d.pick(phones);
        String peer = other(all, phone);
        boolean up = d.chance(50);
        String kind = d.pick("drop", "duplicate", "delay");
        out.append("  faults:\n    - { ").append(kind).append(": \"")
            .append(d.pick("INVITE", "ACK", "BYE", "200 INVITE", "180", "200", "REGISTER"))
            .append("\", from: ").append(up ? phone : peer).append(", to: ")
            .append(up ? peer : phone).append(", nth: ").append(d.between(1, 2))
            .append(kind.equals("delay") ? ", by: " + d.between(1, 3) + "s" : "").append(" }\n");
      }
    }

    private String other(List<String> names, String name) {
      List<String> others = new ArrayList<>(names);
      others.remove(name);
      return d.pick(others);
    }

    private void script() {
      out.append("script:\n");
      if (topology != Topology.DIRECT) {
        for (String phone : phones) {
          if (d.chance(80)) {
            step("at: " + d.between(0, 5) * 100 + "ms", phone + ".register");
          }
        }
      }
      int calls = d.between(1, 3);
      for (int i = 0; i < calls; i++) {
        call();
      }
      int steps = d.between(0, 4);
      for (int i = 0; i < steps; i++) {
        if (d.chance(30)) {
          onStep();
        } else {
          String phone = d.pick(phones);
          step("at: " + d.between(5, 400) * 100 + "ms", phone + "." + action(phone));
        }
      }
    }

    /**
     * A call and what its two ends do after it, at times that fit a call's life: the caller may
     * cancel it early, the callee may answer, refuse or let it ring, and either end may hold,
     * resume, re-INVITE, send INFO and hang up.
     */
    private void call() {
      String caller = d.pick(phones);
      String target = target(caller);
      String callee = phones.stream().filter(p -> names(target, p)).findFirst()
          .orElse(extension(target).orElse(caller));
      long at = d.between(5, 250) * 100L;
      step("at: " + at + "ms", caller + ".call " + target);
      if (phones.size() > 2 && d.chance(15)) {
        // A second caller for the same callee, while the first call rings or is up.
        String second = phones.stream().filter(p -> !p.equals(caller) && !p.equals(callee))
            .findFirst().orElseThrow();
        step("at: " + (at + d.between(0, 30) * 100L) + "ms", second + ".call " + target);
      }
      if (d.chance(15)) {
        step("at: " + (at + d.between(1, 30) * 100L) + "ms", caller + ".cancel");
      }
      if (d.chance(40)) {
        step("at: " + (at + d.between(1, 30) * 100L) + "ms", callee + "."
            + d.pick("answer", "answer", "answer", "decline", "busy"));
      }
      long next = at + 2_000;
      int later = d.between(0, 4);
      for (int i = 0; i < later; i++) {
        next += d.between(1, 40) * 100L;
        String who = d.chance(50) ? caller : callee;
        String what = d.pick("hold", "resume", "reinvite", "info", "hangup", "move");
        step("at: " + next + "ms", who + "." + (what.equals("move") ? moveTo(who) : what));
        if (d.chance(10)) {
          // Both ends at the same instant: re-INVITE glare (14.1) or BYEs that cross.
          step("at: " + next + "ms", (who.equals(caller) ? callee : caller) + "."
              + d.pick("reinvite", "hangup", "info", "hold"));
        }
      }
    }

    /** Whether {@code target} is the phone {@code phone}, by its name or an AOR of its name. */
    private static boolean names(String target, String phone) {
      return target.equals(phone) || target.contains(":" + phone + "@");
    }

    /** A phone's move to a new address of its own (RFC 3665 3.7). */
    private String moveTo(String phone) {
      return "move 192.0.2." + (201 + phones.indexOf(phone));
    }

    /** The phone a PBX extension of {@link #pbx} leads to, if it is one. */
    private Optional<String> extension(String target) {
      for (int i = 0; i < phones.size(); i++) {
        if (target.startsWith("sip:" + (100 + i) + "@")) {
          return Optional.of(phones.get(i));
        }
      }
      return Optional.empty();
    }

    /** An action at a time: anything a phone does. */
    private String action(String phone) {
      String action = d.pick("call", "call", "call", "answer", "decline", "busy", "hangup",
          "hangup", "cancel", "hold", "resume", "reinvite", "info", "options", "message",
          topology == Topology.DIRECT ? "options" : "register",
          topology == Topology.DIRECT ? "info" : "unregister",
          topology == Topology.DIRECT ? "call" : "query",
          topology == Topology.DIRECT ? "hangup" : "unregister-all");
      return switch (action) {
        case "call", "options" -> action + " " + target(phone);
        case "message" -> "message " + target(phone) + " " + d.pick("hi", "See you at five");
        default -> action;
      };
    }

    /**
     * A step on an event, with an action that cannot set off the same event again (on
     * alice.failed do alice.call bob, against a busy bob, never ends: the runner calls it a
     * runaway, rightly).
     */
    private void onStep() {
      String phone = d.pick(phones);
      String event = d.pick("incoming", "ringing", "in-call", "registered", "ended", "failed",
          "answered", "registration-failed");
      String action = switch (event) {
        case "incoming", "ringing" -> d.pick("answer", "decline", "busy", "cancel");
        case "in-call", "answered" -> d.pick("hangup", "hold", "info", "hangup");
        case "registered" -> d.pick("call " + target(phone), "options " + target(phone));
        case "ended", "failed" -> d.pick("options " + target(phone), "message "
            + target(phone) + " bye");
        default -> "info";
      };
      String who = d.chance(70) ? phone : d.pick(phones);
      if (event.equals("registered") && !who.equals(phone)) {
        action = "info";
      }
      step("on: " + phone + "." + event + ", after: " + d.between(0, 50) * 100 + "ms",
          who + "." + action);
    }

    private String target(String phone) {
      List<String> others = new ArrayList<>(targets);
      others.remove(phone);
      return d.pick(others);
    }

    private void step(String when, String action) {
      out.append("  - { ").append(when).append(", do: ").append(action).append(" }\n");
    }
  }
}
