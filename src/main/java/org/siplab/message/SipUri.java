package org.siplab.message;

import java.util.Locale;
import java.util.Objects;

/**
 * A {@code sip:} or {@code sips:} URI, RFC 3261 section 19.1:
 *
 * <pre>
 * SIP-URI  = "sip:" [ userinfo ] hostport uri-parameters [ headers ]
 * userinfo = ( user / telephone-subscriber ) [ ":" password ] "@"
 * </pre>
 *
 * The user and password are kept as written, escapes included, so that a message prints back as it
 * was read; {@link #userUnescaped()} and {@link #equivalentTo} apply the comparison rules.
 *
 * @param user the user part as written, or {@code null} when the URI has no userinfo
 * @param password the password as written, or {@code null}
 * @param headers the {@code ?name=value&...} part, as parameters (values kept escaped)
 */
public record SipUri(
    boolean secure,
    String user,
    String password,
    HostPort hostPort,
    Parameters parameters,
    Parameters headers)
    implements Uri {

  public SipUri {
    Objects.requireNonNull(hostPort, "hostPort");
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(headers, "headers");
  }

  /** {@code sip:user@host}, or {@code sip:host} when {@code user} is null. */
  public static SipUri of(String user, String host) {
    return new SipUri(false, user, null, HostPort.of(host), Parameters.NONE, Parameters.NONE);
  }

  /** {@code sip:user@host:port} (port {@link HostPort#NO_PORT} for none). */
  public static SipUri of(String user, String host, int port) {
    return new SipUri(false, user, null, new HostPort(host, port), Parameters.NONE,
        Parameters.NONE);
  }

  @Override
  public String scheme() {
    return secure ? "sips" : "sip";
  }

  public String host() {
    return hostPort.host();
  }

  public int port() {
    return hostPort.port();
  }

  public String parameter(String name) {
    return parameters.get(name);
  }

  public boolean hasParameter(String name) {
    return parameters.has(name);
  }

  /** Section 16.4 and 19.1.1: {@code lr} marks a loose router. */
  public boolean isLooseRouter() {
    return parameters.has("lr");
  }

  public String userUnescaped() {
    return user == null ? null : UriEscapes.unescape(user);
  }

  public SipUri withUser(String newUser) {
    return new SipUri(secure, newUser, password, hostPort, parameters, headers);
  }

  public SipUri withHostPort(HostPort newHostPort) {
    return new SipUri(secure, user, password, newHostPort, parameters, headers);
  }

  public SipUri withParameter(Parameter p) {
    return new SipUri(secure, user, password, hostPort, parameters.with(p), headers);
  }

  public SipUri withoutParameter(String name) {
    return new SipUri(secure, user, password, hostPort, parameters.without(name), headers);
  }

  public SipUri withoutHeaders() {
    return new SipUri(secure, user, password, hostPort, parameters, Parameters.NONE);
  }

  /**
   * The address-of-record key a registrar stores bindings under. Section 10.3 step 5: "all URI
   * parameters MUST be removed (including the user-param), and any escaped characters MUST be
   * converted to their unescaped form"; hosts compare case-insensitively (section 19.1.4).
   */
  public String aorKey() {
    StringBuilder sb = new StringBuilder(scheme()).append(':');
    if (user != null) {
      sb.append(userUnescaped()).append('@');
    }
    sb.append(hostPort.host().toLowerCase(Locale.ROOT));
    if (hostPort.hasPort()) {
      sb.append(':').append(hostPort.port());
    }
    return sb.toString();
  }

  /**
   * URI comparison, RFC 3261 section 19.1.4: scheme, userinfo (case-sensitive, escaped unreserved
   * characters decoded, see {@link UriEscapes#forComparison}), host (case-insensitive) and port
   * must match; the user, ttl, method and maddr parameters and transport must match when either URI
   * has them; other parameters only when both have them; every header component must be in both
   * and match by its header field's rules.
   */
  public boolean equivalentTo(SipUri other) {
    if (secure != other.secure || hostPort.port() != other.hostPort.port()) {
      return false;
    }
    if (!Objects.equals(comparable(user), comparable(other.user))
        || !Objects.equals(comparable(password), comparable(other.password))
        || !hostPort.sameHostAs(other.hostPort)) {
      return false;
    }
    for (String name : new String[] {"user", "ttl", "method", "maddr", "transport"}) {
      if (!sameParameter(name, other, true)) {
        return false;
      }
    }
    for (Parameter p : parameters) {
      if (other.parameters.has(p.name()) && !sameParameter(p.name(), other, false)) {
        return false;
      }
    }
    return headers.size() == other.headers.size() && headersMatch(other);
  }

  private boolean sameParameter(String name, SipUri other, boolean mustBothHave) {
    Parameter a = parameters.find(name);
    Parameter b = other.parameters.find(name);
    if (a == null || b == null) {
      return !mustBothHave || a == b;
    }
    if (a.value() == null || b.value() == null) {
      return a.value() == b.value();
    }
    String av = comparable(a.value());
    String bv = comparable(b.value());
    if (a.named("method")) {
      // Section 19.1.4 compares "all other components" case-insensitively "unless explicitly
      // defined otherwise", and a method is: section 25.1 spells the six methods in caps
      // (INVITEm = %x49.4E.56.49.54.45 ; INVITE in caps) and section 20.16 says "The method part
      // of CSeq is case-sensitive", so method=invite names another (extension) method.
      return av.equals(bv);
    }
    if (a.named("maddr")) {
      // maddr-param = "maddr=" host: an IPv6 reference is compared as an address, as the host is.
      return HostPort.sameHost(av, bv);
    }
    return av.equalsIgnoreCase(bv);
  }

  private static String comparable(String component) {
    return component == null ? null : UriEscapes.forComparison(component);
  }

  /**
   * Section 19.1.4: "Any present header component MUST be present in both URIs and match", in any
   * order. The sizes are equal (the caller checks), so pairing each of this URI's headers with a
   * different matching header of the other makes the two lists the same, repeats included: a
   * header repeated here cannot pair twice with the other's one copy.
   */
  private boolean headersMatch(SipUri other) {
    boolean[] paired = new boolean[other.headers.size()];
    for (Parameter h : headers) {
      HeaderName name = HeaderName.of(comparable(h.name()));
      String mine = comparable(h.value());
      boolean found = false;
      for (int j = 0; j < paired.length && !found; j++) {
        Parameter t = other.headers.at(j);
        if (!paired[j] && name.equals(HeaderName.of(comparable(t.name())))
            && sameHeaderValue(name, mine, comparable(t.value()))) {
          paired[j] = true;
          found = true;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /**
   * Section 19.1.4: header components match by "The matching rules ... defined for each header
   * field in Section 20", and section 7.3.1 gives the rule those definitions start from: "Unless
   * otherwise stated in the definition of a particular header field, field values, parameter
   * names, and parameter values are case-insensitive. ... Unless specified otherwise, values
   * expressed as quoted strings are case-sensitive." So a value ignores case outside quotes, except
   * for the fields whose definitions say otherwise: Call-ID (section 20.8, "Call-IDs are
   * case-sensitive") and In-Reply-To (20.21, a list of Call-IDs), CSeq (20.16, its method), Date
   * (20.17, "An RFC 1123 date is case-sensitive"), and the fields holding a URI or name-addr, whose
   * userinfo is case-sensitive (19.1.4): without a parser here, those are compared exactly, which
   * may keep two matching values apart but never makes two different ones match.
   */
  private static boolean sameHeaderValue(HeaderName name, String a, String b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.equals(b)) {
      return true;
    }
    if (a.length() != b.length() || CASE_SENSITIVE_FIELDS.contains(name)) {
      return false;
    }
    boolean quoted = false;
    for (int i = 0; i < a.length(); i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (quoted ? x != y : Character.toLowerCase(x) != Character.toLowerCase(y)) {
        return false;
      }
      if (x == '\\' && quoted && i + 1 < a.length()) {
        i++;
        if (a.charAt(i) != b.charAt(i)) {
          return false;
        }
      } else if (x == '"') {
        quoted = !quoted;
      }
    }
    return true;
  }

  private static final java.util.Set<HeaderName> CASE_SENSITIVE_FIELDS = java.util.Set.of(
      HeaderName.CALL_ID, HeaderName.CSEQ, HeaderName.DATE, HeaderName.FROM, HeaderName.TO,
      HeaderName.CONTACT, HeaderName.ROUTE, HeaderName.RECORD_ROUTE, HeaderName.REPLY_TO,
      HeaderName.ALERT_INFO, HeaderName.CALL_INFO, HeaderName.ERROR_INFO, HeaderName.IN_REPLY_TO);

  @Override
  public void appendTo(PrintSink out) {
    out.append(secure ? "sips:" : "sip:");
    if (user != null) {
      out.append(user);
      if (password != null) {
        out.append(':').append(password);
      }
      out.append('@');
    }
    hostPort.appendTo(out);
    parameters.appendTo(out, ';');
    for (int i = 0; i < headers.size(); i++) {
      out.append(i == 0 ? '?' : '&');
      Parameter h = headers.at(i);
      out.append(h.name()).append('=');
      if (h.value() != null) {
        out.append(h.value());
      }
    }
  }

  @Override
  public String toString() {
    return text();
  }
}
