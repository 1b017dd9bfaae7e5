package org.siplab.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.DatagramChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.siplab.check.Checker;
import org.siplab.codec.ParseResult;
import org.siplab.codec.SipParser;
import org.siplab.element.phone.Phone;
import org.siplab.element.phone.PhoneConfig;
import org.siplab.element.phone.PhoneEvent;
import org.siplab.scenario.run.Simulation;
import org.siplab.sim.Endpoint;
import org.siplab.sim.LinkProfile;
import org.siplab.trace.Finding;
import org.siplab.trace.Trace;
import org.siplab.transaction.TimerSettings;

/**
 * One siplab phone on 127.0.0.1 and one real SIPp next to it, joined by a {@link LiveBridge}; what
 * each side sent, and what siplab's parser and rule checker make of it.
 */
final class SippLab implements AutoCloseable {

  static final String LOOPBACK = "127.0.0.1";
  static final String PHONE = "phone";
  static final String SIPP = "sipp";
  /** The user part of the phone's AOR, which SIPp's UAC calls with {@code -s}. */
  static final String USER = "siplab";

  final Simulation sim;
  final Phone phone;
  final int sippPort;
  private final int controlPort;
  private final int mediaPort;
  private final DatagramChannel socket;
  private final LiveBridge bridge;
  private final List<String> events = new ArrayList<>();
  private Sipp sipp;

  /**
   * A phone whose endpoint is a real socket on 127.0.0.1, on a lossless link without delay, with
   * RFC 3261's timers: over real UDP a message takes what it takes, and T1 = 500 ms as a real
   * phone would.
   */
  SippLab(PhoneConfig config) {
    socket = LiveBridge.openSocket(LOOPBACK);
    List<Integer> ports = FreePorts.pick(2);
    sippPort = ports.get(0);
    controlPort = ports.get(1);
    mediaPort = FreePorts.pickMediaPair(ports);
    sim = new Simulation("sipp-interop", 1, TimerSettings.DEFAULT, LinkProfile.PERFECT);
    phone = new Phone(PHONE, config);
    phone.listen((p, event, detail) -> events.add(event.label()));
    sim.add(phone, LOOPBACK, phonePort());
    bridge = new LiveBridge(sim, socket, sippEndpoint());
  }

  /** The phone's configuration for these tests: its AOR is on 127.0.0.1. */
  static PhoneConfig phoneConfig() {
    return PhoneConfig.of("sip:" + USER + "@" + LOOPBACK).withDisplayName("siplab");
  }

  int phonePort() {
    return LiveBridge.endpointOf(socket).port();
  }

  Endpoint sippEndpoint() {
    return new Endpoint(LOOPBACK, sippPort);
  }

  /** Starts SIPp with the arguments that pick its scenario (and a UAC's target). */
  Sipp startSipp(Path logs, List<String> scenario) {
    sipp = Sipp.start(logs, sippPort, controlPort, mediaPort, scenario);
    return sipp;
  }

  /** Runs the bridge until SIPp has exited, at most {@code limitMillis}; whether it did. */
  boolean runUntilSippExits(long limitMillis) {
    return bridge.runUntil(() -> !sipp.isAlive(), limitMillis);
  }

  boolean runUntil(BooleanSupplier done, long limitMillis) {
    return bridge.runUntil(done, limitMillis);
  }

  /** Schedules {@code action} of the phone {@code afterUs} from now, recorded in the trace. */
  void soon(long afterUs, String what, Runnable action) {
    sim.at(sim.scheduler().nowUs() + afterUs, PHONE, what, action);
  }

  /** The phone's listener events in order: {@code ringing, answered, in-call, ended}. */
  List<String> events() {
    return List.copyOf(events);
  }

  boolean heard(PhoneEvent event) {
    return events.contains(event.label());
  }

  /** The run's trace with SIPp as an element of its own ({@link PeerTrace}). */
  Trace trace() {
    return PeerTrace.of(sim.trace(), sippEndpoint(), SIPP, SIPP);
  }

  /** Every finding of the whole rule catalog, info included. */
  List<Finding> findings() {
    return Checker.check(trace());
  }

  /** Each datagram SIPp sent, parsed by siplab's codec. */
  List<ParseResult> sippMessages() {
    return bridge.fromPeer().stream().map(SipParser::parse).toList();
  }

  /**
   * Every datagram of the run, retransmissions too, as {@code phone>sipp INVITE} or {@code
   * sipp>phone 200}.
   */
  List<String> ladder() {
    return TraceText.ladder(trace());
  }

  /** SIPp's log of the unexpected messages and failures it met. */
  String sippErrors() {
    return sipp.errors();
  }

  /** SIPp's exit code, once it has exited. */
  int sippExitCode() {
    return sipp.exitCode(5_000);
  }

  /** The trace's wire text, the phone's decisions and SIPp's logs, for a failure message. */
  String dump() {
    StringBuilder out = new StringBuilder(TraceText.wire(trace()));
    out.append("---- SIPp's datagrams as siplab parsed them ----\n");
    for (ParseResult parsed : sippMessages()) {
      out.append(parsed.diagnostics()).append('\n');
    }
    if (sipp != null) {
      out.append(sipp.logs());
    }
    return out.toString();
  }

  @Override
  public void close() {
    try {
      if (sipp != null) {
        sipp.close();
      }
    } finally {
      bridge.close();
      closeSocket(socket);
    }
  }

  /** Closes a socket of the test's own. */
  static void closeSocket(DatagramChannel socket) {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
