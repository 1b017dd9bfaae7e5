package org.siplab.transaction;

import org.siplab.message.Method;
import org.siplab.message.SipResponse;
import org.siplab.transaction.TransactionEvent.Abandoned;
import org.siplab.transaction.TransactionEvent.RequestReceived;
import org.siplab.transaction.TransactionEvent.ResponseFromTu;
import org.siplab.transaction.TransactionEvent.ResponseReceived;
import org.siplab.transaction.TransactionEvent.TimerFired;
import org.siplab.transaction.TransactionEvent.TransportError;

/** Puts what moved a transaction into the words a trace shows ("received 180 Ringing"). */
final class Reasons {

  private Reasons() {}

  static String of(TransactionEvent event) {
    if (event instanceof ResponseReceived received) {
      return "received " + statusLine(received.response());
    }
    if (event instanceof RequestReceived received) {
      Method method = received.request().method();
      return method.equals(Method.ACK) ? "received ACK" : "received " + method + " again";
    }
    if (event instanceof ResponseFromTu fromTu) {
      return "TU sent " + statusLine(fromTu.response());
    }
    if (event instanceof TimerFired fired) {
      return capitalized(fired.timer().title()) + " fired";
    }
    if (event instanceof Abandoned abandoned) {
      return "TU gave up: " + abandoned.reason();
    }
    return "transport error: " + ((TransportError) event).reason();
  }

  static String createdByTu(Method method) {
    return "TU sent " + method;
  }

  static String createdByNetwork(Method method) {
    return "received " + method;
  }

  private static String statusLine(SipResponse response) {
    return response.status() + " " + response.reason();
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
