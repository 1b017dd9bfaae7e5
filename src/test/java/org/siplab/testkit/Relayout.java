package org.siplab.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.siplab.message.HeaderName;

/**
 * Rewrites a canonical message without changing its meaning (RFC 3261 section 7.3.1): compact or
 * re-cased header names, whitespace before the colon, and linear whitespace (spaces, tabs, line
 * folds) wherever the grammar puts SWS or LWS: around HCOLON, SEMI, COMMA, EQUAL and SLASH outside
 * quoted strings and angle brackets, and in place of a required single space.
 */
public final class Relayout {

  private Relayout() {}

  public static byte[] relayout(byte[] canonical, Draw d) {
    String text = new String(canonical, StandardCharsets.UTF_8);
    int headerEnd = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, headerEnd).split("\r\n", -1);
    StringBuilder out = new StringBuilder(text.length() + 200);
    out.append(lines[0]).append("\r\n");
    for (int i = 1; i < lines.length; i++) {
      out.append(relayoutField(lines[i], d)).append("\r\n");
    }
    out.append("\r\n");
    byte[] head = out.toString().getBytes(StandardCharsets.UTF_8);
    byte[] body = java.util.Arrays.copyOfRange(canonical,
        text.substring(0, headerEnd + 4).getBytes(StandardCharsets.UTF_8).length, canonical.length);
    byte[] result = new byte[head.length + body.length];
    System.arraycopy(head, 0, result, 0, head.length);
    System.arraycopy(body, 0, result, head.length, body.length);
    return result;
  }

  private static String relayoutField(String line, Draw d) {
    int colon = line.indexOf(": ");
    String name = line.substring(0, colon);
    String value = line.substring(colon + 2);
    HeaderName header = HeaderName.of(name);
    StringBuilder sb = new StringBuilder();
    sb.append(rename(header, name, d));
    if (d.chance(20)) {
      sb.append(d.pick(" ", "\t", "  "));
    }
    sb.append(':').append(lws(d, true));
    sb.append(relayoutValue(header.canonical(), value, d));
    return sb.toString();
  }

  private static String rename(HeaderName header, String name, Draw d) {
    if (header.compact() != 0 && d.chance(50)) {
      String c = String.valueOf(header.compact());
      return d.chance(50) ? c : c.toUpperCase(Locale.ROOT);
    }
    return switch (d.between(0, 2)) {
      case 0 -> name.toUpperCase(Locale.ROOT);
      case 1 -> name.toLowerCase(Locale.ROOT);
      default -> name;
    };
  }

  private static String relayoutValue(String header, String value, Draw d) {
    return switch (header) {
      case "Via" -> separators(value, ";=,/", true, d);
      case "From", "To", "Contact", "Route", "Record-Route", "Reply-To" ->
          separators(value, ";=,", true, d);
      case "CSeq" -> value.replace(" ", lws(d, false));
      case "Content-Type", "Accept" -> separators(value, ";=,/", false, d);
      case "Allow", "Supported", "Require", "Proxy-Require", "Unsupported", "Content-Encoding",
          "Content-Language" ->
          separators(value, ",", false, d);
      // warning-value = warn-code SP warn-agent SP warn-text: single spaces inside, SWS at commas.
      case "Warning" -> separators(value, ",", false, d);
      // Retry-After = delta-seconds [ comment ] *( SEMI retry-param ): SWS around ';' and '='.
      case "Retry-After" -> separators(value, ";=", false, d);
      case "WWW-Authenticate", "Proxy-Authenticate", "Authorization", "Proxy-Authorization" ->
          separators(value, ",=", true, d);
      default -> value;
    };
  }

  /**
   * Adds SWS around each separator outside quotes and angle brackets; when {@code spaces} is set,
   * each single space there (a required LWS, or the one after a comma) becomes other LWS.
   */
  private static String separators(String value, String seps, boolean spaces, Draw d) {
    StringBuilder sb = new StringBuilder();
    boolean quoted = false;
    boolean angled = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (quoted) {
        sb.append(c);
        if (c == '\\' && i + 1 < value.length()) {
          sb.append(value.charAt(++i));
        } else if (c == '"') {
          quoted = false;
        }
        continue;
      }
      if (c == '"') {
        quoted = true;
      } else if (c == '<') {
        angled = true;
      } else if (c == '>') {
        angled = false;
      }
      if (!angled && seps.indexOf(c) >= 0) {
        sb.append(lws(d, true)).append(c).append(lws(d, true));
      } else if (!angled && c == ' ' && spaces) {
        sb.append(lws(d, false));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Linear whitespace; empty only when {@code optional} (SWS). */
  static String lws(Draw d, boolean optional) {
    if (optional && d.chance(50)) {
      return "";
    }
    return d.pick(" ", "  ", "\t", "\r\n ", "\r\n\t", " \r\n  ");
  }
}
