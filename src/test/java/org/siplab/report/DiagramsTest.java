package org.siplab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.transaction.InviteClientMachine;
import org.siplab.transaction.InviteServerMachine;
import org.siplab.transaction.NonInviteClientMachine;
import org.siplab.transaction.NonInviteServerMachine;
import org.siplab.transaction.TransactionKind;
import org.siplab.transaction.TransactionState;

@DisplayName("graphviz diagrams")
class DiagramsTest {

  @Test
  @DisplayName("each figure has the states of its machine in the transaction package, under the"
      + " trace's kind name")
  void figuresMatchTheMachines() {
    assertStates(TransactionKind.INVITE_CLIENT, InviteClientMachine.State.values(),
        TransactionFigures.INVITE_CLIENT);
    assertStates(TransactionKind.NON_INVITE_CLIENT, NonInviteClientMachine.State.values(),
        TransactionFigures.NON_INVITE_CLIENT);
    assertStates(TransactionKind.INVITE_SERVER, InviteServerMachine.State.values(),
        TransactionFigures.INVITE_SERVER);
    assertStates(TransactionKind.NON_INVITE_SERVER, NonInviteServerMachine.State.values(),
        TransactionFigures.NON_INVITE_SERVER);
  }

  @Test
  @DisplayName("the drawings carry an id for each state and transition, and no DOT source names a"
      + " font")
  void drawingsCarryIds() {
    List<Diagrams.Drawing> figures = Diagrams.transactionFigures();
    assertEquals(4, figures.size());
    for (int i = 0; i < figures.size(); i++) {
      TransactionFigures.Figure f = TransactionFigures.ALL.get(i);
      assertFalse(f.dot().contains("fontname"), "a named font is measured with this machine's");
      assertNull(figures.get(i).problem());
      for (String state : f.states()) {
        assertTrue(figures.get(i).svg().contains("id=\"" + f.prefix() + "_s_" + state + "\""),
            state);
      }
      for (TransactionFigures.Edge e : f.edges()) {
        assertTrue(figures.get(i).svg().contains(
            "id=\"" + f.prefix() + "_e_" + e.from() + "_" + e.to() + "\""), e.toString());
      }
    }
  }

  @Test
  @DisplayName("the same graph is drawn to the same bytes, with no comments, and J2V8 is not"
      + " unpacked in the home folder")
  void sameBytes() {
    Path homeCopy = Path.of(System.getProperty("user.home"), "libj2v8_linux_x86_64.so");
    boolean before = Files.exists(homeCopy);
    String dot = "digraph g { a -> b [label=\"<x> & y\"]; }";
    String svg = Graphviz.svg(dot);
    assertEquals(svg, Graphviz.svg(dot));
    assertFalse(svg.contains("<!--"));
    assertTrue(svg.contains("&lt;x&gt; &amp; y"), svg);
    assertEquals(before, Files.exists(homeCopy));
  }

  @Test
  @DisplayName("a label shows '<', '>' and '&' as written, even <img> and a written entity, and a"
      + " graph the engine cannot draw is not blamed on the engine")
  void labelsShowMarkupAsText() {
    String svg = Graphviz.svg("graph g { " + Dot.quote("n") + " [label="
        + Dot.quote("al<img>ice a&amp;b") + "]; }");
    assertTrue(svg.contains(">al&lt;img&gt;ice a&amp;amp;b</text>"), svg);
    Diagrams.Drawing broken = Diagrams.draw("x", "x", "graph g { a [label=<<img src=\"x\"/>>]; }");
    assertNull(broken.svg());
    assertFalse(broken.problem().contains("V8"), broken.problem());
  }

  @Test
  @DisplayName("the topology has a box per element and a line per pair that talked, with the count")
  void topology() {
    ReportInput call = SampleRuns.call();
    Ladder ladder = Ladder.of(call.trace(), call.findings());
    String dot = Topology.dot(ladder, call.trace().settings());
    assertTrue(dot.contains("\"alice\" [label=\"alice\\nphone\\n192.0.2.1:5060\"];"), dot);
    int datagrams = SampleRuns.sends(call.trace()).size();
    assertTrue(dot.contains("\"alice\" -- \"bob\" [label=\"" + datagrams + " datagrams\"];"), dot);
    assertNull(Diagrams.topology(ladder, call).problem());
  }

  @Test
  @DisplayName("DOT quoting keeps quotes, backslashes and line breaks inside the string")
  void quoting() {
    assertEquals("\"a\\\"b\\\\c\\nd\"", Dot.quote("a\"b\\c\nd"));
  }

  private static void assertStates(TransactionKind kind, TransactionState[] states,
      TransactionFigures.Figure figure) {
    assertEquals(kind.label(), figure.kind());
    List<String> labels = Arrays.stream(states).map(TransactionState::label).sorted().toList();
    assertEquals(labels, figure.states().stream().sorted().toList(), kind.label());
  }
}
