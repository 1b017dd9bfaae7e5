package org.siplab.codec;

import java.util.ArrayList;
import java.util.List;
import org.siplab.message.Parameter;
import org.siplab.message.Parameters;

/**
 * Header parameters: {@code *( SEMI generic-param )} with {@code generic-param = token [ EQUAL
 * gen-value ]} and {@code gen-value = token / host / quoted-string} (RFC 3261 section 25.1).
 */
final class ParamParser {

  private ParamParser() {}

  /**
   * Reads {@code *( SEMI generic-param )}, stopping before anything that is not a SEMI.
   *
   * @param checker checks each parameter the header's grammar gives meaning to, or null
   */
  static Parameters semiParams(Cursor c, String rule, String rfc, ParamChecker checker) {
    if (!c.nextIs(';')) {
      return Parameters.NONE;
    }
    List<Parameter> list = new ArrayList<>(2);
    while (c.trySeparator(';')) {
      int at = c.pos;
      Parameter p = genericParam(c, rule, rfc);
      if (checker != null) {
        checker.check(c, at, p);
      }
      onlyOnce(c, at, p, list, rule);
      list.add(p);
    }
    return Parameters.of(list);
  }

  /**
   * Section 7.3.1: "any given parameter-name MUST NOT appear more than once" in a header field
   * value; names are case-insensitive, so ;tag=1;TAG=2 repeats one. A value has a few parameters,
   * and their names are mostly the interned strings of Names, so comparing with each earlier one
   * costs little.
   */
  private static void onlyOnce(Cursor c, int at, Parameter p, List<Parameter> earlier,
      String rule) {
    for (int i = 0; i < earlier.size(); i++) {
      if (earlier.get(i).named(p.name())) {
        throw c.failAt(at, "the parameter '" + p.name() + "' appears a second time in this value;"
            + " a parameter name may appear only once", rule, "RFC 3261 section 7.3.1");
      }
    }
  }

  /** {@code generic-param = token [ EQUAL gen-value ]}. */
  static Parameter genericParam(Cursor c, String rule, String rfc) {
    int start = c.pos;
    c.pos = c.tokenEnd(start);
    if (c.pos == start) {
      throw c.fail("expected a parameter name after ';'" + c.foundText(), rule, rfc);
    }
    String name = Names.intern(c.src, start, c.pos);
    if (!c.trySeparator('=')) {
      return Parameter.flag(name);
    }
    return genValue(c, name, rule, rfc);
  }

  /** {@code gen-value = token / host / quoted-string}. */
  static Parameter genValue(Cursor c, String name, String rule, String rfc) {
    int ch = c.peek();
    if (ch == '"') {
      return Parameter.quoted(name, c.quotedString(rule, rfc));
    }
    if (ch == '[') {
      return Parameter.of(name, UriParser.host(c, c.end, rule));
    }
    int start = c.pos;
    while (c.pos < c.end) {
      char k = c.src.charAt(c.pos);
      // A bare IPv6 address (received=2001:db8::1, RFC 3261 via-received) holds colons.
      if (org.siplab.message.Quoting.isTokenChar(k) || k == ':' && isAddressParam(name)) {
        c.pos++;
      } else {
        break;
      }
    }
    if (c.pos == start) {
      throw c.fail("expected a value for parameter '" + name + "' after '='" + c.foundText(), rule,
          rfc);
    }
    return Parameter.of(name, c.src.substring(start, c.pos));
  }

  private static boolean isAddressParam(String name) {
    return name.equalsIgnoreCase("received") || name.equalsIgnoreCase("maddr");
  }

  /** Checks the value of a parameter that a header's grammar defines (ttl, expires, q...). */
  interface ParamChecker {
    void check(Cursor c, int at, Parameter p);
  }

  /** Fails unless the value is 1*DIGIT no larger than {@code max}. */
  static void checkNumber(Cursor c, int at, Parameter p, long max, String rule, String rfc) {
    String v = p.value();
    if (v == null || p.quoted() || v.isEmpty() || !allDigits(v)) {
      throw c.failAt(at, "parameter '" + p.name() + "' must be a number of digits", rule, rfc);
    }
    if (v.length() > 19 || Long.parseLong(v) > max) {
      throw c.failAt(at, "parameter '" + p.name() + "' value " + v + " is larger than " + max, rule,
          rfc);
    }
  }

  static boolean allDigits(String v) {
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
