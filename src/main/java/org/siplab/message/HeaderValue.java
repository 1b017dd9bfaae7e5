package org.siplab.message;

/**
 * The parsed value of one header field, or of one element of a comma-separated header field (RFC
 * 3261 section 7.3.1: {@code Via: a, b} is two values of one field). Each kind of header has its
 * own record; a header siplab has no grammar for keeps its text as {@link Text}.
 */
public sealed interface HeaderValue
    permits Via,
        NameAddress,
        Wildcard,
        CSeq,
        Text,
        Numeric,
        RetryAfter,
        Warning,
        SipDate,
        MediaType,
        Token,
        Challenge,
        Credentials {

  /** Appends the value in canonical form, as the printer writes it. */
  void appendTo(PrintSink out);

  /** The value in canonical form. */
  default String text() {
    PrintSink sb = new PrintSink(32);
    appendTo(sb);
    return sb.toString();
  }
}
