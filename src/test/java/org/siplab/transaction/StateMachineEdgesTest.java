package org.siplab.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.siplab.message.Method;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.transaction.Action.CancelTimer;
import org.siplab.transaction.Action.PassToTu;
import org.siplab.transaction.Action.Send;
import org.siplab.transaction.Action.StartTimer;
import org.siplab.transaction.Action.TellTuTimeout;
import org.siplab.transaction.Action.TellTuTransportError;
import org.siplab.transaction.TransactionEvent.Abandoned;
import org.siplab.transaction.TransactionEvent.ForClient;
import org.siplab.transaction.TransactionEvent.ForServer;
import org.siplab.transaction.TransactionEvent.RequestReceived;
import org.siplab.transaction.TransactionEvent.ResponseFromTu;
import org.siplab.transaction.TransactionEvent.ResponseReceived;
import org.siplab.transaction.TransactionEvent.TimerFired;
import org.siplab.transaction.TransactionEvent.TransportError;

/**
 * Walks every edge of figures 5 to 8 and RFC 6026's Accepted states on the pure step functions,
 * then checks that every (state, event) pair no edge names leaves the state as it is and does
 * nothing. Actions are written as short words: {@code send INVITE by A}, {@code start A 1000000},
 * {@code cancel B}, {@code pass 180 up}, {@code timeout B}, {@code transport error},
 * {@code terminate}.
 */
class StateMachineEdgesTest {

  private static final TimerSettings T = TimerSettings.DEFAULT;
  private static final SipRequest INVITE = Sip.request(Method.INVITE, "z9hG4bKinv");
  private static final SipRequest OPTIONS = Sip.request(Method.OPTIONS, "z9hG4bKopt");
  private static final SipRequest ACK = Sip.request(Method.ACK, "z9hG4bKinv");
  private static final ClientContext INVITE_CLIENT = new ClientContext(T, INVITE);
  private static final ClientContext OPTIONS_CLIENT = new ClientContext(T, OPTIONS);

  // ---- events -------------------------------------------------------------------------------

  private static ResponseReceived received(SipRequest request, int status) {
    return new ResponseReceived(Sip.response(request, status));
  }

  private static ResponseFromTu fromTu(SipRequest request, int status) {
    return new ResponseFromTu(Sip.response(request, status));
  }

  private static TimerFired fired(TimerName timer, long durationUs) {
    return new TimerFired(timer, durationUs);
  }

  private static final TransportError TRANSPORT_ERROR = new TransportError("unreachable");

  /** Section 9.1: the TU gives up 64*T1 after its CANCEL brought no final response. */
  private static final Abandoned ABANDONED = new Abandoned("no final response 64*T1 after the"
      + " CANCEL");

  private static ServerContext inviteServer(Integer lastStatus) {
    return new ServerContext(T, INVITE,
        lastStatus == null ? null : Sip.response(INVITE, lastStatus), true);
  }

  private static ServerContext optionsServer(Integer lastStatus) {
    return new ServerContext(T, OPTIONS,
        lastStatus == null ? null : Sip.response(OPTIONS, lastStatus), false);
  }

  // ---- the edges ----------------------------------------------------------------------------

  private static Stream<Arguments> inviteClientEdges() {
    var c = InviteClientMachine.State.CALLING;
    var p = InviteClientMachine.State.PROCEEDING;
    var done = InviteClientMachine.State.COMPLETED;
    var a = InviteClientMachine.State.ACCEPTED;
    var t = InviteClientMachine.State.TERMINATED;
    return Stream.of(
        edge("in Calling, Timer A resends the INVITE and doubles A", c,
            fired(TimerName.A, 1_000_000), c, "send INVITE by A", "start A 2000000"),
        edge("in Calling, Timer B tells the TU of the timeout and terminates, with no ACK", c,
            fired(TimerName.B, T.timerB()), t, "timeout B", "terminate"),
        edge("in Calling, a transport error informs the TU and terminates", c, TRANSPORT_ERROR, t,
            "transport error", "terminate"),
        edge("in Calling, the TU giving up on the INVITE (section 9.1) terminates it", c,
            ABANDONED, t, "terminate"),
        edge("in Proceeding, the TU giving up on the INVITE 64*T1 after its CANCEL (section 9.1)"
            + " terminates it", p, ABANDONED, t, "terminate"),
        edge("in Calling, a 1xx stops A and B, moves to Proceeding and goes to the TU", c,
            received(INVITE, 180), p, "cancel A", "cancel B", "pass 180 up"),
        edge("in Calling, a 2xx moves to Accepted with Timer M and goes to the TU", c,
            received(INVITE, 200), a, "cancel A", "cancel B", "start M 32000000", "pass 200 up"),
        edge("in Calling, a 300-699 is ACKed, goes to the TU, and moves to Completed with D", c,
            received(INVITE, 486), done, "cancel A", "cancel B", "send ACK", "start D 32000000",
            "pass 486 up"),
        edge("in Proceeding, a further 1xx goes to the TU", p, received(INVITE, 183), p,
            "pass 183 up"),
        edge("in Proceeding, a 2xx moves to Accepted with Timer M and goes to the TU", p,
            received(INVITE, 200), a, "cancel A", "cancel B", "start M 32000000", "pass 200 up"),
        edge("in Proceeding, a 300-699 is ACKed, goes to the TU, and moves to Completed", p,
            received(INVITE, 603), done, "cancel A", "cancel B", "send ACK", "start D 32000000",
            "pass 603 up"),
        edge("in Completed, a retransmitted 300-699 is ACKed again and not passed up", done,
            received(INVITE, 486), done, "send ACK"),
        edge("in Completed, a transport error informs the TU and terminates", done,
            TRANSPORT_ERROR, t, "transport error", "terminate"),
        edge("in Completed, Timer D terminates", done, fired(TimerName.D, T.timerD()), t,
            "terminate"),
        edge("in Accepted, a further 2xx goes to the TU with no ACK", a, received(INVITE, 200), a,
            "pass 200 up"),
        edge("in Accepted, Timer M terminates", a, fired(TimerName.M, T.timerM()), t,
            "terminate"));
  }

  private static Stream<Arguments> nonInviteClientEdges() {
    var tr = NonInviteClientMachine.State.TRYING;
    var p = NonInviteClientMachine.State.PROCEEDING;
    var done = NonInviteClientMachine.State.COMPLETED;
    var t = NonInviteClientMachine.State.TERMINATED;
    return Stream.of(
        edge("in Trying, Timer E resends the request and doubles E", tr,
            fired(TimerName.E, 500_000), tr, "send OPTIONS by E", "start E 1000000"),
        edge("in Trying, Timer E doubles no further than T2", tr, fired(TimerName.E, 4_000_000), tr,
            "send OPTIONS by E", "start E 4000000"),
        edge("in Trying, Timer F tells the TU of the timeout and terminates", tr,
            fired(TimerName.F, T.timerF()), t, "timeout F", "terminate"),
        edge("in Trying, a transport error informs the TU and terminates", tr, TRANSPORT_ERROR, t,
            "transport error", "terminate"),
        edge("in Trying, the TU giving up on the request (section 9.1) terminates it", tr,
            ABANDONED, t, "terminate"),
        edge("in Proceeding, the TU giving up on the request (section 9.1) terminates it", p,
            ABANDONED, t, "terminate"),
        edge("in Trying, a 1xx moves to Proceeding and goes to the TU", tr,
            received(OPTIONS, 100), p, "pass 100 up"),
        edge("in Trying, a 2xx stops E and F, starts K, moves to Completed and goes up", tr,
            received(OPTIONS, 200), done, "cancel E", "cancel F", "start K 5000000",
            "pass 200 up"),
        edge("in Trying, a 300-699 stops E and F, starts K, moves to Completed and goes up", tr,
            received(OPTIONS, 404), done, "cancel E", "cancel F", "start K 5000000",
            "pass 404 up"),
        edge("in Proceeding, Timer E resends the request every T2", p,
            fired(TimerName.E, 1_000_000), p, "send OPTIONS by E", "start E 4000000"),
        edge("in Proceeding, a further 1xx goes to the TU", p, received(OPTIONS, 180), p,
            "pass 180 up"),
        edge("in Proceeding, Timer F tells the TU of the timeout and terminates", p,
            fired(TimerName.F, T.timerF()), t, "timeout F", "terminate"),
        edge("in Proceeding, a transport error informs the TU and terminates", p, TRANSPORT_ERROR,
            t, "transport error", "terminate"),
        edge("in Proceeding, a 2xx moves to Completed and goes to the TU", p,
            received(OPTIONS, 200), done, "cancel E", "cancel F", "start K 5000000",
            "pass 200 up"),
        edge("in Proceeding, a 300-699 moves to Completed and goes to the TU", p,
            received(OPTIONS, 500), done, "cancel E", "cancel F", "start K 5000000",
            "pass 500 up"),
        edge("in Completed, a retransmitted final response is absorbed", done,
            received(OPTIONS, 200), done),
        edge("in Completed, Timer K terminates", done, fired(TimerName.K, T.timerK()), t,
            "terminate"));
  }

  private static Stream<Arguments> inviteServerEdges() {
    var p = InviteServerMachine.State.PROCEEDING;
    var done = InviteServerMachine.State.COMPLETED;
    var conf = InviteServerMachine.State.CONFIRMED;
    var a = InviteServerMachine.State.ACCEPTED;
    var t = InviteServerMachine.State.TERMINATED;
    RequestReceived again = new RequestReceived(INVITE);
    RequestReceived ack = new RequestReceived(ACK);
    return Stream.of(
        serverEdge("in Proceeding, a retransmitted INVITE resends the last provisional", p, 180,
            again, p, "send 180"),
        serverEdge("in Proceeding, a provisional from the TU stops the Trying timer and is sent", p,
            null, fromTu(INVITE, 180), p, "cancel Trying", "send 180"),
        serverEdge("in Proceeding, the Trying timer sends 100 Trying if nothing was sent", p, null,
            fired(TimerName.TRYING, 200_000), p, "send 100"),
        serverEdge("in Proceeding, a transport error informs the TU and stays (RFC 6026)", p, 180,
            TRANSPORT_ERROR, p, "transport error"),
        serverEdge("in Proceeding, a 300-699 from the TU is sent and starts G and H", p, 180,
            fromTu(INVITE, 486), done, "cancel Trying", "send 486", "start G 500000",
            "start H 32000000"),
        serverEdge("in Proceeding, a 2xx from the TU is sent and moves to Accepted with L", p, 180,
            fromTu(INVITE, 200), a, "cancel Trying", "send 200", "start L 32000000"),
        serverEdge("in Completed, a retransmitted INVITE resends the final response", done, 486,
            again, done, "send 486"),
        serverEdge("in Completed, Timer G resends the final response and doubles G", done, 486,
            fired(TimerName.G, 1_000_000), done, "send 486 by G", "start G 2000000"),
        serverEdge("in Completed, Timer G doubles no further than T2", done, 486,
            fired(TimerName.G, 4_000_000), done, "send 486 by G", "start G 4000000"),
        serverEdge("in Completed, a transport error informs the TU and stays (RFC 6026)", done, 486,
            TRANSPORT_ERROR, done, "transport error"),
        serverEdge("in Completed, Timer H tells the TU the ACK never came and terminates", done,
            486, fired(TimerName.H, T.timerH()), t, "timeout H", "terminate"),
        serverEdge("in Completed, the ACK moves to Confirmed, stops G and H and starts I", done,
            486, ack, conf, "cancel G", "cancel H", "start I 5000000"),
        serverEdge("in Confirmed, a retransmitted ACK is absorbed", conf, 486, ack, conf),
        serverEdge("in Confirmed, Timer I terminates", conf, 486, fired(TimerName.I, T.timerI()), t,
            "terminate"),
        serverEdge("in Accepted, a retransmitted INVITE is absorbed", a, 200, again, a),
        serverEdge("in Accepted, an ACK goes to the TU", a, 200, ack, a, "pass ACK up"),
        serverEdge("in Accepted, a transport error informs the TU and stays", a, 200,
            TRANSPORT_ERROR, a, "transport error"),
        serverEdge("in Accepted, a 2xx from the TU is sent", a, 200, fromTu(INVITE, 200), a,
            "send 200"),
        serverEdge("in Accepted, Timer L terminates", a, 200, fired(TimerName.L, T.timerL()), t,
            "terminate"));
  }

  private static Stream<Arguments> nonInviteServerEdges() {
    var tr = NonInviteServerMachine.State.TRYING;
    var p = NonInviteServerMachine.State.PROCEEDING;
    var done = NonInviteServerMachine.State.COMPLETED;
    var t = NonInviteServerMachine.State.TERMINATED;
    RequestReceived again = new RequestReceived(OPTIONS);
    return Stream.of(
        nonInviteServerEdge("in Trying, a provisional from the TU is sent and moves to Proceeding",
            tr, null, fromTu(OPTIONS, 100), p, "send 100"),
        nonInviteServerEdge("in Trying, a retransmitted request is discarded", tr, null, again,
            tr),
        nonInviteServerEdge("in Trying, a 2xx from the TU is sent and starts J", tr,
            null, fromTu(OPTIONS, 200), done, "send 200", "start J 32000000"),
        nonInviteServerEdge("in Trying, a 300-699 from the TU is sent and starts J", tr,
            null, fromTu(OPTIONS, 486), done, "send 486", "start J 32000000"),
        nonInviteServerEdge("in Proceeding, a retransmitted request resends the provisional", p,
            100, again, p, "send 100"),
        nonInviteServerEdge("in Proceeding, a further provisional from the TU is sent", p, 100,
            fromTu(OPTIONS, 180), p, "send 180"),
        nonInviteServerEdge("in Proceeding, a transport error informs the TU and terminates", p,
            100, TRANSPORT_ERROR, t, "transport error", "terminate"),
        nonInviteServerEdge("in Proceeding, a 2xx from the TU is sent and starts J", p,
            100, fromTu(OPTIONS, 202), done, "send 202", "start J 32000000"),
        nonInviteServerEdge("in Proceeding, a 300-699 from the TU is sent and starts J", p,
            100, fromTu(OPTIONS, 404), done, "send 404", "start J 32000000"),
        nonInviteServerEdge("in Completed, a further final response from the TU is discarded",
            done, 404, fromTu(OPTIONS, 200), done),
        nonInviteServerEdge("in Completed, a retransmitted request resends the final response",
            done, 404, again, done, "send 404"),
        nonInviteServerEdge("in Completed, a transport error informs the TU and terminates", done,
            404, TRANSPORT_ERROR, t, "transport error", "terminate"),
        nonInviteServerEdge("in Completed, Timer J terminates", done, 404,
            fired(TimerName.J, T.timerJ()), t, "terminate"));
  }

  private static Arguments edge(String name, TransactionState from, TransactionEvent event,
      TransactionState to, String... actions) {
    return Arguments.of(name, from, event, null, to, List.of(actions));
  }

  private static Arguments serverEdge(String name, TransactionState from, Integer lastStatus,
      TransactionEvent event, TransactionState to, String... actions) {
    return Arguments.of(name, from, event, inviteServer(lastStatus), to, List.of(actions));
  }

  private static Arguments nonInviteServerEdge(String name, TransactionState from,
      Integer lastStatus, TransactionEvent event, TransactionState to, String... actions) {
    return Arguments.of(name, from, event, optionsServer(lastStatus), to, List.of(actions));
  }

  // ---- the tests ----------------------------------------------------------------------------

  @ParameterizedTest(name = "INVITE client: {0}")
  @MethodSource("inviteClientEdges")
  @DisplayName("every edge of figure 5 with RFC 6026's Accepted does what the figure says")
  void inviteClient(String name, InviteClientMachine.State from, ForClient event,
      ServerContext unused, InviteClientMachine.State to, List<String> actions) {
    assertStep(to, actions, InviteClientMachine.step(from, event, INVITE_CLIENT));
  }

  @ParameterizedTest(name = "non-INVITE client: {0}")
  @MethodSource("nonInviteClientEdges")
  @DisplayName("every edge of figure 6 does what the figure says")
  void nonInviteClient(String name, NonInviteClientMachine.State from, ForClient event,
      ServerContext unused, NonInviteClientMachine.State to, List<String> actions) {
    assertStep(to, actions, NonInviteClientMachine.step(from, event, OPTIONS_CLIENT));
  }

  @ParameterizedTest(name = "INVITE server: {0}")
  @MethodSource("inviteServerEdges")
  @DisplayName("every edge of figure 7 with RFC 6026's Accepted does what the figure says")
  void inviteServer(String name, InviteServerMachine.State from, ForServer event,
      ServerContext context, InviteServerMachine.State to, List<String> actions) {
    assertStep(to, actions, InviteServerMachine.step(from, event, context));
  }

  @ParameterizedTest(name = "non-INVITE server: {0}")
  @MethodSource("nonInviteServerEdges")
  @DisplayName("every edge of figure 8 does what the figure says")
  void nonInviteServer(String name, NonInviteServerMachine.State from, ForServer event,
      ServerContext context, NonInviteServerMachine.State to, List<String> actions) {
    assertStep(to, actions, NonInviteServerMachine.step(from, event, context));
  }

  @Test
  @DisplayName("each machine starts as its figure's entry arrow says")
  void starts() {
    assertStep(InviteClientMachine.State.CALLING,
        List.of("send INVITE", "start A 500000", "start B 32000000"),
        InviteClientMachine.start(INVITE_CLIENT));
    assertStep(NonInviteClientMachine.State.TRYING,
        List.of("send OPTIONS", "start E 500000", "start F 32000000"),
        NonInviteClientMachine.start(OPTIONS_CLIENT));
    assertStep(InviteServerMachine.State.PROCEEDING,
        List.of("start Trying 200000", "pass INVITE up"),
        InviteServerMachine.start(inviteServer(null)));
    assertStep(InviteServerMachine.State.PROCEEDING, List.of("pass INVITE up"),
        InviteServerMachine.start(new ServerContext(T, INVITE, null, false)));
    assertStep(NonInviteServerMachine.State.TRYING, List.of("pass OPTIONS up"),
        NonInviteServerMachine.start(optionsServer(null)));
  }

  @Test
  @DisplayName("every (state, event) pair that is no edge of a figure changes nothing and does"
      + " nothing")
  void everythingElseIsIgnored() {
    List<TransactionEvent> clientEvents = List.of(received(INVITE, 100), received(INVITE, 200),
        received(INVITE, 486), fired(TimerName.A, 500_000), fired(TimerName.B, T.timerB()),
        fired(TimerName.D, T.timerD()), fired(TimerName.M, T.timerM()),
        fired(TimerName.E, 500_000), fired(TimerName.F, T.timerF()),
        fired(TimerName.K, T.timerK()), TRANSPORT_ERROR, ABANDONED);
    List<TransactionEvent> serverTimersAndErrors = List.of(fired(TimerName.G, 500_000),
        fired(TimerName.H, T.timerH()), fired(TimerName.I, T.timerI()),
        fired(TimerName.J, T.timerJ()), fired(TimerName.L, T.timerL()),
        fired(TimerName.TRYING, 200_000), TRANSPORT_ERROR);
    List<TransactionEvent> inviteServerEvents = new ArrayList<>(List.of(
        new RequestReceived(INVITE), new RequestReceived(ACK), fromTu(INVITE, 180),
        fromTu(INVITE, 200), fromTu(INVITE, 486)));
    inviteServerEvents.addAll(serverTimersAndErrors);
    List<TransactionEvent> optionsServerEvents = new ArrayList<>(List.of(
        new RequestReceived(OPTIONS), fromTu(OPTIONS, 180), fromTu(OPTIONS, 200),
        fromTu(OPTIONS, 486)));
    optionsServerEvents.addAll(serverTimersAndErrors);
    int ignored = 0;
    ignored += checkRest(InviteClientMachine.State.values(), clientEvents, inviteClientEdges(),
        (s, e) -> InviteClientMachine.step(s, (ForClient) e, INVITE_CLIENT));
    ignored += checkRest(NonInviteClientMachine.State.values(), clientEvents,
        nonInviteClientEdges(),
        (s, e) -> NonInviteClientMachine.step(s, (ForClient) e, OPTIONS_CLIENT));
    ignored += checkRest(InviteServerMachine.State.values(), inviteServerEvents,
        inviteServerEdges(),
        (s, e) -> InviteServerMachine.step(s, (ForServer) e, inviteServer(486)));
    ignored += checkRest(NonInviteServerMachine.State.values(), optionsServerEvents,
        nonInviteServerEdges(),
        (s, e) -> NonInviteServerMachine.step(s, (ForServer) e, optionsServer(404)));
    assertEquals(149, ignored, "pairs checked as ignored");
  }

  @FunctionalInterface
  private interface StepFunction<S> {
    Step<?> apply(S state, TransactionEvent event);
  }

  /** Checks every pair no edge names (by state and event kind); returns how many it checked. */
  private static <S extends TransactionState> int checkRest(S[] states,
      List<TransactionEvent> events, Stream<Arguments> edges, StepFunction<S> step) {
    Set<String> named = new LinkedHashSet<>();
    edges.forEach(a -> named.add(pairKey((TransactionState) a.get()[1],
        (TransactionEvent) a.get()[2])));
    int checked = 0;
    for (S state : states) {
      for (TransactionEvent event : events) {
        if (named.contains(pairKey(state, event))) {
          continue;
        }
        Step<?> result = step.apply(state, event);
        String pair = state.label() + " + " + eventKind(event);
        assertEquals(state, result.next(), pair);
        assertEquals(List.of(), describe(result.actions()), pair);
        checked++;
      }
    }
    return checked;
  }

  private static String pairKey(TransactionState state, TransactionEvent event) {
    return state.getClass().getName() + "." + state + "/" + eventKind(event);
  }

  /** The event's kind: its record, the status class or method, and the timer. */
  private static String eventKind(TransactionEvent event) {
    if (event instanceof ResponseReceived r) {
      return "received " + statusKind(r.response());
    }
    if (event instanceof ResponseFromTu r) {
      return "TU " + statusKind(r.response());
    }
    if (event instanceof RequestReceived r) {
      return "received " + r.request().method();
    }
    if (event instanceof TimerFired f) {
      return "timer " + f.timer();
    }
    if (event instanceof Abandoned) {
      return "abandoned";
    }
    return "transport error";
  }

  private static String statusKind(SipResponse response) {
    return response.statusClass() >= 3 ? "300-699" : response.statusClass() + "xx";
  }

  private static void assertStep(TransactionState to, List<String> actions, Step<?> step) {
    assertEquals(to, step.next(), "next state");
    assertEquals(actions, describe(step.actions()), "actions");
  }

  static List<String> describe(List<Action> actions) {
    List<String> out = new ArrayList<>();
    for (Action action : actions) {
      out.add(describe(action));
    }
    return out;
  }

  private static String describe(Action action) {
    if (action instanceof Send send) {
      return "send " + first(send.message())
          + (send.retransmittedBy() == null ? "" : " by " + send.retransmittedBy().label());
    }
    if (action instanceof StartTimer start) {
      return "start " + start.timer().label() + " " + start.durationUs();
    }
    if (action instanceof CancelTimer cancel) {
      return "cancel " + cancel.timer().label();
    }
    if (action instanceof PassToTu pass) {
      return "pass " + first(pass.message()) + " up";
    }
    if (action instanceof TellTuTimeout timeout) {
      return "timeout " + timeout.timer().label();
    }
    if (action instanceof TellTuTransportError) {
      return "transport error";
    }
    return "terminate";
  }

  private static String first(SipMessage message) {
    return RecordingObserver.firstWord(message);
  }
}
