package org.siplab.element.proxy;

import org.siplab.message.Parameter;
import org.siplab.message.SipUri;

/**
 * The network of RFC 3665's section 3 flows: Alice in atlanta.example.com behind Proxy 1, Bob in
 * biloxi.example.com behind Proxy 2, each proxy responsible for its domain, Bob registered.
 */
final class TwoProxies {

  static final String ATLANTA = "atlanta.example.com";
  static final String BILOXI = "biloxi.example.com";

  final Lab lab;
  final TestPhone alice = new TestPhone("alice", "alice", ATLANTA);
  final TestPhone bob = new TestPhone("bob", "bob", BILOXI);
  final MemoryLocation atlanta = new MemoryLocation();
  final MemoryLocation biloxi = new MemoryLocation();
  final StatefulProxy proxy1;
  final StatefulProxy proxy2;

  /** {@code first} and {@code second} are the proxies' settings apart from domain and location. */
  TwoProxies(ProxyConfig first, ProxyConfig second) {
    lab = new Lab();
    proxy1 = new StatefulProxy("proxy1", first.withDomain(ATLANTA, atlanta));
    proxy2 = new StatefulProxy("proxy2", second.withDomain(BILOXI, biloxi));
    lab.add(alice, "192.0.2.101");
    lab.add(proxy1, "192.0.2.111");
    lab.add(proxy2, "192.0.2.222");
    lab.add(bob, "192.0.2.201");
    lab.serve("ss1.atlanta.example.com", "proxy1").serve(ATLANTA, "proxy1")
        .serve("ss2.biloxi.example.com", "proxy2").serve(BILOXI, "proxy2");
    atlanta.bind("sip:alice@" + ATLANTA, SipUri.of("alice", "192.0.2.101"), 1.0);
    biloxi.bind("sip:bob@" + BILOXI, SipUri.of("bob", "192.0.2.201"), 1.0);
    alice.outboundProxy = SipUri.of(null, "ss1.atlanta.example.com")
        .withParameter(Parameter.flag("lr"));
  }

  TwoProxies() {
    this(ProxyConfig.defaults(), ProxyConfig.defaults());
  }

  /** Alice calls Bob at {@code timeUs}. */
  void aliceCallsBob(long timeUs) {
    lab.at(timeUs, "alice", "call bob", () -> alice.call("sip:bob@" + BILOXI));
  }
}
