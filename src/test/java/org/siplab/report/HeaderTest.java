package org.siplab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the report's header")
class HeaderTest {

  @Test
  @DisplayName("the replay command uses the scenario file as given when it is relative")
  void relative() {
    assertEquals("./siplab run --seed 7 scenarios/x.yaml", Header.command("scenarios/x.yaml", 7));
  }

  @Test
  @DisplayName("an absolute scenario path is shown by its file name, on any operating system")
  void absolute() {
    assertEquals("./siplab run --seed 1 x.yaml", Header.command("/home/ann/siplab/x.yaml", 1));
    assertEquals("./siplab run --seed 1 x.yaml", Header.command("C:\\Users\\ann\\x.yaml", 1));
  }

  @Test
  @DisplayName("a file name the shell would split or expand is quoted")
  void quoted() {
    assertEquals("./siplab run --seed -3 'my scenarios/it'\\''s.yaml'",
        Header.command("my scenarios/it's.yaml", -3));
  }

  @Test
  @DisplayName("Markdown is rendered, raw HTML in it escaped and javascript: links emptied")
  void markdown() {
    assertEquals("<p>a <em>b</em> &lt;b&gt;c&lt;/b&gt;</p>\n", Markdown.html("a *b* <b>c</b>"));
    assertEquals("<p><a rel=\"nofollow\" href=\"\">x</a></p>\n",
        Markdown.html("[x](javascript:alert(1))"));
    assertEquals("", Markdown.html(null));
  }
}
