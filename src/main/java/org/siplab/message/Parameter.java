package org.siplab.message;

import java.util.Objects;

/**
 * One {@code name[=value]} parameter: {@code generic-param = token [ EQUAL gen-value ]} (RFC 3261
 * section 25.1), also used for URI parameters and headers and for digest auth-params.
 *
 * @param name the parameter name as written (names compare case-insensitively)
 * @param value the value without surrounding quotes and with quoted-pairs resolved, or {@code null}
 *     for a parameter without a value (such as {@code lr} or a bare {@code rport})
 * @param quoted whether the value was (or is to be printed as) a quoted-string; a quoted-string and
 *     a token are different lexical values in the grammar, so the flag is part of the value
 */
public record Parameter(String name, String value, boolean quoted) {

  public Parameter {
    Objects.requireNonNull(name, "name");
    if (value == null && quoted) {
      throw new IllegalArgumentException("a parameter without a value cannot be quoted: " + name);
    }
    if (quoted) {
      Quoting.requireQuotable(value, "a quoted parameter value");
    }
  }

  public static Parameter flag(String name) {
    return new Parameter(name, null, false);
  }

  public static Parameter of(String name, String value) {
    return new Parameter(name, value, false);
  }

  public static Parameter quoted(String name, String value) {
    return new Parameter(name, value, true);
  }

  public boolean hasValue() {
    return value != null;
  }

  public boolean named(String other) {
    return name.equalsIgnoreCase(other);
  }

  /** Appends {@code name[=value]}, quoting and escaping the value when it is a quoted-string. */
  public void appendTo(PrintSink out) {
    out.append(name);
    if (value != null) {
      out.append('=');
      if (quoted) {
        Quoting.appendQuoted(out, value);
      } else {
        out.append(value);
      }
    }
  }

  /**
   * Appends {@code ;name[=value]}. For the parameters nearly every message carries, the semicolon,
   * the name and the equals sign are one string joined ahead of time: printing is made of short
   * appends, each costing about the same, so three become one (see notes/performance.md).
   */
  void appendAfterSemicolon(PrintSink out) {
    String joined = value == null ? joinedFlag(name) : joinedWithEquals(name);
    if (joined != null) {
      out.append(joined);
    } else {
      out.append(';').append(name);
      if (value != null) {
        out.append('=');
      }
    }
    if (value != null) {
      if (quoted) {
        Quoting.appendQuoted(out, value);
      } else {
        out.append(value);
      }
    }
  }

  private static String joinedWithEquals(String name) {
    return switch (name) {
      case "branch" -> ";branch=";
      case "tag" -> ";tag=";
      case "received" -> ";received=";
      case "rport" -> ";rport=";
      case "transport" -> ";transport=";
      case "maddr" -> ";maddr=";
      case "expires" -> ";expires=";
      case "q" -> ";q=";
      case "user" -> ";user=";
      case "ttl" -> ";ttl=";
      default -> null;
    };
  }

  private static String joinedFlag(String name) {
    return switch (name) {
      case "lr" -> ";lr";
      case "rport" -> ";rport";
      default -> null;
    };
  }

  @Override
  public String toString() {
    PrintSink sb = new PrintSink(32);
    appendTo(sb);
    return sb.toString();
  }
}
