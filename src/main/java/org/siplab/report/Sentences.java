package org.siplab.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The annotations of a run, stored compactly: each sentence is its wording with the numbers taken
 * out (a template, stored once among the page's strings) and the numbers themselves. A long run's
 * sentences differ mostly in their seq numbers and times, so this keeps a 10,000-message report
 * several times smaller than storing each sentence whole.
 *
 * <p>In the page data, {@code sentences} is {@code [[#template, "n1|n2|..."]...]}; the script puts
 * the numbers back in place of each {@link #SLOT}, in order.
 */
final class Sentences {

  /**
   * Where a number stood: a private-use character. Annotations quote messages and scenario text,
   * which may hold it (it is valid UTF-8), so one that occurs in a sentence is taken out as a
   * number would be, and put back as itself.
   */
  static final char SLOT = '\uE000';

  private final Interner strings;
  private final List<int[]> refs = new ArrayList<>();
  private final List<String> numbers = new ArrayList<>();

  Sentences(Interner strings) {
    this.strings = strings;
  }

  /** The index of {@code text} in the sentences, or -1 for null. */
  int ref(String text) {
    if (text == null) {
      return -1;
    }
    StringBuilder template = new StringBuilder(text.length());
    StringBuilder found = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        int start = i;
        while (i < text.length() && (Character.isDigit(text.charAt(i))
            || text.charAt(i) == '.' && i + 1 < text.length()
            && Character.isDigit(text.charAt(i + 1)))) {
          i++;
        }
        if (found.length() > 0) {
          found.append('|');
        }
        found.append(text, start, i);
        template.append(SLOT);
      } else if (c == SLOT) {
        if (found.length() > 0) {
          found.append('|');
        }
        found.append(SLOT);
        template.append(SLOT);
        i++;
      } else {
        template.append(c);
        i++;
      }
    }
    refs.add(new int[] {strings.index(template.toString())});
    numbers.add(found.toString());
    return refs.size() - 1;
  }

  void write(JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("sentences");
    for (int k = 0; k < refs.size(); k++) {
      g.writeStartArray();
      g.writeNumber(refs.get(k)[0]);
      g.writeString(numbers.get(k));
      g.writeEndArray();
    }
    g.writeEndArray();
  }
}
