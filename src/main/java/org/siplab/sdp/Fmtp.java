package org.siplab.sdp;

/**
 * {@code a=fmtp:<format> <format specific parameters>} (RFC 4566 section 6), e.g. {@code a=fmtp:101
 * 0-16}. The parameters are kept as written.
 */
public record Fmtp(String format, String parameters) {

  public Fmtp {
    SdpText.requireToken(format, "format");
    SdpText.requireLineText(parameters, "parameters");
  }

  String value() {
    return format + " " + parameters;
  }
}
