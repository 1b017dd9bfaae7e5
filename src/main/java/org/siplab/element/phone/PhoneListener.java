package org.siplab.element.phone;

/**
 * Hears what a phone does, so that a scenario runner can react ({@code on: incoming} answer).
 * Called synchronously, in virtual time, after the phone has sent what the event is about.
 */
@FunctionalInterface
public interface PhoneListener {

  /**
   * @param detail the event in words for the trace ("486 Busy Here", "sip:bob@biloxi.example.com")
   */
  void on(Phone phone, PhoneEvent event, String detail);
}
