package org.siplab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.siplab.codec.HeaderCatalog;
import org.siplab.message.HeaderName;

/**
 * Explains one header field as written: what it is for and where RFC 3261 defines it (from
 * {@link HeaderCatalog}), plus the spelling rules a learner meets in real messages: compact forms,
 * case-insensitive names, line folding, and extension headers.
 */
final class HeaderExplainer {

  private HeaderExplainer() {}

  /**
   * The sentences explaining the field. A header already explained higher up (a second Via, say)
   * gets a one-line reminder instead, to keep long messages readable.
   */
  static List<String> explain(SourceLines.Field field, Set<HeaderName> explainedAbove) {
    String written = field.name();
    if (written == null) {
      return List.of("This line is not a header field, which is written 'Name: value'"
          + " (RFC 3261 section 7.3.1); see the errors below.");
    }
    List<String> out = new ArrayList<>(3);
    HeaderName name = HeaderName.of(written);
    spelling(written, name, out);
    out.add(name == HeaderName.CONTACT && isWildcard(field) ? WILDCARD
        : explainedAbove.contains(name)
        ? "Another " + (name.isKnown() ? name.canonical() : written) + " field, explained above."
        : purpose(written, name));
    if (field.lines().size() > 1) {
      out.add("It is folded over " + field.lines().size() + " lines: a line that starts with"
          + " whitespace continues the field (RFC 3261 section 7.3.1).");
    }
    return out;
  }

  /**
   * Section 10.2.2: "The REGISTER-specific Contact header field value of "*" applies to all
   * registrations, but it MUST NOT be used unless the Expires header field is present with a value
   * of "0"". It is no address, so the catalog's sentence (where the sender can be reached) would
   * mislead.
   */
  private static final String WILDCARD = "Contact: * (RFC 3261 sections 10.2.2 and 20.10): in a"
      + " REGISTER with Expires: 0, it removes every binding of the address-of-record; it stands"
      + " alone, with no other Contact value.";

  /** Whether the field's value, after the colon, is {@code *} (with whitespace around it). */
  private static boolean isWildcard(SourceLines.Field field) {
    String value = String.join(" ", field.lines());
    int colon = value.indexOf(':');
    return colon >= 0 && value.substring(colon + 1).strip().equals("*");
  }

  /**
   * Section 7.3.3: compact forms; section 7.3.1: names are case-insensitive. RFC 3261 lists the
   * compact forms of its own headers; an extension's (o for Event, r for Refer-To...) is defined
   * where the extension defines its header, so that is the section cited.
   */
  private static void spelling(String written, HeaderName name, List<String> out) {
    if (!name.isKnown() || written.equals(name.canonical())) {
      return;
    }
    if (written.length() == 1) {
      HeaderCatalog.Entry entry = HeaderCatalog.lookup(name);
      String where = entry == null || entry.rfc().startsWith("RFC 3261") ? "RFC 3261 section 7.3.3"
          : entry.rfc();
      out.add(written + " is the compact form of " + name.canonical() + " (" + where + ").");
    } else {
      out.add("Header names are case-insensitive: " + written + " is " + name.canonical()
          + " (RFC 3261 section 7.3.1).");
    }
  }

  /**
   * The catalog's sentence; for a header RFC 3261 does not define, section 8.2.2: a UAS
   * "MUST ignore that header field and continue processing the message".
   */
  private static String purpose(String written, HeaderName name) {
    HeaderCatalog.Entry entry = HeaderCatalog.lookup(name);
    if (entry != null) {
      return name.canonical() + " (" + entry.rfc() + "): " + entry.purpose() + ".";
    }
    String which = name.isKnown() ? name.canonical() : written;
    String meant = name.isKnown() ? "" : HeaderCatalog.slipFor(written)
        .map(known -> " (did you mean " + known.canonical() + "?)").orElse("");
    return which + " is an extension header that RFC 3261 does not define" + meant + "; an element"
        + " that does not understand it must ignore it (RFC 3261 section 8.2.2).";
  }
}
