package org.siplab.explain;

import org.siplab.message.NameAddress;

/** Small pieces of sentences: a URI as it is written on the wire. */
final class Words {

  private Words() {}

  /** The URI of a name-addr, without display name or parameters: {@code sip:bob@example.com}. */
  static String uri(NameAddress address) {
    return address.uri().text();
  }
}
