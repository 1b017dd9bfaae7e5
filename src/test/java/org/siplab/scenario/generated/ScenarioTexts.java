package org.siplab.scenario.generated;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.quicktheories.core.Gen;
import org.siplab.testkit.Draw;

/**
 * Scenario files as users write them (scenarios/README.md), drawn at random over a wide space and
 * free of {@code misbehave:} keys: direct calls, one proxy, two proxies, the RFC 3665 shape
 * (callers behind an outbound proxy, sometimes a SIP ALG or a list of proxies to fail over,
 * callees registered straight with their registrar) or a PBX (with an account of each type, an
 * extension that dials a SIP URI, a phone without an account, accounts in another dialplan
 * context than the one that holds the extensions, sometimes behind a proxy and with a trunk to
 * that proxy); a registrar with or without users,
 * digest user names of their own and permissions, and right, wrong or missing passwords;
 * a redirect server backed by a registrar, whose 302s the callers follow; sometimes a redirect
 * server with fixed contacts; a second phone on one AOR, forked by the one proxy, by the
 * callee's proxy behind the caller's (parallel or sequential, by q-value) or redirected to;
 * 2-4 phones with their own answer policies and registrations short enough to be refused (423)
 * or refreshed in the run;
 * servers on another port, and sometimes every address in IPv6; T1, T2 and T4 of their own;
 * script steps at times or on events, calls placed while the caller's REGISTER is challenged,
 * targets and SIP URIs in the file sometimes with URI parameters (user=phone, transport=udp);
 * expectations, judged but not required to hold ({@link ExpectTexts}); and links with delay and
 * jitter, and sometimes loss, duplication, reordering, partitions and targeted faults
 * ({@link NetworkTexts}). Every file is meant to load: a file that does not is a bug of the
 * generator or the loader. Runs stay under two minutes of virtual time: the last {@code at:}
 * step comes before 45 s, an {@code on:} step waits 5 s at most, and the run's tail is 64*T1 plus
 * a second (33 s with the default T1, 65 s with the largest drawn, 1 s).
 */
final class ScenarioTexts {

  /** The topologies; each names who routes a call between the phones. */
  enum Topology { DIRECT, PROXY, TWO_PROXIES, SPLIT, PBX, REDIRECT }

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
    private final StringBuilder script = new StringBuilder();
    private final Topology topology;
    private final List<String> phones = new ArrayList<>();
    private final List<String> servers = new ArrayList<>();
    /** What a phone may call: element names and SIP URIs. */
    private final List<String> targets = new ArrayList<>();
    private final boolean redirect;
    private final boolean fork;
    /** Every address in IPv6, from the documentation prefix 2001:db8::/32 (RFC 3849). */
    private final boolean v6;
    /** Digest user names of their own (alice-desk), which the registrar permits to the AORs. */
    private final boolean deskUsers;
    /** Each phone that registers, to the registrar or PBX that keeps its binding. */
    private final Map<String, String> registrarOf = new LinkedHashMap<>();
    /** Each phone's AOR and Contact (as its REGISTER writes it), for the expectations. */
    private final Map<String, String> aorOf = new LinkedHashMap<>();
    private final Map<String, String> contactOf = new LinkedHashMap<>();
    /** Each phone's outbound proxy, the first of a list. */
    private final Map<String, String> outboundOf = new LinkedHashMap<>();
    /** The PBX extensions that dial a phone, to that phone. */
    private final Map<String, String> extensionOf = new LinkedHashMap<>();
    /** The first call's caller and the element its INVITE goes to first. */
    private String[] firstCall;

    Writer(Draw d) {
      this.d = d;
      this.topology = d.pick(Topology.values());
      int n = d.between(2, 4);
      phones.addAll(NAMES.subList(0, n));
      this.redirect = topology != Topology.PBX && topology != Topology.REDIRECT && d.chance(25);
      this.fork = topology != Topology.DIRECT && topology != Topology.PBX && d.chance(25);
      this.v6 = d.chance(8);
      this.deskUsers = (topology == Topology.PROXY || topology == Topology.SPLIT) && d.chance(15);
    }

    String write() {
      out.append("name: generated\nseed: ").append(d.between(0, 1_000_000)).append('\n');
      timers();
      out.append("elements:\n");
      switch (topology) {
        case DIRECT -> direct();
        case PROXY -> oneProxy();
        case TWO_PROXIES -> twoProxies();
        case SPLIT -> split();
        case PBX -> pbx();
        case REDIRECT -> redirectWithRegistrar();
        default -> throw new IllegalStateException();
      }
      if (redirect) {
        redirectServer();
      }
      String network = new NetworkTexts(d).write(phones, servers);
      script();
      // The network and the script come last, in this order: the misbehaviours property adds a
      // link just before "script:" and steps at the end.
      out.append(new ExpectTexts(d).write(phones, registrarOf, aorOf, contactOf, firstCall));
      return out.append(network).append(script).toString();
    }

    private void timers() {
      List<String> timers = new ArrayList<>();
      if (d.chance(15)) {
        timers.add("T1: " + d.pick("250ms", "500ms", "1s"));
      }
      if (d.chance(10)) {
        // T2 at least T1 (17.1.2.2), whichever T1 was drawn.
        timers.add("T2: " + d.pick("1s", "2s", "8s"));
      }
      if (d.chance(10)) {
        timers.add("T4: " + d.pick("2500ms", "5s", "10s"));
      }
      if (!timers.isEmpty()) {
        out.append("timers: { ").append(String.join(", ", timers)).append(" }\n");
      }
    }

    /** An IP address ending in {@code n}: 192.0.2.n, or 2001:db8::n. */
    private String ip(int n) {
      return v6 ? "2001:db8::" + n : "192.0.2." + n;
    }

    /** A server's address, sometimes on another port than 5060, as YAML writes it. */
    private String serverAddress(int n) {
      if (!d.chance(10)) {
        return ip(n);
      }
      int port = d.pick(5070, 5080);
      return v6 ? "\"[" + ip(n) + "]:" + port + "\"" : ip(n) + ":" + port;
    }

    /** The host part of a SIP URI for the address ending in {@code n} (19.1.1). */
    private String uriHost(int n) {
      return v6 ? "[" + ip(n) + "]" : ip(n);
    }

    /** Phone {@code i}'s address: 101 for the first. */
    private int host(int i) {
      return 101 + i;
    }

    /** Each phone in a domain of its own (README: no two phones on a domain no server serves). */
    private void direct() {
      for (int i = 0; i < phones.size(); i++) {
        String name = phones.get(i);
        phone(name, "sip:" + name + "@" + name + ".example.com", i, "", null);
        targets.add(name);
        targets.add("sip:" + name + "@" + name + ".example.com");
      }
    }

    private void oneProxy() {
      boolean auth = d.chance(25);
      List<String> passwords = passwords();
      element("proxy", "kind: proxy, domain: example.com, address: " + serverAddress(10)
          + ", registrar: registrar" + (d.chance(20) ? ", record-route: false" : "")
          + (d.chance(30) ? ", forking: sequential" : "")
          + (d.chance(15) ? ", timer-c: " + d.between(10, 200) + "s" : "")
          + (auth ? ", auth: { users: " + users(passwords) + " }" : ""));
      element("registrar", "kind: registrar, domain: example.com, address: " + serverAddress(11)
          + registrarKeys(passwords, i -> true));
      servers.add("proxy");
      servers.add("registrar");
      for (int i = 0; i < phones.size(); i++) {
        String name = phones.get(i);
        // Through the proxy, which passes the REGISTER on, or straight to the registrar.
        String registrar = d.chance(20) ? ", registrar: registrar" : "";
        phone(name, "sip:" + name + "@example.com", i, ", proxy: proxy" + registrar,
            password(passwords, i));
        registrarOf.put(name, "registrar");
        targets.add(name);
        targets.add("sip:" + name + "@example.com");
      }
      if (fork) {
        mobile("sip:bob@example.com", ", proxy: proxy", passwords, "registrar");
      }
      targets.add("sip:nobody@example.com");
    }

    /** A second phone on Bob's AOR, registered with {@code registrar}: a fork or a 302 of two. */
    private void mobile(String aor, String route, List<String> passwords, String registrar) {
      phones.add("bob-mobile");
      phone("bob-mobile", aor, 9, route, password(passwords, 1));
      registrarOf.put("bob-mobile", registrar);
    }

    /**
     * A redirect server backed by a registrar (8.3): the phones register with the registrar of
     * example.com; a call to example.com reaches the redirect server, which answers 302 with the
     * callee's current bindings (480 when it has none yet, 404 for a user it does not know), and
     * the caller follows them itself, highest q first (8.1.3.4). The redirect server comes first
     * in the file, so example.com resolves to it rather than to the registrar.
     */
    private void redirectWithRegistrar() {
      List<String> passwords = passwords();
      element("redirect", "kind: redirect, domain: example.com, address: " + serverAddress(30)
          + ", registrar: registrar");
      element("registrar", "kind: registrar, domain: example.com, address: " + serverAddress(11)
          + registrarKeys(passwords, i -> true));
      servers.add("redirect");
      servers.add("registrar");
      for (int i = 0; i < phones.size(); i++) {
        String name = phones.get(i);
        phone(name, "sip:" + name + "@example.com", i, ", registrar: registrar",
            password(passwords, i));
        registrarOf.put(name, "registrar");
        targets.add(name);
        targets.add("sip:" + name + "@example.com");
      }
      if (fork) {
        mobile("sip:bob@example.com", ", registrar: registrar", passwords, "registrar");
      }
      targets.add("sip:nobody@example.com");
    }

    private void twoProxies() {
      String[] domains = {"atlanta.example.com", "biloxi.example.com"};
      List<String> passwords = passwords();
      for (int p = 0; p < 2; p++) {
        String proxy = "proxy-" + (p + 1);
        String registrar = "registrar-" + (p + 1);
        int home = p;
        element(proxy, "kind: proxy, domain: " + domains[p] + ", address: "
            + serverAddress(11 + p * 10) + ", registrar: " + registrar
            + (d.chance(20) ? ", record-route: false" : "")
            + (d.chance(30) ? ", forking: sequential" : "")
            + (d.chance(20) ? ", auth: { users: " + users(passwords) + " }" : ""));
        element(registrar, "kind: registrar, domain: " + domains[p] + ", address: "
            + serverAddress(12 + p * 10) + registrarKeys(passwords, i -> i % 2 == home));
        servers.add(proxy);
        servers.add(registrar);
      }
      for (int i = 0; i < phones.size(); i++) {
        String name = phones.get(i);
        String aor = "sip:" + name + "@" + domains[i % 2];
        String own = "proxy-" + (i % 2 + 1);
        // RFC 3665 3.4: a list of outbound proxies, the next tried when one does not answer.
        String proxy = d.chance(15) ? "[" + own + ", proxy-" + (2 - i % 2) + "]" : own;
        phone(name, aor, i, ", proxy: " + proxy, password(passwords, i));
        registrarOf.put(name, "registrar-" + (i % 2 + 1));
        targets.add(name);
        targets.add(aor);
      }
      if (fork) {
        // Forked by proxy-2, behind proxy-1 for the callers of atlanta.example.com.
        mobile("sip:bob@biloxi.example.com", ", proxy: proxy-2", passwords, "registrar-2");
      }
      targets.add("sip:nobody@biloxi.example.com");
    }

    /**
     * RFC 3665 3.2-3.11: the callers (even phones) at atlanta.example.com behind proxy-1, which
     * has no registrar, or a SIP ALG, or a list of both proxies, or none; the callees (odd phones)
     * at biloxi.example.com registered straight with the registrar behind proxy-2.
     */
    private void split() {
      List<String> passwords = passwords();
      boolean alg = d.chance(25);
      element("proxy-1", "kind: proxy, domain: atlanta.example.com, address: "
          + serverAddress(111) + (d.chance(30) ? ", auth: { "
          + (d.chance(30) ? "realm: atlanta.example.com, " : "") + "users: " + users(passwords)
          + " }" : ""));
      element("proxy-2", "kind: proxy, domain: biloxi.example.com, address: "
          + serverAddress(222) + ", registrar: registrar"
          + (d.chance(30) ? ", record-route: false" : "")
          + (d.chance(30) ? ", forking: sequential" : "")
          + (d.chance(15) ? ", auth: { users: " + users(passwords) + " }" : ""));
      element("registrar", "kind: registrar, domain: biloxi.example.com, address: "
          + serverAddress(223) + (d.chance(20) ? ", realm: atlanta.example.com" : "")
          + registrarKeys(passwords, i -> i % 2 == 1));
      servers.addAll(List.of("proxy-1", "proxy-2", "registrar"));
      if (alg) {
        element("sip-alg", "kind: proxy, address: " + serverAddress(128) + ", alg: true,"
            + " public-address: " + ip(128));
        servers.add("sip-alg");
      }
      for (int i = 0; i < phones.size(); i++) {
        String name = phones.get(i);
        String aor = "sip:" + name + "@" + (i % 2 == 0 ? "atlanta" : "biloxi") + ".example.com";
        String keys;
        if (i % 2 == 0) {
          keys = d.pick(", proxy: proxy-1", ", proxy: proxy-1", ", proxy: [proxy-1, proxy-2]",
              alg ? ", proxy: sip-alg" : ", proxy: proxy-1", "");
        } else {
          keys = ", registrar: registrar" + (d.chance(30) ? ", proxy: proxy-2" : "");
          registrarOf.put(name, "registrar");
        }
        phone(name, aor, i, keys, password(passwords, i));
        if (i % 2 == 1) {
          // proxy-1 has no location service: a call to atlanta.example.com gets 404 there.
          targets.add(name);
          targets.add(aor);
        }
      }
      if (fork) {
        // Forked by proxy-2, the second proxy of the chain from proxy-1 or the ALG.
        mobile("sip:bob@biloxi.example.com", ", registrar: registrar"
            + (d.chance(30) ? ", proxy: proxy-2" : ""), passwords, "registrar");
      }
      targets.add("sip:nobody@biloxi.example.com");
      targets.add("sip:" + phones.get(0) + "@atlanta.example.com");
    }

    private void pbx() {
      List<String> passwords = passwords();
      StringBuilder accounts = new StringBuilder();
      StringBuilder extensions = new StringBuilder();
      // A proxy in front of the PBX, which some phones use as their outbound proxy; and
      // sometimes a trunk from the PBX to it: the last phone is then at example.com, registered
      // with the proxy's registrar, and extension 600 dials it there through the proxy.
      boolean front = d.chance(35);
      boolean trunk = front && phones.size() > 2 && d.chance(50);
      // The last phone without an account: chan_sip takes its calls, but not its REGISTER.
      int accounted = phones.size() - (trunk || d.chance(15) ? 1 : 0);
      // Several dialplan contexts (sip.conf context=): the PBX's own, which holds every
      // extension, sometimes named, and another that some accounts start in and that reaches
      // none of them, so their calls are refused 404 as chan_sip's get_destination refuses.
      boolean contexts = d.chance(35);
      String context = contexts && d.chance(60) ? d.pick("internal", "from-internal") : "default";
      for (int i = 0; i < accounted; i++) {
        String name = phones.get(i);
        String type = d.pick("friend", "friend", "peer", "user");
        accounts.append(i == 0 ? "" : ", ").append(name).append(": { type: ").append(type)
            .append(passwords.isEmpty() ? "" : ", secret: \"" + passwords.get(i) + "\"")
            .append(d.chance(15) ? ", host: " + ip(host(i)) : "")
            .append(contexts && d.chance(40) ? ", context: " + d.pick(context, "guests") : "")
            .append(" }");
        extensions.append(i == 0 ? "" : ", ").append('"').append(100 + i).append("\": ")
            .append(name);
        extensionOf.put("sip:" + (100 + i) + "@pbx.example.com", name);
      }
      if (d.chance(30)) {
        // An extension that dials a SIP URI, as Dial(SIP/bob@192.0.2.102) in a dialplan.
        extensions.append(", \"500\": \"")
            .append(withTransport("sip:" + phones.get(1) + "@" + uriHost(host(1)))).append('"');
        extensionOf.put("sip:500@pbx.example.com", phones.get(1));
      }
      String last = phones.get(phones.size() - 1);
      if (trunk) {
        extensions.append(", \"600\": \"").append(withTransport("sip:" + last + "@example.com"))
            .append('"');
        extensionOf.put("sip:600@pbx.example.com", last);
        targets.add("sip:" + last + "@example.com");
      }
      targets.addAll(extensionOf.keySet());
      targets.add("sip:999@pbx.example.com");
      if (contexts) {
        // The start of extensions 100-103: 484 Address Incomplete in the PBX's context.
        targets.add("sip:10@pbx.example.com");
      }
      element("pbx", "kind: pbx, domain: pbx.example.com, address: " + serverAddress(10)
          + (context.equals("default") ? "" : ", context: " + context)
          + ", accounts: { " + accounts + " }, extensions: { " + extensions + " }"
          + (d.chance(40) ? ", ring-timeout: " + d.between(3, 20) + "s" : ""));
      servers.add("pbx");
      if (front) {
        element("proxy", "kind: proxy, domain: example.com, address: " + serverAddress(20)
            + (trunk ? ", registrar: registrar" : "")
            + (d.chance(25) ? ", record-route: false" : ""));
        servers.add("proxy");
      }
      if (trunk) {
        element("registrar", "kind: registrar, domain: example.com, address: "
            + serverAddress(21) + registrarKeys(passwords, i -> i == phones.size() - 1));
        servers.add("registrar");
      }
      for (int i = 0; i < phones.size(); i++) {
        String name = phones.get(i);
        if (trunk && name.equals(last)) {
          phone(name, "sip:" + name + "@example.com", i, ", proxy: proxy",
              password(passwords, i));
          registrarOf.put(name, "registrar");
          continue;
        }
        // Phones -> proxy -> PBX: the proxy forwards what is for pbx.example.com to the PBX.
        phone(name, "sip:" + name + "@pbx.example.com", i,
            front && d.chance(60) ? ", proxy: proxy, registrar: pbx" : ", proxy: pbx",
            password(passwords, i));
        registrarOf.put(name, "pbx");
      }
    }

    /** A redirect server that sends callers of moved.example.com to the phones' own AORs. */
    private void redirectServer() {
      StringBuilder contacts = new StringBuilder();
      for (int i = 0; i < 2; i++) {
        String name = phones.get(i);
        contacts.append(i == 0 ? "" : ", ").append("\"sip:").append(name)
            .append("@moved.example.com\": [ \"").append(withTransport(aorOf.get(name)))
            .append("\" ]");
        targets.add("sip:" + name + "@moved.example.com");
      }
      element("redirect", "kind: redirect, domain: moved.example.com, address: "
          + serverAddress(30) + ", contacts: { " + contacts + " }");
      servers.add("redirect");
    }

    /** The users' passwords, or none (a registrar or PBX that challenges no one). */
    private List<String> passwords() {
      if (d.chance(40)) {
        return List.of();
      }
      return List.of("pw-alice", "pw-bob", "pw-carol", "pw-dave");
    }

    /** Phone {@code i}'s digest user name. */
    private String user(int i) {
      return NAMES.get(i) + (deskUsers ? "-desk" : "");
    }

    private String users(List<String> passwords) {
      if (passwords.isEmpty()) {
        return "{ " + user(0) + ": pw-alice }";
      }
      StringBuilder users = new StringBuilder("{ ");
      for (int i = 0; i < phones.size(); i++) {
        users.append(i == 0 ? "" : ", ").append(user(i)).append(": ").append(passwords.get(i));
      }
      return users.append(" }").toString();
    }

    /** The keys of a registrar for the phones {@code here} registers. */
    private String registrarKeys(List<String> passwords, IntPredicate here) {
      StringBuilder keys = new StringBuilder();
      if (!passwords.isEmpty()) {
        keys.append(", users: ").append(users(passwords));
        if (deskUsers) {
          keys.append(", permissions: { ");
          String sep = "";
          for (int i = 0; i < phones.size(); i++) {
            if (here.test(i)) {
              String domain = topology == Topology.SPLIT ? "biloxi.example.com" : "example.com";
              keys.append(sep).append(user(i)).append(": [ \"sip:").append(phones.get(i))
                  .append('@').append(domain).append("\" ]");
              sep = ", ";
            }
          }
          keys.append(" }");
        }
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

    /** A phone; {@code route} holds its proxy and registrar keys, each after ", ". */
    private void phone(String name, String aor, int i, String route, String password) {
      aorOf.put(name, aor);
      contactOf.put(name, "sip:" + aor.substring(4, aor.indexOf('@')) + "@"
          + uriHost(host(i)) + ":5060");
      int first = route.indexOf("proxy: ");
      if (first >= 0) {
        outboundOf.put(name, route.substring(first + 7).replaceAll("^\\[|[,\\]].*$", ""));
      }
      StringBuilder keys = new StringBuilder("kind: phone, aor: \"" + aor + "\", address: "
          + ip(host(i)) + route);
      if (password != null) {
        keys.append(", password: \"").append(password).append('"');
        if (deskUsers) {
          keys.append(", user: ").append(user(NAMES.indexOf(aor.substring(4, aor.indexOf('@')))));
        }
      }
      if (d.chance(20)) {
        keys.append(", offer: none");
      }
      if (d.chance(15)) {
        keys.append(", codecs: [").append(d.pick("PCMA", "GSM, PCMU", "G722, PCMA")).append(']');
      }
      // The phones of a forked AOR have a q-value more often: a proxy forking in sequence
      // tries the highest first (16.6), a caller redirected to both too (8.1.3.4).
      boolean forked = fork && aor.startsWith("sip:bob@");
      if (d.chance(forked ? 60 : 20)) {
        // 30 s is below the registrar's default Min-Expires (423, 10.2.8) unless it says 30 s;
        // 60 s and 120 s expire, or are refreshed, within the run.
        keys.append(", register: { expires: ").append(d.pick("30s", "60s", "120s", "3600s"))
            .append(d.chance(30) ? ", refresh: false" : "")
            .append(d.chance(forked ? 80 : 30) ? ", q: " + qValue() : "").append(" }");
      }
      if (d.chance(70)) {
        keys.append(", answer: ").append(answer());
      }
      if (d.chance(10)) {
        keys.append(", max-forwards: ").append(d.between(0, 3));
      }
      if (d.chance(10)) {
        keys.append(", display-name: \"")
            .append(d.pick("Alice A.", "Bob", "Ça va", "Doe, Jane", "O'Brien")).append('"');
      }
      if (d.chance(15)) {
        keys.append(", cancel-after: ").append(d.between(1, 8)).append('s');
      }
      element(name, keys.toString());
    }

    /** A q-value of 20.10: 0 to 1, at most three decimals. */
    private String qValue() {
      return d.chance(20) ? d.pick("1.0", "0.05", "0.125", "1") : "0." + d.between(1, 9);
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

    private void script() {
      script.append("script:\n");
      for (String phone : registrarOf.keySet()) {
        if (d.chance(80)) {
          step("at: " + d.between(0, 5) * 100 + "ms", phone + ".register");
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
          .orElse(extensionOf.getOrDefault(target, caller));
      // Sometimes at once, while the caller's REGISTER may still be challenged (22.2).
      long at = (d.chance(15) ? d.between(0, 6) : d.between(5, 250)) * 100L;
      step("at: " + at + "ms", caller + ".call " + spelled(target));
      if (firstCall == null) {
        firstCall = new String[] {caller, firstHop(caller, target, callee)};
      }
      if (phones.size() > 2 && d.chance(15)) {
        // A second caller for the same callee, while the first call rings or is up.
        String second = phones.stream().filter(p -> !p.equals(caller) && !p.equals(callee))
            .findFirst().orElseThrow();
        step("at: " + (at + d.between(0, 30) * 100L) + "ms", second + ".call " + spelled(target));
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

    /** The element a call's INVITE goes to first: the outbound proxy, or the target's domain's. */
    private String firstHop(String caller, String target, String callee) {
      if (outboundOf.containsKey(caller)) {
        return outboundOf.get(caller);
      }
      String uri = target.contains(":") ? target : aorOf.get(target);
      String domain = uri.substring(uri.indexOf('@') + 1).replaceAll(";.*$", "");
      if (domain.equals("moved.example.com") || topology == Topology.REDIRECT) {
        return "redirect";
      }
      if (topology == Topology.SPLIT) {
        return domain.startsWith("atlanta") ? "proxy-1" : "proxy-2";
      }
      return callee;
    }

    /** A phone's move to a new address of its own (RFC 3665 3.7). */
    private String moveTo(String phone) {
      return "move " + ip(201 + phones.indexOf(phone));
    }

    /** An action at a time: anything a phone does. */
    private String action(String phone) {
      boolean registers = registrarOf.containsKey(phone);
      String action = d.pick("call", "call", "call", "answer", "decline", "busy", "hangup",
          "hangup", "cancel", "hold", "resume", "reinvite", "info", "options", "message",
          registers ? "register" : "options",
          registers ? "unregister" : "info",
          registers ? "query" : "call",
          registers ? "unregister-all" : "hangup");
      return switch (action) {
        case "call", "options" -> action + " " + spelled(target(phone));
        case "message" -> "message " + spelled(target(phone)) + " "
            + d.pick("hi", "See you at five");
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
        case "registered" -> d.pick("call " + spelled(target(phone)),
            "options " + spelled(target(phone)));
        case "ended", "failed" -> d.pick("options " + spelled(target(phone)), "message "
            + spelled(target(phone)) + " bye");
        default -> "info";
      };
      String who = d.chance(70) ? phone : d.pick(phones);
      if (event.equals("registered") && !who.equals(phone)) {
        action = "info";
      }
      step("on: " + phone + "." + event + ", after: " + d.between(0, 50) * 100 + "ms",
          who + "." + action);
    }

    /**
     * Something {@code phone} may call: not itself, by name or AOR (the loader refuses a call to
     * its own name as a slip; the AOR is the same slip), but another phone of its AOR.
     */
    private String target(String phone) {
      List<String> others = new ArrayList<>(targets);
      others.removeIf(t -> names(t, phone));
      return d.pick(others);
    }

    /**
     * A target as a user may write it: a SIP URI sometimes with URI parameters (19.1.1), which
     * Table 1 allows in a Request-URI: user=phone for a number (a telephone-subscriber, 19.1.6),
     * user=ip, transport=udp in either case (the parameter's value is case-insensitive, 19.1.4),
     * or a parameter siplab does not know (other-param). A name stays a name.
     */
    private String spelled(String target) {
      if (!target.startsWith("sip:") || !d.chance(20)) {
        return target;
      }
      boolean number = Character.isDigit(target.charAt(4));
      return target + d.pick(number ? ";user=phone" : ";user=ip", ";transport=udp",
          ";transport=UDP", number ? ";user=phone;transport=udp" : ";x-line=2");
    }

    /** A SIP URI written in the file (an extension's, a fixed contact), sometimes with udp. */
    private String withTransport(String uri) {
      return uri + (d.chance(20) ? ";transport=udp" : "");
    }

    private void step(String when, String action) {
      script.append("  - { ").append(when).append(", do: ").append(action).append(" }\n");
    }
  }
}
