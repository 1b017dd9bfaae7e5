package org.siplab.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The RFC 3261 sections of the checker's rules, by id, so that an element's "misbehaves" note,
 * which names the rule its switch breaks ("the rule checker flags it as TAG-001"), is cited with
 * the section of that rule. The same sections as the rule catalog ({@code org.siplab.check}, which
 * this package does not depend on); a test compares the two.
 */
final class BrokenRules {

  private static final Pattern RULE = Pattern.compile(
      "\\b(MSG|CSEQ|CALLID|TAG|VIA|MAXFWD|PROXY|TIMER|HDR|TX)-(\\d{3})\\b");

  /** Each rule's sections, as the catalog's {@code rfc} lists them. */
  static final Map<String, List<String>> SECTIONS = new TreeMap<>();

  static {
    put("MSG-001", "7", "25");
    put("CSEQ-001", "8.1.1.5");
    put("CSEQ-002", "8.2.6.2");
    put("CSEQ-003", "12.2.1.1");
    put("CSEQ-004", "17.1.1.2");
    put("CSEQ-005", "17.1.1.3", "9.1");
    put("CSEQ-006", "13.2.2.4");
    put("CSEQ-007", "12.2.2");
    put("CSEQ-008", "10.2");
    put("CALLID-001", "8.1.1.4");
    put("CALLID-002", "10.2", "8.1.1.4");
    put("CALLID-003", "8.1.3.5");
    put("CALLID-004", "16.6", "16.7");
    put("CALLID-005", "6", "8.1.1.4");
    put("TAG-001", "8.1.1.3");
    put("TAG-002", "8.2.6.2");
    put("TAG-003", "8.2.6.2");
    put("TAG-004", "12.2.1.1");
    put("VIA-001", "8.1.1.7");
    put("VIA-002", "8.1.1.7");
    put("VIA-003", "8.2.6.2");
    put("VIA-004", "16.6 step 8");
    put("VIA-005", "16.7 step 3");
    put("MAXFWD-001", "16.6 step 3");
    put("PROXY-001", "16.7 step 6");
    put("TIMER-001", "17.1.1.2");
    put("TIMER-002", "17.1.2.2", "17.1.1.2");
    put("TIMER-003", "17.2.1");
    put("TIMER-004", "13.3.1.4");
    put("TIMER-005", "17.1.1.2", "17.1.2.2");
    put("HDR-001", "20");
    put("TX-001", "9.1", "17.1.1.3");
  }

  private BrokenRules() {}

  private static void put(String id, String... sections) {
    SECTIONS.put(id, List.of(sections));
  }

  /**
   * The sections of the rules {@code text} names, in the order named, each once; a range
   * "TIMER-001 to TIMER-004" names its two ends and what lies between.
   */
  static List<String> sections(String text) {
    List<String> ids = new ArrayList<>();
    Matcher m = RULE.matcher(text);
    while (m.find()) {
      ids.add(m.group());
    }
    if (ids.size() == 2 && text.contains(ids.get(0) + " to " + ids.get(1))) {
      ids = range(ids.get(0), ids.get(1));
    }
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      for (String section : SECTIONS.getOrDefault(id, List.of())) {
        if (!out.contains(section)) {
          out.add(section);
        }
      }
    }
    return out;
  }

  private static List<String> range(String first, String last) {
    List<String> out = new ArrayList<>();
    boolean in = false;
    for (String id : SECTIONS.keySet()) {
      in = in || id.equals(first);
      if (in && id.startsWith(first.substring(0, first.indexOf('-')))) {
        out.add(id);
      }
      if (id.equals(last)) {
        break;
      }
    }
    return out;
  }
}
