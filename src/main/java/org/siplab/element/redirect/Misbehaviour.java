package org.siplab.element.redirect;

import org.siplab.element.MisbehaviourSwitch;

/**
 * A deliberate RFC violation a scenario can switch on, so that a student sees what the rule
 * checker says when a redirect server breaks a rule. Each names the rule of {@code
 * org.siplab.check.Catalog} that catches it.
 */
public enum Misbehaviour implements MisbehaviourSwitch {

  /**
   * Sends its responses (the 302 and its refusals) without a To tag, where section 8.2.6.2 says
   * the UAS "MUST add a tag to the To header field in the response". A redirect server is a UAS
   * for this rule (section 8.3).
   */
  DROP_TO_TAG("drop-to-tag", "TAG-002");

  private final String key;
  private final String rule;

  Misbehaviour(String key, String rule) {
    this.key = key;
    this.rule = rule;
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public String rule() {
    return rule;
  }

  /** The misbehaviour for a scenario word. */
  public static Misbehaviour fromKey(String key) {
    return MisbehaviourSwitch.fromKey(values(), key, "redirect server");
  }
}
