package org.siplab.element.proxy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.siplab.message.HeaderField;
import org.siplab.message.HeaderName;
import org.siplab.message.HeaderValue;
import org.siplab.message.SipRequest;

/**
 * Changes to one header of a request that keep every other field where it was (section 16.6 step
 * 1: the copy "SHOULD maintain the ordering of the header fields" and the proxy "MUST NOT reorder
 * field values with a common field name").
 */
final class HeaderEdits {

  private HeaderEdits() {}

  /**
   * The request with {@code name} holding exactly {@code values}, in one field where the header
   * first was, or without the header when {@code values} is empty.
   */
  static SipRequest replaceValues(SipRequest request, HeaderName name,
      List<? extends HeaderValue> values) {
    List<HeaderField> out = new ArrayList<>(request.headers().size() + 1);
    boolean placed = false;
    for (HeaderField field : request.headers()) {
      if (!field.is(name)) {
        out.add(field);
      } else if (!placed) {
        if (!values.isEmpty()) {
          out.add(HeaderField.of(name, values));
        }
        placed = true;
      }
    }
    if (!placed && !values.isEmpty()) {
      out.add(HeaderField.of(name, values));
    }
    return request.withHeaders(out);
  }

  /** The request without the values of {@code name} that {@code drop} accepts. */
  static SipRequest removeValues(SipRequest request, HeaderName name,
      Predicate<HeaderValue> drop) {
    List<HeaderField> out = new ArrayList<>(request.headers().size());
    for (HeaderField field : request.headers()) {
      if (!field.is(name)) {
        out.add(field);
        continue;
      }
      List<HeaderValue> kept = new ArrayList<>(field.values());
      kept.removeIf(drop);
      if (!kept.isEmpty()) {
        out.add(kept.size() == field.values().size() ? field
            : new HeaderField(field.name(), field.headerName(), kept));
      }
    }
    return request.withHeaders(out);
  }
}
