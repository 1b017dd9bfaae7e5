package org.siplab.codec;

import org.siplab.message.HeaderName;
import org.siplab.message.Text;

/**
 * An empty value in a list header, as in {@code Contact: <sip:a@b>,,<sip:c@d>} or {@code Allow:
 * ,INVITE}. RFC 3261 section 7.3.1 makes a list header's field its values joined by commas, and
 * each grammar ({@code contact-param *(COMMA contact-param)}, section 25.1) has a value on both
 * sides of every comma, so an empty one is an error. The parser of each value meets the comma
 * where its value should start and says in its diagnostic what it expected there ("a display
 * name containing ',' must be quoted", "expected a token"), which hides the mistake; this names it
 * instead.
 *
 * <p>It is asked only after a value failed, so a valid message pays nothing for it.
 */
final class EmptyListValues {

  private EmptyListValues() {}

  /**
   * {@code m} itself, or, when it happened where a value of the list header {@code name} is empty,
   * an error that says so where the empty value ends: at the comma after it, or at the end of the
   * field after the last comma. The field's value is {@code src} from {@code from} to {@code end}.
   */
  static Malformed explain(HeaderName name, String src, int from, int end, Malformed m) {
    if (name.arity() != HeaderName.Arity.LIST) {
      return m;
    }
    int item = from;
    while (item <= end) {
      // The commas that separate values, not those in quotes or '<' '>' (Text#listItemEnd).
      int itemEnd = Text.listItemEnd(name, src, item, end);
      if (itemEnd < 0 || m.index < item) {
        return m;
      }
      if (m.index <= itemEnd && isBlank(src, item, itemEnd)) {
        Malformed empty = emptyValue(from, end, item, itemEnd, m.rule, HeaderCatalog.rfcOf(name));
        return empty == null ? m : empty;
      }
      item = itemEnd + 1;
    }
    return m;
  }

  /**
   * The error for the empty value {@code [item, itemEnd)} of a field whose value is {@code [from,
   * end)}, or null when it is the whole field (no comma on either side: an empty field, which each
   * header's grammar explains better).
   */
  static Malformed emptyValue(int from, int end, int item, int itemEnd, String rule, String rfc) {
    boolean commaBefore = item > from;
    boolean commaAfter = itemEnd < end;
    if (commaBefore && commaAfter) {
      return new Malformed(itemEnd, "a value is empty between two commas: remove one of them, or"
          + " write the value between them", rule, rfc);
    }
    if (commaAfter) {
      return new Malformed(itemEnd, "a value is empty before the first comma: the field cannot"
          + " start with a comma", rule, rfc);
    }
    if (commaBefore) {
      return new Malformed(itemEnd, "a value is empty after the last comma: the field cannot end"
          + " with a comma", rule, rfc);
    }
    return null;
  }

  private static boolean isBlank(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Cursor.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
