package org.siplab.element.proxy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import org.siplab.check.Checker;
import org.siplab.codec.SipParser;
import org.siplab.element.Element;
import org.siplab.message.SipMessage;
import org.siplab.message.SipUri;
import org.siplab.scenario.run.Simulation;
import org.siplab.sim.FaultAction;
import org.siplab.sim.LinkProfile;
import org.siplab.sim.RunLimit;
import org.siplab.sim.TargetedFault;
import org.siplab.trace.Finding;
import org.siplab.trace.TraceEvent;
import org.siplab.transaction.TimerSettings;

/** A simulated network for proxy tests, and what its trace shows. */
final class Lab {

  final Simulation sim;

  Lab(long seed) {
    sim = new Simulation("proxy-lab", seed, TimerSettings.DEFAULT, LinkProfile.ofDelay(10_000));
  }

  Lab() {
    this(1);
  }

  <E extends Element> E add(E element, String address) {
    sim.add(element, address, 5060);
    return element;
  }

  /** Requests for {@code domain} go to {@code element} (the scenario's DNS). */
  Lab serve(String domain, String element) {
    sim.serveDomain(domain, element);
    return this;
  }

  /** Runs a script step at {@code timeUs}. */
  void at(long timeUs, String element, String what, Runnable step) {
    sim.at(timeUs, element, what, step);
  }

  void runUntil(long timeUs) {
    sim.start();
    sim.run(RunLimit.untilTime(timeUs));
  }

  /** Drops every datagram from {@code from} to {@code to} (a dead or unreachable element). */
  void dropEvery(String from, String to) {
    sim.network().addFault(TargetedFault.every(from, to, bytes -> true, "everything",
        new FaultAction.Drop()));
  }

  /** Drops every datagram from {@code from} to {@code to} that starts so. */
  void dropEvery(String from, String to, String start) {
    sim.network().addFault(TargetedFault.every(from, to, startsWith(start), start,
        new FaultAction.Drop()));
  }

  /** Drops the {@code nth} datagram from {@code from} to {@code to} that starts so. */
  void dropNth(int nth, String from, String to, String start) {
    sim.network().addFault(TargetedFault.nth(nth, from, to, startsWith(start), start,
        new FaultAction.Drop()));
  }

  private static Predicate<byte[]> startsWith(String start) {
    return bytes -> new String(bytes, 0, Math.min(bytes.length, start.length()),
        StandardCharsets.ISO_8859_1).equals(start);
  }

  /** "from>to WORD" for every datagram sent: the method of a request, the status of a response. */
  List<String> sends() {
    return sendEvents().stream().map(s -> s.from() + ">" + s.to() + " " + label(s.firstLine()))
        .toList();
  }

  /** The same, first transmissions only (no retransmission by a transaction timer). */
  List<String> firstSends() {
    return sendEvents().stream().filter(s -> !s.isRetransmission())
        .map(s -> s.from() + ">" + s.to() + " " + label(s.firstLine())).toList();
  }

  List<TraceEvent.Send> sendEvents() {
    return sim.trace().events().stream().filter(e -> e instanceof TraceEvent.Send)
        .map(e -> (TraceEvent.Send) e).toList();
  }

  /** The messages {@code from} sent to {@code to} whose first line starts with {@code start}. */
  List<SipMessage> messages(String from, String to, String start) {
    return sendEvents().stream()
        .filter(s -> s.from().equals(from) && s.to().equals(to) && s.firstLine().startsWith(start))
        .map(s -> SipParser.parse(s.message().getBytes(StandardCharsets.UTF_8)).message())
        .toList();
  }

  SipMessage first(String from, String to, String start) {
    List<SipMessage> all = messages(from, to, start);
    if (all.isEmpty()) {
      throw new AssertionError("no " + start + " from " + from + " to " + to + " in " + sends());
    }
    return all.get(0);
  }

  List<TraceEvent.Transaction> transactionEvents() {
    return sim.trace().events().stream().filter(e -> e instanceof TraceEvent.Transaction)
        .map(e -> (TraceEvent.Transaction) e).toList();
  }

  /** "action: detail" of every note {@code element} made. */
  List<String> notes(String element) {
    return sim.trace().events().stream().filter(e -> e instanceof TraceEvent.Action)
        .map(e -> (TraceEvent.Action) e).filter(a -> a.element().equals(element))
        .map(a -> a.action() + ": " + a.detail()).toList();
  }

  /** "peer action codec local remote" of every media event of {@code element}. */
  List<String> media(String element) {
    return sim.trace().events().stream().filter(e -> e instanceof TraceEvent.Media)
        .map(e -> (TraceEvent.Media) e).filter(m -> m.element().equals(element))
        .map(m -> String.join(" ", m.peer(), m.action(), m.codec(), m.localRtp(), m.remoteRtp()))
        .toList();
  }

  List<Finding> findings() {
    return Checker.check(sim.trace());
  }

  /** The rule ids of the checker's findings, in event order. */
  List<String> ruleIds() {
    return findings().stream().map(Finding::rule).toList();
  }

  static String label(String firstLine) {
    if (firstLine.startsWith("SIP/2.0 ")) {
      return firstLine.substring(8, 11);
    }
    return firstLine.substring(0, firstLine.indexOf(' '));
  }

  /** Parses {@code sip:user@host} for a test. */
  static SipUri sip(String uri) {
    String rest = uri.substring(4);
    int at = rest.indexOf('@');
    return at < 0 ? SipUri.of(null, rest) : SipUri.of(rest.substring(0, at),
        rest.substring(at + 1));
  }
}
