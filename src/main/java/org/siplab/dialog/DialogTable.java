package org.siplab.dialog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dialogs one UA holds, by id, reporting every change to the observer. A terminated dialog is
 * removed: a request for it then matches nothing and gets 481 (section 12.2.2).
 */
final class DialogTable {

  private final String element;
  private final DialogObserver observer;
  private final Map<DialogId, Dialog> dialogs = new LinkedHashMap<>();

  DialogTable(String element, DialogObserver observer) {
    this.element = element;
    this.observer = observer;
  }

  Optional<Dialog> find(DialogId id) {
    return Optional.ofNullable(dialogs.get(id));
  }

  List<Dialog> all() {
    return new ArrayList<>(dialogs.values());
  }

  /** Stores a new or changed dialog and reports it; a terminated one is reported and dropped. */
  Dialog put(Dialog after, String reason) {
    Dialog before = dialogs.get(after.id());
    if (after.equals(before)) {
      return after;
    }
    if (after.isTerminated()) {
      dialogs.remove(after.id());
    } else {
      dialogs.put(after.id(), after);
    }
    observer.dialogChanged(element, before, after, reason);
    return after;
  }

  /**
   * Ends every dialog created by the INVITE with this Call-ID and local tag that is still early.
   */
  void endEarly(String callId, String localTag, String reason) {
    for (Dialog d : all()) {
      if (d.state() == DialogState.EARLY && d.id().callId().equals(callId)
          && d.id().localTag().equals(localTag)) {
        put(d.terminated(), reason);
      }
    }
  }

  int size() {
    return dialogs.size();
  }
}
