package org.siplab.message;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.siplab.testkit.Draw;

/**
 * The smallest changes that make a message mean something else: one header value, the start line,
 * the body, or one field more or less. Each value is changed within its own type (a branch, a tag,
 * a number one apart), so that an equality that looked only at types or names would miss it.
 */
final class OneChange {

  private OneChange() {}

  /** A copy of {@code m} with exactly one change, described in {@code said}. */
  static SipMessage of(SipMessage m, Draw d, StringBuilder said) {
    return switch (d.between(0, 4)) {
      case 0 -> headerValue(m, d, said);
      case 1 -> startLine(m, d, said);
      case 2 -> body(m, d, said);
      case 3 -> withoutOneField(m, d, said);
      default -> withOneFieldMore(m, d, said);
    };
  }

  private static SipMessage headerValue(SipMessage m, Draw d, StringBuilder said) {
    List<Integer> withValues = new ArrayList<>();
    for (int i = 0; i < m.headers().size(); i++) {
      HeaderField f = m.headers().get(i);
      if (!f.values().isEmpty() && !f.is(HeaderName.CONTENT_LENGTH)) {
        withValues.add(i);
      }
    }
    int at = d.pick(withValues);
    HeaderField f = m.headers().get(at);
    int which = d.between(0, f.values().size() - 1);
    List<HeaderValue> values = new ArrayList<>(f.values());
    HeaderValue changed = value(values.get(which), d);
    values.set(which, changed);
    List<HeaderField> fields = new ArrayList<>(m.headers());
    fields.set(at, new HeaderField(f.name(), f.headerName(), values));
    said.append(f.headerName()).append(" value ").append(which).append(" became ")
        .append(changed.text());
    return m.withHeaders(fields);
  }

  /** The same kind of value, differing in one part. */
  static HeaderValue value(HeaderValue v, Draw d) {
    if (v instanceof Via via) {
      return d.chance(50) ? via.withBranch(via.branch() + "x")
          : new Via(via.protocolName(), via.protocolVersion(),
              via.transport().equals("UDP") ? "TCP" : "UDP", via.sentBy(), via.parameters());
    } else if (v instanceof NameAddress na) {
      return switch (d.between(0, 2)) {
        case 0 -> new NameAddress(na.displayName() == null ? "x" : na.displayName() + "x",
            na.uri(), na.parameters());
        case 1 -> na.withUri(uri(na.uri()));
        default -> na.withTag(na.hasTag() ? na.tag() + "x" : "x");
      };
    } else if (v instanceof Wildcard) {
      return NameAddress.of(SipUri.of("x", "example.com"));
    } else if (v instanceof CSeq c) {
      return d.chance(50) ? c.withNumber(c.number() == CSeq.MAX_NUMBER ? 0 : c.number() + 1)
          : c.withMethod(c.method().equals(Method.BYE) ? Method.CANCEL : Method.BYE);
    } else if (v instanceof Text t) {
      return new Text(t.value() + "x");
    } else if (v instanceof Numeric n) {
      return new Numeric(n.value() == 0 ? 1 : n.value() - 1);
    } else if (v instanceof RetryAfter r) {
      return d.chance(50) ? new RetryAfter(r.seconds() + 1, r.comment(), r.parameters())
          : new RetryAfter(r.seconds(), r.comment() == null ? "x" : r.comment() + "x",
              r.parameters());
    } else if (v instanceof Warning w) {
      return d.chance(50)
          ? new Warning(w.code() == 999 ? 998 : w.code() + 1, w.agent(), w.warnText())
          : new Warning(w.code(), w.agent(), w.warnText() + "x");
    } else if (v instanceof SipDate s) {
      // A second later; a second earlier for the last second of 9999 (no SIP-date says year 10000).
      Instant later = s.instant().plus(Duration.ofSeconds(1));
      return new SipDate(later.atZone(ZoneOffset.UTC).getYear() > 9999
          ? s.instant().minus(Duration.ofSeconds(1)) : later);
    } else if (v instanceof MediaType t) {
      return d.chance(50) ? new MediaType(t.type(), t.subtype() + "x", t.parameters())
          : new MediaType(t.type(), t.subtype(), t.parameters().with("x-changed", "1"));
    } else if (v instanceof Token t) {
      return new Token(t.value() + "x");
    } else if (v instanceof Challenge c) {
      return new Challenge(c.scheme(), c.parameters().with(Parameter.quoted("x-changed", "1")));
    } else if (v instanceof Credentials c) {
      return new Credentials(c.scheme(), c.parameters().with(Parameter.quoted("x-changed", "1")));
    }
    throw new IllegalArgumentException("no change known for " + v.getClass());
  }

  static Uri uri(Uri u) {
    if (u instanceof SipUri sip) {
      return sip.withUser(sip.user() == null ? "x" : sip.user() + "x");
    } else if (u instanceof TelUri tel) {
      return new TelUri(tel.number() + "1", tel.parameters());
    }
    throw new IllegalArgumentException("no change known for " + u);
  }

  private static SipMessage startLine(SipMessage m, Draw d, StringBuilder said) {
    SipMessage changed;
    if (m instanceof SipRequest r) {
      changed = d.chance(50)
          ? new SipRequest(r.method().equals(Method.BYE) ? Method.CANCEL : Method.BYE,
              r.requestUri(), r.version(), r.headers(), r.body())
          : new SipRequest(r.method(), uri(r.requestUri()), r.version(), r.headers(), r.body());
    } else {
      SipResponse r = (SipResponse) m;
      changed = d.chance(50)
          ? new SipResponse(r.status() == 699 ? 698 : r.status() + 1, r.reason(), r.version(),
              r.headers(), r.body())
          : new SipResponse(r.status(), r.reason() + "x", r.version(), r.headers(), r.body());
    }
    said.append("the start line became ").append(changed.startLine());
    return changed;
  }

  private static SipMessage body(SipMessage m, Draw d, StringBuilder said) {
    byte[] body = m.body();
    byte[] changed;
    if (body.length == 0 || d.chance(30)) {
      changed = java.util.Arrays.copyOf(body, body.length + 1);
      changed[body.length] = (byte) d.between(0, 255);
      said.append("a byte was added to the body");
    } else if (d.chance(50)) {
      changed = java.util.Arrays.copyOf(body, body.length - 1);
      said.append("the body lost its last byte");
    } else {
      changed = body.clone();
      int at = d.between(0, body.length - 1);
      changed[at] = (byte) (changed[at] ^ (1 << d.between(0, 7)));
      said.append("body byte ").append(at).append(" had a bit flipped");
    }
    return m.withBody(changed);
  }

  /** Content-Length only frames the body, so equality ignores it: it is never the one change. */
  private static int anyFieldButContentLength(List<HeaderField> fields, Draw d) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      if (!fields.get(i).is(HeaderName.CONTENT_LENGTH)) {
        candidates.add(i);
      }
    }
    return d.pick(candidates);
  }

  private static SipMessage withoutOneField(SipMessage m, Draw d, StringBuilder said) {
    List<HeaderField> fields = new ArrayList<>(m.headers());
    int at = anyFieldButContentLength(fields, d);
    said.append("the field ").append(fields.get(at)).append(" was removed");
    fields.remove(at);
    return m.withHeaders(fields);
  }

  private static SipMessage withOneFieldMore(SipMessage m, Draw d, StringBuilder said) {
    List<HeaderField> fields = new ArrayList<>(m.headers());
    int at = d.between(0, fields.size());
    HeaderField extra = d.chance(50) ? HeaderField.of(HeaderName.of("X-Extra"), new Text("1"))
        : fields.get(anyFieldButContentLength(fields, d));
    fields.add(at, extra);
    said.append("the field ").append(extra).append(" was added at ").append(at);
    return m.withHeaders(fields);
  }
}
