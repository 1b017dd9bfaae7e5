package org.siplab.dialog;

/** What the UA core reports about its dialogs, for the trace. Called synchronously, in order. */
public interface DialogObserver {

  DialogObserver NONE = new DialogObserver() {};

  /**
   * A dialog was created ({@code before} null), changed, or ended.
   *
   * @param reason what changed it, in words ("sent 180 Ringing with tag ...", "received BYE")
   */
  default void dialogChanged(String element, Dialog before, Dialog after, String reason) {}
}
