package org.siplab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a scenario description's Markdown")
class DescriptionMarkdownTest {

  @Test
  @DisplayName("reads a star between a number and a term as multiplication, as RFC 3261 writes"
      + " 2*T1, not as the mark of an emphasis")
  void timerProductsStayAsWritten() {
    assertEquals("<p>after T1, then 2*T1, then 4*T1, up to 64*T1</p>\n",
        Markdown.html("after T1, then 2*T1, then 4*T1, up to 64*T1"));
    assertEquals("<p>MIN(2*T1, T2) and <strong>Bob</strong> after 2*T1 and 4*T1</p>\n",
        Markdown.html("MIN(2*T1, T2) and **Bob** after 2*T1 and 4*T1"));
  }

  @Test
  @DisplayName("keeps an emphasis that is one: after a space, or after a digit but closed after"
      + " a word")
  void emphasisStaysEmphasis() {
    assertEquals("<p>a <em>stressed</em> word, 3<em>rd</em> time</p>\n",
        Markdown.html("a *stressed* word, 3*rd* time"));
    assertEquals("<p><em>64</em> times</p>\n", Markdown.html("*64* times"));
  }

  @Test
  @DisplayName("renders a table, its cells escaped like the rest")
  void tablesAreTables() {
    assertEquals("<table>\n<thead>\n<tr>\n<th>timer</th>\n<th>value</th>\n</tr>\n</thead>\n"
        + "<tbody>\n<tr>\n<td>T1</td>\n<td>&lt;b&gt;0.5 s</td>\n</tr>\n</tbody>\n</table>\n",
        Markdown.html("| timer | value |\n|---|---|\n| T1 | <b>0.5 s |\n"));
  }
}
