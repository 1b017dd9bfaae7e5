package bound;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntSupplier;
import org.siplab.codec.SipParser;
import org.siplab.message.NameAddress;
import org.siplab.message.SipMessage;
import org.siplab.message.Via;

/**
 * One parse and read of a message, as CodecBenchmark.siplabParseAndRead does it: every typed
 * header is read and kept where the JIT cannot drop it. Loaded once for each build by
 * {@link SideBySide}, so each copy runs the classes of its own build.
 */
public final class ParseAndRead implements IntSupplier {
  private static final Object[] KEPT = new Object[64];
  private static int next;

  private final byte[] wire;

  public ParseAndRead(Path message) {
    try {
      wire = Files.readAllBytes(message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The diagnostics of one parse, to show that both builds report the same about the message. */
  public String diagnostics() {
    return SipParser.parse(wire).diagnostics().toString();
  }

  @Override
  public int getAsInt() {
    SipMessage m = SipParser.parse(wire).message();
    int n = 0;
    for (Via v : m.vias()) {
      n += keep(v.branch()) + keep(v.sentBy());
    }
    n += address(m.from()) + address(m.to()) + keep(m.callId());
    n += (int) m.cseq().number() + keep(m.cseq().method());
    for (NameAddress c : m.contacts()) {
      n += address(c);
    }
    n += keep(m.maxForwards()) + keep(m.routes()) + keep(m.recordRoutes())
        + keep(m.contentLength()) + keep(m.contentType()) + keep(m.expires()) + keep(m.date())
        + keep(m.retryAfter()) + keep(m.warnings()) + keep(m.wwwAuthenticate())
        + keep(m.proxyAuthenticate()) + keep(m.authorization()) + keep(m.proxyAuthorization())
        + keep(m.allow()) + keep(m.require()) + keep(m.supported());
    return n + m.bodyLength();
  }

  private static int address(NameAddress a) {
    return keep(a.uri()) + keep(a.tag());
  }

  private static int keep(Object o) {
    KEPT[next++ & 63] = o;
    return 1;
  }
}
