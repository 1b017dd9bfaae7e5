package org.siplab.codec;

import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.parser.StringMsgParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.ListIterator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.siplab.message.NameAddress;
import org.siplab.message.SipMessage;

/**
 * The codec against the JAIN-SIP reference implementation, on the three messages of
 * src/test/resources/corpus/bench. Both sides do the same work: parse the datagram, then read every
 * typed header (Via with branch and sent-by, From/To with URI and tag, Call-ID, CSeq, Contact,
 * Max-Forwards, Route/Record-Route, Content-Length/Type, Expires, Date, Retry-After, Warning,
 * WWW-/Proxy-Authenticate, (Proxy-)Authorization, Allow, Require, Supported) into a Blackhole.
 * {@link #printFromValues} prints a message built from values (no stored bytes are replayed).
 *
 * <p>Run with {@code bench/run codec} (see notes/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CodecBenchmark {

  @Param({"invite-sdp", "register", "ok200-two-via-rr"})
  public String message;

  private byte[] wire;
  private SipMessage builtFromValues;

  @Setup(Level.Trial)
  public void load() {
    try (InputStream in =
        CodecBenchmark.class.getResourceAsStream("/corpus/bench/" + message + ".sip")) {
      wire = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SipMessage parsed = SipParser.parse(wire).orThrow();
    // A copy with the same values and no wire bytes: what an element builds before sending.
    builtFromValues = parsed.withHeaders(parsed.headers());
    if (builtFromValues.hasWire()) {
      throw new IllegalStateException("the printing benchmark must not replay stored bytes");
    }
  }

  @Benchmark
  public void siplabParseAndRead(Blackhole bh) {
    SipMessage m = SipParser.parse(wire).message();
    for (org.siplab.message.Via v : m.vias()) {
      bh.consume(v.branch());
      bh.consume(v.sentBy());
    }
    consumeAddress(bh, m.from());
    consumeAddress(bh, m.to());
    bh.consume(m.callId());
    bh.consume(m.cseq().number());
    bh.consume(m.cseq().method());
    for (NameAddress c : m.contacts()) {
      consumeAddress(bh, c);
    }
    bh.consume(m.maxForwards());
    bh.consume(m.routes());
    bh.consume(m.recordRoutes());
    bh.consume(m.contentLength());
    bh.consume(m.contentType());
    bh.consume(m.expires());
    bh.consume(m.date());
    bh.consume(m.retryAfter());
    bh.consume(m.warnings());
    bh.consume(m.wwwAuthenticate());
    bh.consume(m.proxyAuthenticate());
    bh.consume(m.authorization());
    bh.consume(m.proxyAuthorization());
    bh.consume(m.allow());
    bh.consume(m.require());
    bh.consume(m.supported());
    bh.consume(m.bodyLength());
  }

  private static void consumeAddress(Blackhole bh, NameAddress a) {
    bh.consume(a.uri());
    bh.consume(a.tag());
  }

  @Benchmark
  public void jainSipParseAndRead(Blackhole bh) throws java.text.ParseException {
    SIPMessage m = new StringMsgParser().parseSIPMessage(wire, true, false, null);
    ListIterator<Via> vias = m.getViaHeaders().listIterator();
    while (vias.hasNext()) {
      Via v = vias.next();
      bh.consume(v.getBranch());
      bh.consume(v.getSentBy());
    }
    bh.consume(m.getFrom().getAddress().getURI());
    bh.consume(m.getFrom().getTag());
    bh.consume(m.getTo().getAddress().getURI());
    bh.consume(m.getTo().getTag());
    bh.consume(m.getCallId().getCallId());
    bh.consume(m.getCSeq().getSeqNumber());
    bh.consume(m.getCSeq().getMethod());
    Iterator<?> contacts = m.getHeaders("Contact");
    while (contacts.hasNext()) {
      bh.consume(((javax.sip.header.ContactHeader) contacts.next()).getAddress().getURI());
    }
    for (String name : new String[] {"Max-Forwards", "Route", "Record-Route", "Content-Length",
        "Content-Type", "Expires", "Date", "Retry-After", "Warning", "WWW-Authenticate",
        "Proxy-Authenticate", "Authorization", "Proxy-Authorization", "Allow", "Require",
        "Supported"}) {
      bh.consume(m.getHeader(name));
    }
    bh.consume(m.getRawContent());
  }

  /** Parsing alone, without reading the typed views: how the score above splits. */
  @Benchmark
  public SipMessage siplabParseOnly() {
    return SipParser.parse(wire).message();
  }

  @Benchmark
  public byte[] printFromValues() {
    return SipPrinter.print(builtFromValues);
  }
}
