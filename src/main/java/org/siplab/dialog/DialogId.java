package org.siplab.dialog;

import java.util.Objects;
import org.siplab.message.CaseFolding;
import org.siplab.message.NameAddress;
import org.siplab.message.SipMessage;

/**
 * A dialog's identity, RFC 3261 section 12: "A dialog is identified at each UA with a dialog ID,
 * which consists of a Call-ID value, a local tag and a remote tag." The same dialog has mirrored
 * ids at its two ends. A tag an RFC 2543 peer did not send is the empty string.
 *
 * <p>Two ids are equal when their Call-IDs are the same byte by byte (section 8.1.1.4: Call-IDs
 * "are case-sensitive") and their tags are equal ignoring case: a tag is a token, and section 7.3.1
 * makes tokens case-insensitive. {@link #key()} keeps the tags as written.
 */
public record DialogId(String callId, String localTag, String remoteTag) {

  public DialogId {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(localTag, "localTag");
    Objects.requireNonNull(remoteTag, "remoteTag");
  }

  /** The id the other end of the dialog uses. */
  public DialogId mirrored() {
    return new DialogId(callId, remoteTag, localTag);
  }

  /**
   * The same text at both ends (tags in sorted order), so a trace can say which messages belong to
   * one dialog whichever side recorded them.
   */
  public String key() {
    String a = localTag.compareTo(remoteTag) <= 0 ? localTag : remoteTag;
    String b = a == localTag ? remoteTag : localTag;
    return callId + ";" + a + ";" + b;
  }

  /**
   * The {@link #key()} of the dialog a message belongs to, when it carries both tags (the same key
   * at both ends), else null.
   */
  public static String keyOf(SipMessage m) {
    NameAddress from = m.from();
    NameAddress to = m.to();
    if (m.callId() == null || from == null || to == null || !from.hasTag() || !to.hasTag()) {
      return null;
    }
    return new DialogId(m.callId(), from.tag(), to.tag()).key();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DialogId other && callId.equals(other.callId)
        && localTag.equalsIgnoreCase(other.localTag) && remoteTag.equalsIgnoreCase(other.remoteTag);
  }

  @Override
  public int hashCode() {
    return (callId.hashCode() * 31 + CaseFolding.hash(localTag)) * 31 + CaseFolding.hash(remoteTag);
  }

  @Override
  public String toString() {
    return key();
  }
}
