package org.siplab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.trace.RunSummary;

@DisplayName("the report's header")
class HeaderTest {

  @Test
  @DisplayName("the replay command uses the scenario file as recorded when it is relative, and"
      + " needs no note")
  void relative() {
    assertEquals("./siplab run --seed 7 scenarios/x.yaml", Header.command("scenarios/x.yaml", 7));
    assertNull(Header.commandNote("scenarios/x.yaml"));
  }

  @Test
  @DisplayName("a file recorded outside the siplab folder is shown as …/NAME with a note saying"
      + " what to put there")
  void elsewhere() {
    assertEquals("./siplab run --seed 1 …/x.yaml", Header.command("…/x.yaml", 1));
    assertEquals("./siplab run --seed 1 …/'my x.yaml'", Header.command("…/my x.yaml", 1));
    assertTrue(Header.commandNote("…/x.yaml").contains("outside the siplab folder"));
    assertTrue(Header.commandNote("…/x.yaml").endsWith("in place of …/"));
  }

  @Test
  @DisplayName("an absolute scenario path is shown as …/NAME with the note, on any operating"
      + " system")
  void absolute() {
    assertEquals("./siplab run --seed 1 …/x.yaml", Header.command("/home/ann/siplab/x.yaml", 1));
    assertEquals("./siplab run --seed 1 …/x.yaml", Header.command("C:\\Users\\ann\\x.yaml", 1));
    assertEquals(Header.commandNote("…/x.yaml"), Header.commandNote("/home/ann/x.yaml"));
    assertEquals(Header.commandNote("…/x.yaml"), Header.commandNote("C:\\Users\\x.yaml"));
  }

  @Test
  @DisplayName("a file name the shell would split or expand is quoted")
  void quoted() {
    assertEquals("./siplab run --seed -3 'my scenarios/it'\\''s.yaml'",
        Header.command("my scenarios/it's.yaml", -3));
    assertEquals("./siplab run --seed 1 ./-x.yaml", Header.command("-x.yaml", 1),
        "a file name starting with '-' must not read as an option");
  }

  @Test
  @DisplayName("why the run loop stopped is shown for a runaway only; otherwise it names the"
      + " horizon, which reads as if it contradicted the run's duration")
  void stoppedOnlyForARunaway() {
    ReportInput call = SampleRuns.call();
    Ladder ladder = Ladder.of(call.trace(), call.findings());
    assertNull(Header.of(call, ladder).stopped());
    RunSummary r = call.run();
    ReportInput runaway = new ReportInput(call.trace(), call.findings(), new RunSummary(r.file(),
        r.description(), r.verdicts(), r.scriptProblems(), "runaway: stopped after 9 events", true),
        call.annotations(), call.notes());
    assertEquals("runaway: stopped after 9 events", Header.of(runaway, ladder).stopped());
  }

  @Test
  @DisplayName("Markdown is rendered, raw HTML in it escaped, links other than http, https and"
      + " mailto emptied, and an image made a link, since the report fetches nothing")
  void markdown() {
    assertEquals("<p>a <em>b</em> &lt;b&gt;c&lt;/b&gt;</p>\n", Markdown.html("a *b* <b>c</b>"));
    for (String target : List.of("javascript:alert(1)", "data:text/html,x",
        "DATA:text/html;base64,eA==",
        "vbscript:x", "file:///etc/passwd")) {
      assertEquals("<p><a rel=\"nofollow\" href=\"\">x</a></p>\n",
          Markdown.html("[x](" + target + ")"), target);
    }
    assertEquals("<p><a rel=\"nofollow\" href=\"https://example.com/a\">x</a></p>\n",
        Markdown.html("[x](https://example.com/a)"));
    assertEquals("<p><a rel=\"nofollow\" href=\"https://example.com/i.png\">image: a"
        + " <em>b</em></a></p>\n", Markdown.html("![a *b*](https://example.com/i.png)"));
    assertEquals("<p><a rel=\"nofollow\" href=\"\">image: x</a></p>\n",
        Markdown.html("![x](data:image/png;base64,AAAA)"));
    assertEquals("", Markdown.html(null));
  }

  @Test
  @DisplayName("a description is split after its first paragraph, both parts escaped, and one"
      + " that opens with something else is all kept for the folded part")
  void descriptionSplitsAfterItsFirstParagraph() {
    Markdown.Split split =
        Markdown.split("First *one* <b>x</b>\nstill first.\n\n- a\n- b\n\nLast.");
    assertEquals("<p>First <em>one</em> &lt;b&gt;x&lt;/b&gt;\nstill first.</p>\n",
        split.leadHtml());
    assertEquals("<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<p>Last.</p>\n", split.restHtml());
    assertEquals(new Markdown.Split("<p>Only.</p>\n", ""), Markdown.split("Only."));
    assertEquals(new Markdown.Split("", "<ul>\n<li>a</li>\n</ul>\n<p>b</p>\n"),
        Markdown.split("- a\n\nb"));
    assertEquals(new Markdown.Split("", "<p>&lt;script&gt;x&lt;/script&gt;</p>\n"),
        Markdown.split("<script>x</script>"));
    assertEquals(new Markdown.Split("", ""), Markdown.split(null));
  }
}
