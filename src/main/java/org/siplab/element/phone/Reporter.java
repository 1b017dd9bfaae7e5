package org.siplab.element.phone;

import java.util.List;
import org.siplab.element.ElementEvents;

/**
 * What a phone tells beyond its messages: its state and decisions for the trace (through {@link
 * ElementEvents}) and its events for the listeners. The state follows the rule of {@link
 * PhoneState}: the call's state while a call is in progress, else {@code ended} after a call until
 * the registration changes, else {@code registered} or {@code idle}.
 */
final class Reporter {

  private final Phone phone;
  private final ElementEvents events;
  private final List<PhoneListener> listeners;
  private boolean registered;
  private PhoneState callState;
  private PhoneState shown = PhoneState.IDLE;

  /** @param listeners the phone's listeners, a live list: later additions are heard too */
  Reporter(Phone phone, ElementEvents events, List<PhoneListener> listeners) {
    this.phone = phone;
    this.events = events;
    this.listeners = listeners;
  }

  PhoneState state() {
    return shown;
  }

  /** The registration changed; an ended call stops showing once it does. */
  void registered(boolean value) {
    if (registered == value) {
      return;
    }
    registered = value;
    if (callState == PhoneState.ENDED) {
      callState = null;
    }
    show();
  }

  /** The call moved to {@code state} (calling ... ended). */
  void call(PhoneState state) {
    callState = state;
    show();
  }

  private void show() {
    PhoneState now = callState != null ? callState
        : registered ? PhoneState.REGISTERED : PhoneState.IDLE;
    if (now != shown) {
      events.state(phone.name(), shown.label(), now.label());
      shown = now;
    }
  }

  /** A decision the messages alone do not show, in words a student understands. */
  void note(String action, String detail) {
    events.note(phone.name(), action, detail);
  }

  void media(String peer, String action, String codec, String localRtp, String remoteRtp) {
    events.media(phone.name(), peer, action, codec, localRtp, remoteRtp);
  }

  void fire(PhoneEvent event, String detail) {
    for (PhoneListener listener : List.copyOf(listeners)) {
      listener.on(phone, event, detail);
    }
  }
}
