package org.siplab.codec;

import java.util.List;
import org.siplab.codec.StartLineParser.StartLine;
import org.siplab.message.AbsoluteUri;
import org.siplab.message.CSeq;
import org.siplab.message.HeaderField;
import org.siplab.message.HeaderName;
import org.siplab.message.HeaderValue;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.Numeric;
import org.siplab.message.SipUri;
import org.siplab.message.Via;
import org.siplab.message.Warning;
import org.siplab.message.Wildcard;
import org.siplab.spelling.EditDistance;

/**
 * The rules beyond the grammar that make a message invalid (errors), and the legal but suspicious
 * things a learner should notice (warnings). RFC 4475 decides which is which where RFC 3261 leaves
 * room: RFC 2543-style messages are warnings (section 3.4.1), unknown URI schemes are warnings
 * (sections 3.3.2 to 3.3.4).
 */
final class MessageValidator {

  private static final HeaderName[] REQUIRED = {
    HeaderName.TO, HeaderName.FROM, HeaderName.CSEQ, HeaderName.CALL_ID, HeaderName.VIA
  };

  private MessageValidator() {}

  static void validate(StartLine start, List<HeaderField> fields, int[] starts, long unreadNames,
      Diagnostics diags) {
    First first = validateFields(start, fields, starts, diags);
    // A header among the fields a limit kept from being read is not known to be missing.
    requiredHeaders(start, first.present | unreadNames, fields, starts, diags);
    if (start.isRequest()) {
      methodCase(start.method(), diags);
      cseqMethod(start, fields, first.cseq, starts, diags);
      if (first.maxForwards >= 0 || (unreadNames & 1L << HeaderName.MAX_FORWARDS.ordinal()) == 0) {
        maxForwards(fields, first.maxForwards, starts, diags);
      }
      fromTag(fields, first.from, starts, diags);
      // Request-Line = Method SP Request-URI SP SIP-Version: the URI starts after one space.
      int uriStart = start.method().name().length() + 1;
      if (start.requestUri() instanceof AbsoluteUri abs) {
        uriScheme(abs, uriStart, "the Request-URI", diags);
      } else if (start.requestUri() instanceof SipUri sip && sip.secure()) {
        SipsTransport.check(sip, uriStart, "the Request-URI", diags.text(), diags);
      }
    }
    if (first.wildcard >= 0) {
      wildcardContact(start, fields, first, starts, diags);
    }
    SenderRules.check(start, fields, first, starts, diags);
  }

  /**
   * The checks that hold whatever the start line says, so that they are made even when it could
   * not be read: a single-value header appearing twice, the top Via's branch, the URI schemes of
   * the address headers, Warning's codes.
   *
   * @param start the start line, or null when it could not be read
   */
  static First validateFields(StartLine start, List<HeaderField> fields, int[] starts,
      Diagnostics diags) {
    First first = new First(fields, starts, diags);
    // A response carries the top Via of the request it answers (section 8.2.6.2), branch and all,
    // and the client matches it by that branch (section 17.1.3).
    topVia(fields, first.via, starts, diags);
    AddressSchemes.check(start, fields, starts, first, diags.text(), diags);
    if ((first.present & 1L << HeaderName.WARNING.ordinal()) != 0) {
      warnCodes(fields, starts, diags);
    }
    return first;
  }

  /**
   * One pass over the fields: which known headers are present (a bit each: there are fewer than
   * 64), where the four the checks below read first appear (-1 when absent), and, on the way,
   * section 7.3.1's rule that a header whose grammar allows one value must not appear twice.
   */
  static final class First {
    long present;
    int cseq = -1;
    int maxForwards = -1;
    int via = -1;
    int from = -1;
    int to = -1;
    int expires = -1;
    /** The first two Contact fields, and the one holding {@code *}. */
    int contact = -1;
    int secondContact = -1;
    int wildcard = -1;

    First(List<HeaderField> fields, int[] starts, Diagnostics d) {
      for (int i = 0; i < fields.size(); i++) {
        HeaderField f = fields.get(i);
        HeaderName n = f.headerName();
        if (!n.isKnown()) {
          continue;
        }
        long bit = 1L << n.ordinal();
        if (n.isSingleValue() && (present & bit) != 0) {
          secondSingleValue(fields, i, starts, d);
        }
        if ((present & bit) == 0) {
          remember(n, i);
        }
        if (n == HeaderName.CONTACT) {
          contact(f, i);
        }
        present |= bit;
      }
    }

    private void remember(HeaderName n, int i) {
      if (n == HeaderName.CSEQ) {
        cseq = i;
      } else if (n == HeaderName.MAX_FORWARDS) {
        maxForwards = i;
      } else if (n == HeaderName.VIA) {
        via = i;
      } else if (n == HeaderName.FROM) {
        from = i;
      } else if (n == HeaderName.TO) {
        to = i;
      } else if (n == HeaderName.EXPIRES) {
        expires = i;
      }
    }

    private void contact(HeaderField f, int i) {
      if (contact < 0) {
        contact = i;
      } else if (secondContact < 0) {
        secondContact = i;
      }
      if (f.first() == Wildcard.INSTANCE) {
        wildcard = i;
      }
    }
  }

  static {
    if (HeaderName.knownCount() > 64) {
      throw new IllegalStateException("a header's presence is a bit of a long: at most 64 names");
    }
  }

  /**
   * Section 8.1.1: To, From, CSeq, Call-ID and Via are mandatory in requests (Max-Forwards too, but
   * RFC 2543 had none, so its absence is a warning, see maxForwards); section 8.2.6.2 copies the
   * same five into every response.
   */
  private static void requiredHeaders(StartLine start, long present, List<HeaderField> fields,
      int[] starts, Diagnostics d) {
    for (HeaderName name : REQUIRED) {
      if ((present & 1L << name.ordinal()) == 0) {
        String missing = (start.isRequest() ? "every request" : "every response")
            + " must have a " + name.canonical() + " header; this one has none";
        String rfc = start.isRequest() ? "RFC 3261 section 8.1.1"
            : "RFC 3261 section 8.2.6.2 and 20";
        int slip = misspelt(fields, name);
        if (slip < 0) {
          d.error(0, missing, name.canonical(), rfc);
        } else {
          d.error(starts[slip], missing + ", and '" + fields.get(slip).name() + "' here looks like "
              + name.canonical() + " misspelt", name.canonical(), rfc);
        }
      }
    }
  }

  /**
   * The first field whose name RFC 3261 does not define but reads as a slip for {@code name}
   * ({@code Form} for From), or -1: where to point a learner when {@code name} is missing.
   */
  private static int misspelt(List<HeaderField> fields, HeaderName name) {
    for (int i = 0; i < fields.size(); i++) {
      HeaderField f = fields.get(i);
      if (!f.headerName().isKnown() && EditDistance.isSlipFor(f.name(), name.canonical())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Section 7.3.1: a header whose grammar allows one value must not appear twice. (Several values
   * in one such field never get this far: the header's grammar stops at the comma, see
   * HeaderValueParser.) The diagnostic names the line of the first field, so that a learner finds
   * both without counting.
   */
  private static void secondSingleValue(
      List<HeaderField> fields, int i, int[] starts, Diagnostics d) {
    HeaderName name = fields.get(i).headerName();
    int first = 0;
    while (fields.get(first).headerName() != name) {
      first++;
    }
    String written = name.canonical();
    d.error(starts[i], "a second " + written + " header (the first is on line "
        + d.lineOf(starts[first]) + "); " + written + " may appear only once", written,
        "RFC 3261 section 7.3.1; RFC 4475 section 3.3.8");
  }

  /**
   * Section 25.1 spells each method in capitals ({@code INVITEm = %x49.4E.56.49.54.45}), so
   * method names are case-sensitive; a name that spells a known method in other case is a legal
   * extension method, but most likely a slip, and a UAS answers it 501.
   */
  private static void methodCase(Method method, Diagnostics d) {
    Method.knownInOtherCase(method.name()).ifPresent(known -> d.warning(0, "the method '"
        + method.name() + "' is not " + known.name() + ": methods are case-sensitive, so it is an"
        + " extension method, and a UAS that does not know it answers 501 Not Implemented",
        "Method", "RFC 3261 section 7.1 and 21.5.2"));
  }

  /** Section 8.1.1.5: "The method MUST match that of the request." */
  private static void cseqMethod(
      StartLine start, List<HeaderField> fields, int i, int[] starts, Diagnostics d) {
    if (i >= 0 && fields.get(i).first() instanceof CSeq cseq
        && !cseq.method().equals(start.method())) {
      d.error(cseqMethodIndex(d.text(), starts[i]), "the CSeq method " + cseq.method()
          + " does not match the request method " + start.method(), "CSeq",
          "RFC 3261 section 8.1.1.5");
    }
  }

  /**
   * Where the method is in the CSeq field that starts at {@code at} ({@code CSeq HCOLON 1*DIGIT
   * LWS Method}), so that the caret is under the method that is wrong, not under the name of the
   * header; {@code at} itself if the text is not as a parsed CSeq field is.
   */
  private static int cseqMethodIndex(String text, int at) {
    int k = text.indexOf(':', at);
    if (k < 0) {
      return at;
    }
    k = skipWhitespace(text, k + 1);
    while (k < text.length() && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
      k++;
    }
    k = skipWhitespace(text, k);
    return k < text.length() ? k : at;
  }

  /** Spaces, tabs and line folds (CRLF then white space) are LWS, which CSeq allows around. */
  private static int skipWhitespace(String text, int from) {
    int k = from;
    while (k < text.length() && Cursor.isWhitespace(text.charAt(k))) {
      k++;
    }
    return k;
  }

  /** Section 8.1.1.6: a UAC MUST insert Max-Forwards; RFC 2543 had none (RFC 4475 3.4.1). */
  private static void maxForwards(List<HeaderField> fields, int i, int[] starts, Diagnostics d) {
    if (i < 0) {
      int slip = misspelt(fields, HeaderName.MAX_FORWARDS);
      d.warning(slip < 0 ? 0 : starts[slip], "no Max-Forwards header: RFC 3261 requires one"
          + " (usually 70); RFC 2543 elements omitted it" + (slip < 0 ? "" : "; '"
          + fields.get(slip).name() + "' here looks like Max-Forwards misspelt"), "Max-Forwards",
          "RFC 3261 section 8.1.1.6");
    } else if (fields.get(i).first() instanceof Numeric n && n.value() == 0) {
      d.warning(starts[i], "Max-Forwards is 0: a proxy must answer 483 Too Many Hops instead"
          + " of forwarding this request (a UAS may still process it)", "Max-Forwards",
          "RFC 3261 section 16.3 step 3; RFC 4475 section 3.3.11");
    }
  }

  /** Section 8.1.1.7: the branch "MUST always begin with the characters "z9hG4bK"". */
  private static void topVia(List<HeaderField> fields, int i, int[] starts, Diagnostics d) {
    if (i < 0 || !(fields.get(i).first() instanceof Via via)) {
      return;
    }
    String branch = via.branch();
    if (branch == null) {
      d.warning(starts[i], "the top Via has no branch parameter: an RFC 2543 element sent"
          + " this, so transactions must be matched the old way", "Via",
          "RFC 3261 section 8.1.1.7 and 17.2.3");
    } else if (!branch.startsWith(Via.MAGIC_COOKIE)) {
      d.warning(starts[i], "the branch '" + branch + "' does not begin with the magic cookie "
          + Via.MAGIC_COOKIE + ", so it is not known to be unique", "Via",
          "RFC 3261 section 8.1.1.7");
    } else if (branch.length() == Via.MAGIC_COOKIE.length()) {
      d.warning(starts[i], "the branch is only the magic cookie " + Via.MAGIC_COOKIE
          + " with no transaction identifier after it", "Via",
          "RFC 3261 section 8.1.1.7; RFC 4475 section 3.2.1");
    }
  }

  /** Section 8.1.1.3: "The From field MUST contain a new "tag" parameter"; RFC 2543 had none. */
  private static void fromTag(List<HeaderField> fields, int i, int[] starts, Diagnostics d) {
    if (i >= 0 && fields.get(i).first() instanceof NameAddress from && !from.hasTag()) {
      d.warning(starts[i], "the From header has no tag: RFC 3261 requires one; RFC 2543"
          + " elements omitted it", "From", "RFC 3261 section 8.1.1.3");
    }
  }

  /**
   * {@code Contact: *}. Section 20.10 and 25.1: {@code Contact = ("Contact" / "m") HCOLON ( STAR /
   * (contact-param *(COMMA contact-param)))}, and section 7.3.1 reads two Contact fields as one
   * comma-separated field, so {@code *} beside another Contact field is {@code *, <sip:...>}, which
   * the grammar forbids (the parser already refuses it inside one field). In a REGISTER, section
   * 10.2.2: "it MUST NOT be used unless the Expires header field is present with a value of "0"",
   * and section 10.3 step 6 makes that a property of the request, not only of its sender: "If the
   * request has additional Contact fields or an expiration time other than zero, the request is
   * invalid, and the server MUST return a 400". Invalid is an error.
   */
  private static void wildcardContact(StartLine start, List<HeaderField> fields, First first,
      int[] starts, Diagnostics d) {
    if (first.secondContact >= 0) {
      int at = first.wildcard == first.contact ? first.secondContact : first.wildcard;
      d.error(starts[at], "Contact: '*' must be the only Contact value, but this message has"
          + " another Contact header, and the two fields read as one list", "Contact",
          "RFC 3261 section 7.3.1 and 25.1 (Contact)");
    }
    if (!start.isRequest() || !start.method().equals(Method.REGISTER)) {
      return;
    }
    HeaderValue expires = first.expires < 0 ? null : fields.get(first.expires).first();
    if (!(expires instanceof Numeric n && n.value() == 0)) {
      d.error(starts[first.wildcard], "Contact: '*' (remove every binding) is allowed only with"
          + " Expires: 0, and this REGISTER has " + (expires instanceof Numeric n
              ? "Expires: " + n.value() : first.expires < 0 ? "no Expires header"
              : "no Expires of 0")
          + "; a registrar answers it 400", "Contact", "RFC 3261 section 10.2.2 and 10.3 step 6");
    }
  }

  /**
   * Section 27.2: "Until a future specification describes uses of warn-codes other than 3xx, only
   * 3xx warn-codes may be registered", and section 20.43 defines only 3xx codes. The grammar
   * (warn-code = 3DIGIT) allows any three digits, so another code is a warning, not an error.
   */
  private static void warnCodes(List<HeaderField> fields, int[] starts, Diagnostics d) {
    for (int i = 0; i < fields.size(); i++) {
      HeaderField f = fields.get(i);
      if (!f.is(HeaderName.WARNING)) {
        continue;
      }
      for (HeaderValue v : f.values()) {
        if (v instanceof Warning w && (w.code() < 300 || w.code() > 399)) {
          d.warning(starts[i], "the warn-code " + w.codeText()
              + " is not a SIP warn-code: SIP defines and registers only 3xx codes"
              + " (300-399)", "Warning", "RFC 3261 section 20.43 and 27.2");
        }
      }
    }
  }

  /**
   * RFC 4475 sections 3.3.2 to 3.3.4: a parser accepts unknown schemes; elements may refuse them.
   * Called only for an absolute URI: the words are put together only when they are needed.
   */
  private static void uriScheme(AbsoluteUri abs, int at, String where, Diagnostics d) {
    d.warning(at, where + " has the scheme '" + abs.scheme() + "', which SIP elements usually do"
        + " not handle (a UAS would answer 416 Unsupported URI Scheme)", "absoluteURI",
        "RFC 3261 section 8.2.2.1; RFC 4475 section 3.3.2");
  }
}
