package org.siplab.message;

import java.util.Objects;

/**
 * A name-addr or addr-spec with header parameters, as in From, To, Contact, Route, Record-Route and
 * Reply-To (RFC 3261 section 20 and 25.1):
 *
 * <pre>
 * name-addr    = [ display-name ] LAQUOT addr-spec RAQUOT
 * display-name = *(token LWS) / quoted-string
 * from-spec    = ( name-addr / addr-spec ) *( SEMI from-param )
 * </pre>
 *
 * The printer always writes the {@code <...>} form: it is never wrong, while a bare addr-spec turns
 * URI parameters into header parameters (section 20.10).
 *
 * @param displayName the display name without quotes and with quoted-pairs resolved, or
 *     {@code null}
 */
public record NameAddress(String displayName, Uri uri, Parameters parameters)
    implements HeaderValue {

  public NameAddress {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(parameters, "parameters");
    if (displayName != null) {
      // A name with CR or LF could be printed neither as tokens nor as a quoted-string.
      Quoting.requireQuotable(displayName, "a display-name");
    }
  }

  public static NameAddress of(Uri uri) {
    return new NameAddress(null, uri, Parameters.NONE);
  }

  public static NameAddress of(String displayName, Uri uri) {
    return new NameAddress(displayName, uri, Parameters.NONE);
  }

  /** Section 19.3: the tag that, with the Call-ID, identifies a dialog. */
  public String tag() {
    return parameters.get("tag");
  }

  public boolean hasTag() {
    return parameters.has("tag");
  }

  public String parameter(String name) {
    return parameters.get(name);
  }

  /** The Contact {@code expires} parameter in seconds, or -1 when absent or not a number. */
  public long expires() {
    return parseLong(parameters.get("expires"));
  }

  /** The Contact {@code q} parameter (section 20.10), or -1 when absent or not a number. */
  public double q() {
    String v = parameters.get("q");
    if (v == null) {
      return -1;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The URI as a SIP URI, or {@code null} when it has another scheme. */
  public SipUri sipUri() {
    return uri instanceof SipUri s ? s : null;
  }

  public NameAddress withTag(String tag) {
    return withParameter(Parameter.of("tag", tag));
  }

  public NameAddress withoutTag() {
    return new NameAddress(displayName, uri, parameters.without("tag"));
  }

  public NameAddress withParameter(Parameter p) {
    return new NameAddress(displayName, uri, parameters.with(p));
  }

  public NameAddress withoutParameter(String name) {
    return new NameAddress(displayName, uri, parameters.without(name));
  }

  public NameAddress withUri(Uri newUri) {
    return new NameAddress(displayName, newUri, parameters);
  }

  @Override
  public void appendTo(PrintSink out) {
    if (displayName != null) {
      if (Quoting.isTokenSequence(displayName)) {
        out.append(displayName);
      } else {
        Quoting.appendQuoted(out, displayName);
      }
      out.append(" <"); // one append rather than two
    } else {
      out.append('<');
    }
    uri.appendTo(out);
    out.append('>');
    parameters.appendTo(out, ';');
  }

  @Override
  public String toString() {
    return text();
  }

  private static long parseLong(String v) {
    if (v == null || v.isEmpty() || v.length() > 18) {
      return -1;
    }
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return -1;
      }
    }
    return Long.parseLong(v);
  }
}
