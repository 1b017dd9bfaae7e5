package org.siplab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.sim.FaultAction;
import org.siplab.sim.LinkProfile;
import org.siplab.sim.TargetedFault;
import org.siplab.testkit.Lab;
import org.siplab.trace.Finding;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The ladder as the report draws it: the SVG is cut out of {@link Report#html} (the page a run
 * writes) and read as XML, so these tests see the elements, classes and text a browser gets.
 */
@DisplayName("the ladder as drawn in the report")
class LadderSvgTest {

  private static Trace trace;
  private static Element ladder;
  private static XPath xpath;

  /**
   * Alice calls bob on a network that loses her first INVITE (so Timer A sends it again) and
   * delivers bob's 180 twice; a finding marks her ACK, another a transaction change.
   */
  @BeforeAll
  static void drawACallWithFaults() throws Exception {
    Lab lab = new Lab(7, LinkProfile.ofDelay(10_000));
    lab.dropNth(1, "alice", "bob", "INVITE");
    lab.sim.network().addFault(TargetedFault.nth(1, "bob", "alice",
        Lab.startsWith("SIP/2.0 180"), "180", new FaultAction.Duplicate()));
    lab.sim.at(0, "alice", "call bob", () -> lab.alice.invite(lab.bob));
    lab.runFor(3_000_000);
    trace = lab.sim.trace();
    long transaction = trace.events().stream()
        .filter(e -> e instanceof TraceEvent.Transaction).findFirst().orElseThrow().seq();
    List<Finding> findings = List.of(
        new Finding("CSEQ-002", "error", SampleRuns.firstSend(trace, "ACK"), "e", "s"),
        new Finding("TX-001", "warning", transaction, "w", "s"));
    String html = Report.html(new ReportInput(trace, findings, null, Map.of(), Map.of()));
    ladder = parse(svg(html));
    xpath = XPathFactory.newInstance().newXPath();
  }

  @Test
  @DisplayName("every arrow is a <g class=\"a\"> with its send's data-seq, in send order")
  void arrowsCarryTheirSendSeq() throws XPathExpressionException {
    List<String> drawn = new ArrayList<>();
    NodeList arrows = nodes("g[contains(concat(' ', @class, ' '), ' a ')]");
    for (int i = 0; i < arrows.getLength(); i++) {
      drawn.add(((Element) arrows.item(i)).getAttribute("data-seq"));
    }
    assertEquals(SampleRuns.sends(trace).stream().map(s -> String.valueOf(s.seq())).toList(),
        drawn);
  }

  @Test
  @DisplayName("the dropped INVITE, and only it, is drawn as lost: class lost, a cross, and 'lost:"
      + " <fault>' under it")
  void droppedDatagramEndsInACross() throws XPathExpressionException {
    TraceEvent.Send invite = sends("INVITE").get(0);
    Element arrow = arrow(invite.seq());
    assertTrue(classes(arrow).contains("lost"), arrow.getAttribute("class"));
    assertEquals(1, count("g[@data-seq='" + invite.seq() + "']/path[@class='cross']"));
    assertEquals("lost: " + dropReason(invite), text(arrow, "why"));
    assertEquals("lost: fault: INVITE (match 1)", text(arrow, "why"));
    assertEquals(1, count("g/path[@class='cross']"), "no other arrow is crossed out");
    assertEquals(1, count("g[contains(@class, ' lost')]"));
    assertEquals(1, count("g/text[@class='why']"));
  }

  @Test
  @DisplayName("the duplicated 180, and only it, carries the text ×2")
  void duplicatedDatagramIsMarkedTimesTwo() throws XPathExpressionException {
    Element ringing = arrow(sends("SIP/2.0 180").get(0).seq());
    assertEquals("×2", text(ringing, "dup"));
    assertEquals(1, count("g/text[@class='dup']"), "no other arrow says ×2");
  }

  @Test
  @DisplayName("the INVITE sent again by Timer A has class rtx and the label 'INVITE ↻ Timer A'")
  void retransmissionNamesItsTimer() throws XPathExpressionException {
    List<TraceEvent.Send> invites = sends("INVITE");
    assertEquals("A", invites.get(1).retransmittedBy());
    Element again = arrow(invites.get(1).seq());
    assertTrue(classes(again).contains("rtx"), again.getAttribute("class"));
    assertEquals("INVITE ↻ Timer A", text(again, "label"));
    Element first = arrow(invites.get(0).seq());
    assertTrue(!classes(first).contains("rtx"), "the first INVITE is not a retransmission");
    assertEquals("INVITE", text(first, "label"));
  }

  @Test
  @DisplayName("a finding on a send is a badge '!' on its arrow with class f-<severity>; one on"
      + " another event is a mark path of its severity")
  void findingsAreBadgesAndMarks() throws XPathExpressionException {
    Element ack = arrow(SampleRuns.firstSend(trace, "ACK"));
    assertTrue(classes(ack).contains("f-error"), ack.getAttribute("class"));
    assertEquals(1, count("g[@data-seq='" + ack.getAttribute("data-seq")
        + "']/circle[@class='badge']"));
    assertEquals("!", text(ack, "badge-text"));
    assertEquals(1, count("g/circle[@class='badge']"), "only the ACK has a finding");
    Element mark = (Element) xpath.evaluate("path[@class='mk finding-warning']", ladder,
        XPathConstants.NODE);
    assertNotNull(mark, "the transaction's finding is drawn as a mark");
    assertTrue(mark.getAttribute("d").contains("a5 5 0 1 0 10 0"),
        "a finding's mark is the larger circle: " + mark.getAttribute("d"));
  }

  private static List<TraceEvent.Send> sends(String startLine) {
    return SampleRuns.sends(trace).stream().filter(s -> s.firstLine().startsWith(startLine))
        .toList();
  }

  /** Why the trace says the datagram was lost: its drop's reason, else its fault. */
  private static String dropReason(TraceEvent.Send send) {
    TraceEvent.Drop drop = trace.events().stream()
        .filter(e -> e instanceof TraceEvent.Drop d && d.datagram() == send.datagram())
        .map(e -> (TraceEvent.Drop) e).findFirst().orElseThrow();
    return drop.reason() != null ? drop.reason() : drop.fault();
  }

  private static Element arrow(long seq) throws XPathExpressionException {
    Element g = (Element) xpath.evaluate("g[@data-seq='" + seq + "']", ladder,
        XPathConstants.NODE);
    assertNotNull(g, "no arrow with data-seq " + seq);
    return g;
  }

  private static List<String> classes(Element e) {
    return List.of(e.getAttribute("class").split(" "));
  }

  /** The text of the arrow's one {@code <text>} of this class. */
  private static String text(Element arrow, String cssClass) throws XPathExpressionException {
    NodeList texts = (NodeList) xpath.evaluate("text[@class='" + cssClass + "']", arrow,
        XPathConstants.NODESET);
    assertEquals(1, texts.getLength(), "texts of class " + cssClass);
    return texts.item(0).getTextContent();
  }

  private static NodeList nodes(String path) throws XPathExpressionException {
    return (NodeList) xpath.evaluate(path, ladder, XPathConstants.NODESET);
  }

  private static int count(String path) throws XPathExpressionException {
    return nodes(path).getLength();
  }

  /** The ladder's body, {@code <svg id="ladder" ...>...</svg>}, as the page holds it. */
  private static String svg(String html) {
    int start = html.indexOf("<svg id=\"ladder\"");
    assertTrue(start >= 0, "the page has a ladder");
    int end = html.indexOf("</svg>", start) + "</svg>".length();
    return html.substring(start, end);
  }

  private static Element parse(String svg)
      throws ParserConfigurationException, SAXException, IOException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    return doc.getDocumentElement();
  }
}
