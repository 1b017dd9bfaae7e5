package org.siplab.dialog;

/**
 * Section 12: a dialog created by a provisional response is early; a 2xx confirms it; a BYE or a
 * non-2xx final response to the INVITE (for an early dialog) ends it (section 12.3).
 */
public enum DialogState {
  EARLY,
  CONFIRMED,
  TERMINATED
}
