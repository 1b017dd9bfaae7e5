package org.siplab.check;

import java.util.List;

/**
 * The RFC 3665 flows with their published mistakes mended, each the smallest text change that
 * undoes one finding of {@link Rfc3665FindingsTest}. A mended flow must come out without any
 * finding: that shows each finding sits exactly on the mistake, and gives the property tests clean
 * flows of every shape (proxies, authentication, CANCEL, redirect, retransmission, timeout).
 */
final class Rfc3665Repairs {

  /** In the steps {@code first..last} of a flow, replace {@code was} with {@code is}. */
  private record Repair(String flow, String first, String last, String was, String is) {}

  private static final String DIGEST_26 = "42ce3cef44b22f50c6a6071bc8";
  private static final String DIGEST_23 = "f44ab22f150c6a56071bce8";

  private static final List<Repair> REPAIRS = List.of(
      // 2.1 F3: the Authorization parameter list lacks a comma, the digest a hex digit; the
      // retry after 401 keeps the From tag (section 8.1.3.5).
      new Repair("2.1", "F3", "F3", "realm=\"atlanta.example.com\"\r\n nonce",
          "realm=\"atlanta.example.com\",\r\n nonce"),
      new Repair("2.1", "F3", "F3", "dfe56131d1958046689d83306477ecc",
          "dfe56131d1958046689d83306477ecc0"),
      new Repair("2.1", "F3", "F4", "tag=ja743ks76zlflH", "tag=a73kszlfl"),
      new Repair("2.5", "F3", "F4", "tag=JueHGuidj28dfga", "tag=a73kszlfl"),
      // 3.2: the shortened digest; each proxy's ACK and BYE get branches of their own.
      new Repair("3.2", "F4", "F4", DIGEST_26, DIGEST_26 + "000000"),
      new Repair("3.2", "F16", "F17", "z9hG4bK2d4790.1", "z9hG4bK2d4790.2"),
      new Repair("3.2", "F17", "F17", "z9hG4bK721e4.1", "z9hG4bK721e4.2"),
      new Repair("3.2", "F19", "F22", "z9hG4bK721e4.1", "z9hG4bK721e4.3"),
      new Repair("3.2", "F20", "F21", "z9hG4bK2d4790.1", "z9hG4bK2d4790.3"),
      // 3.3: shortened digests; Proxy 1's ACK of the 407 has Alice's Via where its own belongs;
      // the second INVITE and each ACK get branches of their own.
      new Repair("3.3", "F4", "F4", DIGEST_26, DIGEST_26 + "000000"),
      new Repair("3.3", "F10", "F11", DIGEST_26, DIGEST_26 + "000000"),
      new Repair("3.3", "F19", "F19", DIGEST_26, DIGEST_26 + "000000"),
      new Repair("3.3", "F11", "F11", DIGEST_23, DIGEST_23 + "000000000"),
      new Repair("3.3", "F13", "F13", DIGEST_23, DIGEST_23 + "000000000"),
      new Repair("3.3", "F19", "F20", DIGEST_23, DIGEST_23 + "000000000"),
      new Repair("3.3", "F8", "F8", "client.atlanta.example.com:5060;branch=z9hG4bK74b21",
          "ss1.atlanta.example.com:5060;branch=z9hG4bK230f2.1"),
      new Repair("3.3", "F13", "F17", "z9hG4bK230f2.1", "z9hG4bK230f2.2"),
      new Repair("3.3", "F20", "F21", "z9hG4bK230f2.1", "z9hG4bK230f2.3"),
      new Repair("3.3", "F21", "F21", "z9hG4bK31972.1", "z9hG4bK31972.2"),
      // 3.4, 3.5, 3.6: the proxy's ACK and BYE get branches of their own.
      new Repair("3.4", "F19", "F19", "z9hG4bK721e4.1", "z9hG4bK721e4.2"),
      new Repair("3.4", "F21", "F22", "z9hG4bK721e4.1", "z9hG4bK721e4.3"),
      new Repair("3.5", "F13", "F13", "z9hG4bK739578.1", "z9hG4bK739578.2"),
      new Repair("3.5", "F15", "F16", "z9hG4bK739578.1", "z9hG4bK739578.3"),
      new Repair("3.6", "F12", "F12", "z9hG4bK721e.1", "z9hG4bK721e.2"),
      new Repair("3.6", "F14", "F15", "z9hG4bK721e.1", "z9hG4bK721e.3"),
      // 3.8: the 200 OK to CANCEL gets the To tag of the INVITE's responses (sections 8.2.6.2,
      // 9.2); Proxy 1's ACK of the 487 has Proxy 2's Via where its own belongs; Proxy 1's CANCEL
      // takes the Request-URI of the INVITE it cancels (F2's, section 9.1), not Alice's.
      new Repair("3.8", "F11", "F11", "CANCEL sip:alice@atlanta.example.com SIP/2.0",
          "CANCEL sip:bob@biloxi.example.com SIP/2.0"),
      new Repair("3.8", "F10", "F10", "To: Bob <sip:bob@biloxi.example.com>\r\n",
          "To: Bob <sip:bob@biloxi.example.com>;tag=314159\r\n"),
      new Repair("3.8", "F12", "F12", "To: Bob <sip:bob@biloxi.example.com>\r\n",
          "To: Bob <sip:bob@biloxi.example.com>;tag=314159\r\n"),
      new Repair("3.8", "F14", "F14", "To: Bob <sip:bob@biloxi.example.com>\r\n",
          "To: Bob <sip:bob@biloxi.example.com>;tag=314159\r\n"),
      new Repair("3.8", "F18", "F18", "ss2.biloxi.example.com:5060;branch=z9hG4bK721e4.1",
          "ss1.atlanta.example.com:5060;branch=z9hG4bK2d4790.1"),
      // 3.9: one space in the Status-Line.
      new Repair("3.9", "F6", "F6", "SIP/2.0  486", "SIP/2.0 486"),
      new Repair("3.9", "F8", "F8", "SIP/2.0  486", "SIP/2.0 486"),
      new Repair("3.9", "F10", "F10", "SIP/2.0  486", "SIP/2.0 486"),
      // 3.10: the Record-Route continuation line is folded (and so are its retransmissions);
      // the proxy whose branch timed out answers 408 (section 16.7 step 6).
      new Repair("3.10", "F4", "F4", "\r\n<sip:ss1.atlanta.example.com;lr>",
          "\r\n <sip:ss1.atlanta.example.com;lr>"),
      new Repair("3.10", "F6", "F11", "\r\n<sip:ss1.atlanta.example.com;lr>",
          "\r\n <sip:ss1.atlanta.example.com;lr>"),
      new Repair("3.10", "F12", "F12", "480 No Response", "408 Request Timeout"),
      new Repair("3.10", "F14", "F14", "480 No Response", "408 Request Timeout"));

  private Rfc3665Repairs() {}

  /** The flow with its published mistakes mended; flows without any come back as published. */
  static Flow repaired(String id) {
    Flow flow = Rfc3665Flows.published(id).named(id + " repaired");
    for (Repair r : REPAIRS) {
      if (r.flow().equals(id)) {
        flow = apply(flow, r);
      }
    }
    return flow;
  }

  private static Flow apply(Flow flow, Repair r) {
    for (long seq = flow.seq(r.first()); seq <= flow.seq(r.last()); seq++) {
      String text = flow.step(seq).message();
      if (!text.contains(r.was())) {
        throw new IllegalStateException(r + ": step " + flow.step(seq).label() + " lacks it");
      }
      flow = flow.with(seq, step -> step.withMessage(text.replace(r.was(), r.is())));
    }
    return flow;
  }
}
