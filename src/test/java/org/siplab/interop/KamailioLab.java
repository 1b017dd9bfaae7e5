package org.siplab.interop;

import java.nio.channels.DatagramChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.siplab.check.Checker;
import org.siplab.codec.ParseResult;
import org.siplab.codec.SipParser;
import org.siplab.element.phone.Phone;
import org.siplab.element.phone.PhoneConfig;
import org.siplab.element.phone.PhoneEvent;
import org.siplab.message.SipMessage;
import org.siplab.message.SipResponse;
import org.siplab.scenario.run.Simulation;
import org.siplab.sim.Endpoint;
import org.siplab.sim.LinkProfile;
import org.siplab.trace.Finding;
import org.siplab.trace.Trace;
import org.siplab.transaction.TimerSettings;

/**
 * siplab phones on the loopback and a real Kamailio on 127.0.0.1 that all their traffic goes
 * through, joined by one {@link LiveBridge}; what each side sent, and what siplab's parser and
 * rule checker make of it.
 *
 * <p>The simulated network gives each host one address of its own, so the phones take
 * 127.0.0.1, 127.0.0.2 and so on (Linux answers on all of 127.0.0.0/8); Kamailio listens on
 * 127.0.0.1 only and reaches each phone at the Contact it registered. Every AOR is {@code
 * sip:USER@127.0.0.1:PORT}, Kamailio's own address: a REGISTER's Request-URI (section 10.2) and
 * a call to an AOR then lead to Kamailio with no outbound proxy configured, as if a domain's DNS
 * led there (RFC 3263).
 */
final class KamailioLab implements AutoCloseable {

  static final String LOOPBACK = "127.0.0.1";
  static final String KAMAILIO = "kamailio";
  /** The one password Kamailio's configuration accepts for every user. */
  static final String PASSWORD = "siplab-kamailio-secret";

  /** A phone of the lab: its user name (also its element name) and how to set it up. */
  record PhoneSetup(String user, UnaryOperator<PhoneConfig> tweak) {}

  final Simulation sim;
  final int kamailioPort;
  private final Map<String, Phone> phones = new LinkedHashMap<>();
  private final Map<String, List<String>> events = new LinkedHashMap<>();
  private final List<DatagramChannel> sockets = new ArrayList<>();
  private Kamailio kamailio;
  private LiveBridge bridge;

  /** Starts Kamailio in {@code dir} and puts each phone on a real socket of its own. */
  KamailioLab(Path dir, List<PhoneSetup> setups) {
    kamailioPort = FreePorts.pick(1).get(0);
    sim = new Simulation("kamailio-interop", 1, TimerSettings.DEFAULT, LinkProfile.PERFECT);
    try {
      for (PhoneSetup setup : setups) {
        addPhone(setup, "127.0.0." + (phones.size() + 1));
      }
      kamailio = Kamailio.start(dir, kamailioPort, PASSWORD);
      bridge = new LiveBridge(sim, sockets, kamailioEndpoint());
    } catch (RuntimeException | Error e) {
      close();
      throw e;
    }
  }

  /** A phone {@code user} with the lab's password, set up further by {@code tweak}. */
  static PhoneSetup phone(String user, UnaryOperator<PhoneConfig> tweak) {
    return new PhoneSetup(user, c -> tweak.apply(c.withPassword(PASSWORD)));
  }

  private void addPhone(PhoneSetup setup, String address) {
    DatagramChannel socket = LiveBridge.openSocket(address);
    sockets.add(socket);
    PhoneConfig config = setup.tweak().apply(
        PhoneConfig.of(aor(setup.user())).withDisplayName(setup.user()));
    Phone phone = new Phone(setup.user(), config);
    List<String> heard = new ArrayList<>();
    phone.listen((p, event, detail) -> heard.add(event.label()));
    phones.put(setup.user(), phone);
    events.put(setup.user(), heard);
    sim.add(phone, address, LiveBridge.endpointOf(socket).port());
  }

  /** The AOR of {@code user}: at Kamailio's address, which serves it. */
  String aor(String user) {
    return "sip:" + user + "@" + LOOPBACK + ":" + kamailioPort;
  }

  Endpoint kamailioEndpoint() {
    return new Endpoint(LOOPBACK, kamailioPort);
  }

  Phone phone(String user) {
    return phones.get(user);
  }

  /** Schedules {@code action} of phone {@code user} {@code afterUs} from now, in the trace. */
  void soon(String user, long afterUs, String what, Runnable action) {
    sim.at(sim.scheduler().nowUs() + afterUs, user, what, action);
  }

  /** Phone {@code user}'s listener events in order: {@code registered, ringing, ...}. */
  List<String> events(String user) {
    return List.copyOf(events.get(user));
  }

  boolean heard(String user, PhoneEvent event) {
    return events.get(user).contains(event.label());
  }

  boolean runUntil(BooleanSupplier done, long limitMillis) {
    return bridge.runUntil(done, limitMillis);
  }

  /** The run's trace with Kamailio as an element of its own, of kind proxy ({@link PeerTrace}). */
  Trace trace() {
    return PeerTrace.of(sim.trace(), kamailioEndpoint(), KAMAILIO, "proxy");
  }

  /** Every finding of the whole rule catalog, info included. */
  List<Finding> findings() {
    return Checker.check(trace());
  }

  /** Each datagram Kamailio sent, parsed by siplab's codec. */
  List<ParseResult> kamailioMessages() {
    return bridge.fromPeer().stream().map(SipParser::parse).toList();
  }

  /** Every datagram of the run as {@code alice>kamailio INVITE} or {@code kamailio>bob 200}. */
  List<String> ladder() {
    return TraceText.ladder(trace());
  }

  /** The messages {@code from} sent to {@code to}, in order, as siplab parses them. */
  List<SipMessage> sent(String from, String to) {
    return TraceText.sends(trace()).stream()
        .filter(s -> s.from().equals(from) && s.to().equals(to))
        .map(s -> SipParser.parse(s.message()).orThrow()).toList();
  }

  /**
   * Whether Kamailio has sent {@code user} a {@code status} response to its request of {@code
   * method}. (The trace has no CSeq for a peer's datagram: it never passed a siplab transport.)
   */
  boolean answeredTo(String user, int status, String method) {
    String address = sim.node(user).endpoint().toString();
    String from = kamailioEndpoint().toString();
    return TraceText.sends(sim.trace()).stream()
        .filter(s -> s.fromAddress().equals(from) && s.toAddress().equals(address))
        .map(s -> SipParser.parse(s.message()).message())
        .anyMatch(m -> m instanceof SipResponse r && r.status() == status && r.cseq() != null
            && r.cseq().method().name().equals(method));
  }

  /** The trace's wire text, the phones' decisions and Kamailio's log, for a failure message. */
  String dump() {
    StringBuilder out = new StringBuilder(TraceText.wire(trace()));
    out.append("---- Kamailio's datagrams as siplab parsed them ----\n");
    for (ParseResult parsed : kamailioMessages()) {
      out.append(parsed.diagnostics()).append('\n');
    }
    if (kamailio != null) {
      out.append(kamailio.logs());
    }
    return out.toString();
  }

  @Override
  public void close() {
    try {
      if (kamailio != null) {
        kamailio.close();
      }
    } finally {
      if (bridge != null) {
        bridge.close();
      }
      sockets.forEach(SippLab::closeSocket);
    }
  }
}
