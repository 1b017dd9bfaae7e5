package org.siplab.transaction;

import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;

/** What a {@link UdpTransport} passes decoded messages up to: the transaction layer. */
public interface TransportListener {

  /** A request, its top Via already marked with {@code received} and {@code rport} (18.2.1). */
  void onRequest(SipRequest request);

  /** A response whose top Via names this transport's sent-by (section 18.1.2). */
  void onResponse(SipResponse response);
}
