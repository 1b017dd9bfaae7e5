package org.siplab.element.proxy;

import org.siplab.message.SipUri;

/**
 * Alice, a proxy responsible for example.com, and as many phones as a test registers for
 * sip:bob@example.com.
 */
final class OneProxy {

  final Lab lab = new Lab();
  final MemoryLocation location = new MemoryLocation();
  final TestPhone alice = lab.add(new TestPhone("alice", "alice", "example.com"), "192.0.2.101");
  final StatefulProxy proxy;

  OneProxy(ProxyConfig config) {
    proxy = lab.add(new StatefulProxy("proxy", config.withDomain("example.com", location)),
        "192.0.2.10");
    lab.serve("example.com", "proxy");
  }

  OneProxy() {
    this(ProxyConfig.defaults());
  }

  /** A phone at {@code 192.0.2.<host>} registered for sip:bob@example.com with {@code q}. */
  TestPhone bob(String name, int host, double q) {
    String address = "192.0.2." + host;
    TestPhone phone = lab.add(new TestPhone(name, "bob", "example.com"), address);
    location.bind("sip:bob@example.com", SipUri.of("bob", address), q);
    return phone;
  }

  /** Alice calls {@code uri} at {@code timeUs}. */
  void call(long timeUs, String uri) {
    lab.at(timeUs, "alice", "call", () -> alice.call(uri));
  }
}
