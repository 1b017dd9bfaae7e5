package org.siplab.explain;

import java.util.Map;
import java.util.TreeMap;

/** Where RFC 3261 section 21 defines each status code, for responses with no more specific rule. */
final class StatusSections {

  private static final Map<Integer, String> SECTIONS = new TreeMap<>();

  static {
    int[][] table = {
        {100, 1, 1}, {180, 1, 2}, {181, 1, 3}, {182, 1, 4}, {183, 1, 5}, {200, 2, 1},
        {300, 3, 1}, {301, 3, 2}, {302, 3, 3}, {305, 3, 4}, {380, 3, 5},
        {400, 4, 1}, {401, 4, 2}, {402, 4, 3}, {403, 4, 4}, {404, 4, 5}, {405, 4, 6},
        {406, 4, 7}, {407, 4, 8}, {408, 4, 9}, {410, 4, 10}, {413, 4, 11}, {414, 4, 12},
        {415, 4, 13}, {416, 4, 14}, {420, 4, 15}, {421, 4, 16}, {423, 4, 17}, {480, 4, 18},
        {481, 4, 19}, {482, 4, 20}, {483, 4, 21}, {484, 4, 22}, {485, 4, 23}, {486, 4, 24},
        {487, 4, 25}, {488, 4, 26}, {491, 4, 27}, {493, 4, 28},
        {500, 5, 1}, {501, 5, 2}, {502, 5, 3}, {503, 5, 4}, {504, 5, 5}, {505, 5, 6},
        {513, 5, 7}, {600, 6, 1}, {603, 6, 2}, {604, 6, 3}, {606, 6, 4}};
    for (int[] row : table) {
      SECTIONS.put(row[0], "21." + row[1] + "." + row[2]);
    }
  }

  private StatusSections() {}

  /** {@code 21.4.24} for 486; {@code 21.4} for a 4xx the RFC does not define. */
  static String of(int status) {
    String exact = SECTIONS.get(status);
    return exact != null ? exact : "21." + Math.max(1, Math.min(6, status / 100));
  }
}
