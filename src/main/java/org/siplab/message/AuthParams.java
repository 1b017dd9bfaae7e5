package org.siplab.message;

/** Prints {@code scheme LWS auth-param *(COMMA auth-param)} (RFC 3261 section 25.1). */
final class AuthParams {

  private AuthParams() {}

  static void append(PrintSink out, String scheme, Parameters parameters) {
    out.append(scheme);
    for (int i = 0; i < parameters.size(); i++) {
      out.append(i == 0 ? " " : ", ");
      parameters.at(i).appendTo(out);
    }
  }
}
