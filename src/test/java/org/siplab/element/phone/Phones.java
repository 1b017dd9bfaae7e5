package org.siplab.element.phone;

import java.util.OptionalInt;

/** The phones of RFC 3665's examples, as configurations. */
final class Phones {

  static final String ALICE = "sip:alice@atlanta.example.com";
  static final String BOB = "sip:bob@biloxi.example.com";

  private Phones() {}

  static PhoneConfig alice() {
    return PhoneConfig.of(ALICE).withDisplayName("Alice").withPassword("cleartext");
  }

  static PhoneConfig bob() {
    return PhoneConfig.of(BOB).withDisplayName("Bob").withPassword("zanzibar");
  }

  /** Answers with {@code status} after {@code afterUs}, 180 Ringing first. */
  static PhoneConfig.Answer answering(long afterUs, int status) {
    return new PhoneConfig.Answer(afterUs, OptionalInt.of(status), true, false);
  }

  /** Rings and never answers. */
  static PhoneConfig.Answer ringingForever() {
    return new PhoneConfig.Answer(0, OptionalInt.empty(), true, false);
  }

  /**
   * Alice and Bob on one network without proxies: each AOR's domain leads to its phone, so a
   * call goes straight from one to the other (RFC 3665 section 3.1).
   */
  static PhoneLab direct(PhoneConfig alice, PhoneConfig bob) {
    PhoneLab lab = new PhoneLab();
    lab.phone("alice", "192.0.2.101", alice);
    lab.phone("bob", "192.0.2.201", bob);
    lab.sim.serveDomain("atlanta.example.com", "alice");
    lab.sim.serveDomain("biloxi.example.com", "bob");
    return lab;
  }

  static Phone phone(PhoneLab lab, String name) {
    return (Phone) lab.sim.node(name).element();
  }
}
