package org.siplab.transaction;

import java.util.List;
import java.util.Objects;
import org.siplab.codec.Diagnostic;
import org.siplab.codec.ParseResult;
import org.siplab.codec.SipParser;
import org.siplab.codec.SipPrinter;
import org.siplab.message.CSeq;
import org.siplab.message.HeaderField;
import org.siplab.message.HeaderName;
import org.siplab.message.HostPort;
import org.siplab.message.Method;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.Via;
import org.siplab.sim.Datagram;
import org.siplab.sim.Endpoint;
import org.siplab.sim.Network;

/**
 * The UDP transport of one element, RFC 3261 section 18, over the simulated network: it prints a
 * message on send and parses a datagram on receive, like a real stack (chan_sip's
 * {@code sipsock_read} then {@code parse}).
 *
 * <p>On the way in it marks a request's top Via with where it came from (18.2.1, RFC 3581),
 * passes a response up only if its top Via is this transport's own (18.1.2), and answers a request
 * that does not parse with 400 Bad Request when it can. On the way out it routes a response by its
 * top Via (18.2.2, RFC 3581) and reports each message to the observer right before the network
 * sends it.
 */
public final class UdpTransport {

  /**
   * Section 18.1.1: "For UDP, this size is 65,535 bytes, including IP and UDP headers": 65,507
   * bytes of payload over IPv4 (20 bytes of IP header, 8 of UDP).
   */
  static final int MAX_PAYLOAD_BYTES = 65_507;

  private final String element;
  private final Network network;
  private final Endpoint local;
  private final HostPort sentBy;
  private final TransportSettings settings;
  private final TransactionObserver observer;
  private TransportListener listener;

  /**
   * A transport for {@code element} on {@code local}; it receives nothing until {@link #listen}.
   * Its sent-by is {@code local}'s address and port.
   */
  public UdpTransport(String element, Network network, Endpoint local, TransportSettings settings,
      TransactionObserver observer) {
    this.element = Objects.requireNonNull(element, "element");
    this.network = Objects.requireNonNull(network, "network");
    this.local = Objects.requireNonNull(local, "local");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.observer = Objects.requireNonNull(observer, "observer");
    this.sentBy = new HostPort(HostPort.hostOf(local.address()), local.port());
  }

  /** Binds the local endpoint on the network and passes every accepted message to {@code to}. */
  public void listen(TransportListener to) {
    if (listener != null) {
      throw new IllegalStateException(element + ": the transport already has a listener");
    }
    listener = Objects.requireNonNull(to, "listener");
    network.bind(local, this::receive);
  }

  public String element() {
    return element;
  }

  public Endpoint local() {
    return local;
  }

  /** The sent-by a TU puts in the Vias of requests sent here (section 18.1.1). */
  public HostPort sentBy() {
    return sentBy;
  }

  TransactionObserver observer() {
    return observer;
  }

  /** The request as this transport puts it on the wire: with rport asked for, if configured. */
  public SipRequest outgoing(SipRequest request) {
    return settings.requestRport() ? ViaStamping.requestRport(request) : request;
  }

  /**
   * Section 18.1.1: sends a request to the address and port the TU chose. The TU gives the
   * complete request, its own Via on top with the branch.
   *
   * @param transaction the transaction sending it, or null when sent statelessly
   * @param retransmittedBy what caused this retransmission (a timer label), or null
   */
  public SendOutcome sendRequest(SipRequest request, Endpoint destination,
      TransactionId transaction, String retransmittedBy) {
    return transmit(outgoing(request), destination, transaction, retransmittedBy);
  }

  /** Section 18.2.2: sends a response where its top Via says. */
  public SendOutcome sendResponse(
      SipResponse response, TransactionId transaction, String retransmittedBy) {
    Via top = response.topVia();
    if (top == null) {
      return SendOutcome.failed("the response has no Via to go back along (section 18.2.2)");
    }
    String address = ResponseRouting.address(top);
    Endpoint destination;
    try {
      destination = new Endpoint(address, ResponseRouting.port(top));
    } catch (IllegalArgumentException notAnAddress) {
      return SendOutcome.failed("cannot send the response to " + address
          + ": siplab's network resolves no names, and " + notAnAddress.getMessage());
    }
    return transmit(response, destination, transaction, retransmittedBy);
  }

  private SendOutcome transmit(SipMessage message, Endpoint destination,
      TransactionId transaction, String retransmittedBy) {
    byte[] bytes = SipPrinter.print(message);
    if (bytes.length > MAX_PAYLOAD_BYTES) {
      return SendOutcome.failed("the message is " + bytes.length + " bytes, more than the "
          + MAX_PAYLOAD_BYTES + " a UDP datagram can carry (section 18.1.1)");
    }
    observer.beforeSend(element, message, transaction, retransmittedBy);
    network.sendWithoutCopy(local, destination, bytes);
    return SendOutcome.SENT;
  }

  private void receive(Datagram datagram) {
    // The parser only reads the bytes; the message keeps them as its wire bytes, never changed.
    ParseResult parsed = datagram.readPayload(SipParser::parse);
    if (!parsed.isValid()) {
      undecodable(datagram, parsed);
      return;
    }
    SipMessage message = parsed.message();
    if (message.topVia() == null) {
      discard(datagram, "the message has no Via: nothing says where it came from or where its"
          + " response goes (section 8.1.1.7)", parsed.diagnostics(), null);
    } else if (message instanceof SipRequest request) {
      listener.onRequest(ViaStamping.markSource(request, datagram.from()));
    } else {
      receiveResponse((SipResponse) message, datagram);
    }
  }

  private void receiveResponse(SipResponse response, Datagram datagram) {
    Via top = response.topVia();
    if (!top.sentBy().sameHostAs(sentBy)
        || top.sentBy().portOr(ResponseRouting.DEFAULT_PORT) != sentBy.port()) {
      // 18.1.2: if the sent-by "does not correspond to a value that the client transport is
      // configured to insert into requests, the response MUST be silently discarded".
      discard(datagram, "the top Via's sent-by " + top.sentBy() + " is not this transport's "
          + sentBy + ", so the response was not meant for it (section 18.1.2)", List.of(), null);
      return;
    }
    int vias = settings.userAgent() ? response.vias().size() : 1;
    if (vias > 1) {
      // Section 8.1.3.3: "If more than one Via header field value is present in a response, the
      // UAC SHOULD discard the message", for the Vias below its own mean it "was misrouted or
      // possibly corrupted". It is dropped here, where it enters the UA, rather than by the UA
      // core above the client transaction: a transaction that took it would end with a response
      // its TU then ignores, and the TU would wait for ever (a call neither answered nor failed,
      // a BYE's dialog never ended); dropped before it, the request is retransmitted and times
      // out, as if the response had been lost.
      discard(datagram, "the response has " + vias + " Via values, where a response to a user"
          + " agent's request has only its own, so it was misrouted or corrupted: a UAC discards"
          + " it (section 8.1.3.3)", List.of(), null);
      return;
    }
    listener.onResponse(response);
  }

  /**
   * A datagram that does not parse. A request that still has what a response needs gets 400 Bad
   * Request with the first error in a Warning; anything else is dropped (section 18.3: a broken
   * response "MUST be discarded"). A request whose Request-Line could not be read is still a
   * request when its header fields were read after it (the parser reads them, see
   * ParseResult#headers) and its start line is not a Status-Line: RFC 4475 sections 3.1.2.7 and
   * 3.1.2.8 ask for 400 to a Request-URI in angle brackets or with whitespace in it. Its CSeq
   * stands for its method (an ACK is never answered).
   */
  private void undecodable(Datagram datagram, ParseResult parsed) {
    List<Diagnostic> diagnostics = parsed.diagnostics();
    Diagnostic firstError = parsed.errors().isEmpty() ? null : parsed.errors().get(0);
    String problem = firstError == null ? "the datagram is not a SIP message"
        : "the message does not parse (" + BadRequest.warningText(firstError) + ")";
    Method method = requestMethod(datagram, parsed);
    if (method == null || firstError == null) {
      discard(datagram, problem + "; dropped", diagnostics, null);
      return;
    }
    List<HeaderField> fields = parsed.headers();
    if (!BadRequest.canAnswer(method, fields)) {
      discard(datagram, problem + "; dropped, as no response can be built from it (an ACK, or no"
          + " readable Via, From, To, Call-ID or CSeq)", diagnostics, null);
      return;
    }
    SipResponse answer = BadRequest.build(ViaStamping.markSource(fields, datagram.from()),
        firstError, sentBy.host());
    SendOutcome sent = sendResponse(answer, null, null);
    if (sent.isSent()) {
      discard(datagram, problem + "; answered 400 Bad Request (section 21.4.1)", diagnostics,
          answer);
    } else {
      discard(datagram, problem + "; the 400 could not be sent: " + sent.failure(), diagnostics,
          null);
    }
  }

  /**
   * The method of the request an undecodable datagram holds: the request's, or its CSeq's when
   * the Request-Line could not be read; null when it holds no request.
   */
  private static Method requestMethod(Datagram datagram, ParseResult parsed) {
    if (parsed.message() instanceof SipRequest request) {
      return request.method();
    }
    if (parsed.message() != null || parsed.headers().isEmpty()
        || datagram.readPayload(SipParser::startsWithStatusLine)) {
      return null;
    }
    return HeaderField.firstValue(parsed.headers(), HeaderName.CSEQ) instanceof CSeq cseq
        ? cseq.method() : null;
  }

  private void discard(Datagram datagram, String reason, List<Diagnostic> diagnostics,
      SipResponse answer) {
    observer.discarded(element,
        new DiscardedDatagram(datagram.id(), datagram.from(), reason, diagnostics, answer));
  }
}
