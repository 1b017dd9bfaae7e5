package org.siplab.message;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A header field name. Names are case-insensitive (RFC 3261 section 7.3.1) and some have a compact
 * form (section 7.3.3), so {@code v}, {@code VIA} and {@code Via} are the same name. Known names
 * are shared constants that carry their canonical spelling; any other name is an extension header
 * whose canonical spelling is the one first written.
 */
public final class HeaderName {

  /** How many values a header may carry (section 7.3.1 and the grammar of section 25.1). */
  public enum Arity {
    /** Exactly one value; a second field of this name makes the message invalid. */
    SINGLE,
    /** A comma-separated list, which may also be split over several fields. */
    LIST,
    /** One value a field, but the field may repeat (Authorization, WWW-Authenticate...). */
    REPEATABLE
  }

  private static final Map<String, HeaderName> KNOWN = new LinkedHashMap<>();
  private static int count;

  public static final HeaderName ACCEPT = known("Accept", 0, Arity.LIST);
  public static final HeaderName ACCEPT_ENCODING = known("Accept-Encoding", 0, Arity.LIST);
  public static final HeaderName ACCEPT_LANGUAGE = known("Accept-Language", 0, Arity.LIST);
  public static final HeaderName ALERT_INFO = known("Alert-Info", 0, Arity.LIST);
  public static final HeaderName ALLOW = known("Allow", 0, Arity.LIST);
  public static final HeaderName AUTHENTICATION_INFO =
      known("Authentication-Info", 0, Arity.LIST);
  public static final HeaderName AUTHORIZATION = known("Authorization", 0, Arity.REPEATABLE);
  public static final HeaderName CALL_ID = known("Call-ID", 'i', Arity.SINGLE);
  public static final HeaderName CALL_INFO = known("Call-Info", 0, Arity.LIST);
  public static final HeaderName CONTACT = known("Contact", 'm', Arity.LIST);
  public static final HeaderName CONTENT_DISPOSITION =
      known("Content-Disposition", 0, Arity.SINGLE);
  public static final HeaderName CONTENT_ENCODING = known("Content-Encoding", 'e', Arity.LIST);
  public static final HeaderName CONTENT_LANGUAGE = known("Content-Language", 0, Arity.LIST);
  public static final HeaderName CONTENT_LENGTH = known("Content-Length", 'l', Arity.SINGLE);
  public static final HeaderName CONTENT_TYPE = known("Content-Type", 'c', Arity.SINGLE);
  public static final HeaderName CSEQ = known("CSeq", 0, Arity.SINGLE);
  public static final HeaderName DATE = known("Date", 0, Arity.SINGLE);
  public static final HeaderName ERROR_INFO = known("Error-Info", 0, Arity.LIST);
  public static final HeaderName EXPIRES = known("Expires", 0, Arity.SINGLE);
  public static final HeaderName FROM = known("From", 'f', Arity.SINGLE);
  public static final HeaderName IN_REPLY_TO = known("In-Reply-To", 0, Arity.LIST);
  public static final HeaderName MAX_FORWARDS = known("Max-Forwards", 0, Arity.SINGLE);
  public static final HeaderName MIME_VERSION = known("MIME-Version", 0, Arity.SINGLE);
  public static final HeaderName MIN_EXPIRES = known("Min-Expires", 0, Arity.SINGLE);
  public static final HeaderName ORGANIZATION = known("Organization", 0, Arity.SINGLE);
  public static final HeaderName PRIORITY = known("Priority", 0, Arity.SINGLE);
  public static final HeaderName PROXY_AUTHENTICATE =
      known("Proxy-Authenticate", 0, Arity.REPEATABLE);
  public static final HeaderName PROXY_AUTHORIZATION =
      known("Proxy-Authorization", 0, Arity.REPEATABLE);
  public static final HeaderName PROXY_REQUIRE = known("Proxy-Require", 0, Arity.LIST);
  public static final HeaderName RECORD_ROUTE = known("Record-Route", 0, Arity.LIST);
  public static final HeaderName REPLY_TO = known("Reply-To", 0, Arity.SINGLE);
  public static final HeaderName REQUIRE = known("Require", 0, Arity.LIST);
  public static final HeaderName RETRY_AFTER = known("Retry-After", 0, Arity.SINGLE);
  public static final HeaderName ROUTE = known("Route", 0, Arity.LIST);
  public static final HeaderName SERVER = known("Server", 0, Arity.SINGLE);
  public static final HeaderName SUBJECT = known("Subject", 's', Arity.SINGLE);
  public static final HeaderName SUPPORTED = known("Supported", 'k', Arity.LIST);
  public static final HeaderName TIMESTAMP = known("Timestamp", 0, Arity.SINGLE);
  public static final HeaderName TO = known("To", 't', Arity.SINGLE);
  public static final HeaderName UNSUPPORTED = known("Unsupported", 0, Arity.LIST);
  public static final HeaderName USER_AGENT = known("User-Agent", 0, Arity.SINGLE);
  public static final HeaderName VIA = known("Via", 'v', Arity.LIST);
  public static final HeaderName WARNING = known("Warning", 0, Arity.LIST);
  public static final HeaderName WWW_AUTHENTICATE =
      known("WWW-Authenticate", 0, Arity.REPEATABLE);

  // Compact forms registered by extensions (IANA SIP header registry); their values stay text.
  public static final HeaderName EVENT = known("Event", 'o', Arity.SINGLE); // RFC 6665
  public static final HeaderName ALLOW_EVENTS = known("Allow-Events", 'u', Arity.LIST); // RFC 6665
  public static final HeaderName REFER_TO = known("Refer-To", 'r', Arity.SINGLE); // RFC 3515
  public static final HeaderName REFERRED_BY = known("Referred-By", 'b', Arity.SINGLE); // RFC 3892
  public static final HeaderName SESSION_EXPIRES =
      known("Session-Expires", 'x', Arity.SINGLE); // RFC 4028
  public static final HeaderName ACCEPT_CONTACT =
      known("Accept-Contact", 'a', Arity.REPEATABLE); // RFC 3841
  public static final HeaderName REJECT_CONTACT =
      known("Reject-Contact", 'j', Arity.REPEATABLE); // RFC 3841
  public static final HeaderName REQUEST_DISPOSITION =
      known("Request-Disposition", 'd', Arity.LIST); // RFC 3841: directive *(COMMA directive)
  public static final HeaderName IDENTITY = known("Identity", 'y', Arity.REPEATABLE); // RFC 8224

  private final String canonical;
  private final char compact;
  private final Arity arity;
  private final int ordinal;
  /** {@code 1L << ordinal} for the first 64 known names, else 0 (see {@link #presenceBit()}). */
  private final long presenceBit;
  private final String key;
  /**
   * {@code CRLF Canonical-Name ": "}: the end of the line before a field and the start of the
   * field, joined once because printing a message is made of many such short pieces and each costs
   * about as much as the next (see notes/performance.md). Set for known names at class loading and
   * on first use for extension names, which parsing should not pay for.
   */
  private String lineStart;

  private HeaderName(String canonical, char compact, Arity arity, int ordinal) {
    this.canonical = canonical;
    this.compact = compact;
    this.arity = arity;
    this.ordinal = ordinal;
    this.presenceBit = ordinal >= 0 && ordinal < Long.SIZE ? 1L << ordinal : 0;
    this.key = canonical.toLowerCase(Locale.ROOT);
    if (ordinal >= 0) {
      this.lineStart = "\r\n" + canonical + ": ";
    }
  }

  private static HeaderName known(String canonical, int compact, Arity arity) {
    HeaderName n = new HeaderName(canonical, (char) compact, arity, count++);
    KNOWN.put(n.key, n);
    if (compact != 0) {
      KNOWN.put(String.valueOf((char) compact), n);
    }
    return n;
  }

  /**
   * The header name for a field name as written: a known constant (long or compact form, any case),
   * else a new extension name. Extension headers are treated as repeatable: siplab does not know
   * their grammar, so it never splits them at commas.
   */
  public static HeaderName of(String asWritten) {
    Objects.requireNonNull(asWritten, "asWritten");
    HeaderName n = KNOWN.get(asWritten.toLowerCase(Locale.ROOT));
    return n != null ? n : new HeaderName(asWritten, (char) 0, Arity.REPEATABLE, -1);
  }

  /** The known constant for this name as written, or {@code null}; never allocates a new name. */
  public static HeaderName lookupKnown(String lowerCaseName) {
    return KNOWN.get(lowerCaseName);
  }

  /** Every known name, in the order declared here. */
  public static Collection<HeaderName> known() {
    return Collections.unmodifiableCollection(
        KNOWN.values().stream().distinct().toList());
  }

  /**
   * The long form as the RFC spells it ({@code Call-ID}, {@code CSeq}, {@code WWW-Authenticate}).
   */
  public String canonical() {
    return canonical;
  }

  /** The compact form of section 7.3.3, or 0 when there is none. */
  public char compact() {
    return compact;
  }

  public Arity arity() {
    return arity;
  }

  public boolean isKnown() {
    return ordinal >= 0;
  }

  /** {@code CRLF Canonical-Name ": "}, what the printer writes before a field's values. */
  public String lineStart() {
    String s = lineStart;
    if (s == null) {
      // A benign race: every thread computes the same immutable string.
      s = "\r\n" + canonical + ": ";
      lineStart = s;
    }
    return s;
  }

  /**
   * A small number unique to each known name (its declaration order), so that tables about headers
   * can be arrays; -1 for an extension header.
   */
  public int ordinal() {
    return ordinal;
  }

  /**
   * This known name's bit in a 64-bit set of the names a message holds, or 0 for a name that has
   * none (an unknown name): a message answers "no such header" without scanning its fields.
   */
  public long presenceBit() {
    return presenceBit;
  }

  /** How many known names there are: the size of an array indexed by {@link #ordinal()}. */
  public static int knownCount() {
    return count;
  }

  /** Whether a second field of this name makes a message invalid (section 7.3.1). */
  public boolean isSingleValue() {
    return arity == Arity.SINGLE;
  }

  /** Equal names differ at most in case: {@code v} and {@code Via} are equal. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof HeaderName other) || ordinal >= 0 && other.ordinal >= 0) {
      // Known names are shared constants: two different ones are never equal.
      return false;
    }
    return key.equals(other.key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return canonical;
  }
}
