package org.siplab.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The four transaction state machines of RFC 3261 section 17, as its figures 5 to 8 draw them and
 * RFC 6026 corrects them (the Accepted state of both INVITE machines), for graphviz. Each state is
 * a node with the id {@code <prefix>_s_<State>} and each transition an edge with the id {@code
 * <prefix>_e_<From>_<To>}, so that the page can highlight the states a transaction visited and the
 * transitions it took. Transitions between the same two states share one edge with one label line
 * each, and a label reads event / action, as in the RFC. (Not hyphens in ids: graphviz writes a
 * hyphen as {@code &#45;}.)
 *
 * <p>The state names are the transaction package's own ({@code TransactionState.label()}); a test
 * holds them equal.
 */
final class TransactionFigures {

  /** One machine: the transaction kind as a trace names it and its drawing. */
  record Figure(String kind, String prefix, String title, String start, List<Edge> edges) {

    /** The id of the page template that holds this figure's SVG. */
    String templateId() {
      return "fig-" + prefix;
    }

    String dot() {
      StringBuilder dot = new StringBuilder();
      dot.append("digraph ").append(prefix).append(" {\n")
          .append("  graph [rankdir=TB, nodesep=0.5, ranksep=0.45, fontsize=11];\n")
          .append("  node [shape=box, style=rounded, fontsize=12, height=0.35];\n")
          .append("  edge [fontsize=9, arrowsize=0.6];\n")
          .append("  start [shape=point, width=0.08, id=\"").append(prefix).append("_start\"];\n");
      for (String state : states()) {
        dot.append("  ").append(Dot.quote(state)).append(" [id=\"").append(prefix).append("_s_")
            .append(state).append("\"];\n");
      }
      dot.append("  start -> ").append(Dot.quote(states().get(0))).append(" [label=")
          .append(Dot.quote(start)).append("];\n");
      for (Edge e : edges) {
        dot.append("  ").append(Dot.quote(e.from())).append(" -> ").append(Dot.quote(e.to()))
            .append(" [id=\"").append(prefix).append("_e_").append(e.from()).append('_')
            .append(e.to()).append("\", label=").append(Dot.quote(String.join("\n", e.label())))
            .append("];\n");
      }
      return dot.append("}\n").toString();
    }

    /** Its states, the initial one first, in the order the edges first name them. */
    List<String> states() {
      List<String> states = new ArrayList<>();
      for (Edge e : edges) {
        for (String s : List.of(e.from(), e.to())) {
          if (!states.contains(s)) {
            states.add(s);
          }
        }
      }
      return List.copyOf(states);
    }
  }

  /** A transition, or several between the same two states, one label line each. */
  record Edge(String from, String to, List<String> label) {}

  static final Figure INVITE_CLIENT = new Figure("INVITE client", "ict",
      "INVITE client transaction (RFC 3261 figure 5, RFC 6026)", "INVITE from TU / INVITE sent",
      List.of(
          edge("Calling", "Calling", "Timer A fires / reset A, INVITE sent"),
          edge("Calling", "Proceeding", "1xx / 1xx to TU"),
          edge("Calling", "Accepted", "2xx / 2xx to TU"),
          edge("Calling", "Completed", "300-699 / ACK sent, resp. to TU"),
          edge("Calling", "Terminated", "Timer B fires or transport err. / inform TU"),
          edge("Proceeding", "Proceeding", "1xx / 1xx to TU"),
          edge("Proceeding", "Accepted", "2xx / 2xx to TU"),
          edge("Proceeding", "Completed", "300-699 / ACK sent, resp. to TU"),
          edge("Completed", "Completed", "300-699 / ACK sent"),
          edge("Completed", "Terminated", "Timer D fires / -",
              "transport err. / inform TU"),
          edge("Accepted", "Accepted", "2xx / 2xx to TU"),
          edge("Accepted", "Terminated", "Timer M fires / -")));

  static final Figure NON_INVITE_CLIENT = new Figure("non-INVITE client", "nict",
      "non-INVITE client transaction (RFC 3261 figure 6)", "request from TU / request sent",
      List.of(
          edge("Trying", "Trying", "Timer E / request sent"),
          edge("Trying", "Proceeding", "1xx / resp. to TU"),
          edge("Trying", "Completed", "200-699 / resp. to TU"),
          edge("Trying", "Terminated", "Timer F or transport err. / inform TU"),
          edge("Proceeding", "Proceeding", "Timer E / request sent", "1xx / resp. to TU"),
          edge("Proceeding", "Completed", "200-699 / resp. to TU"),
          edge("Proceeding", "Terminated", "Timer F or transport err. / inform TU"),
          edge("Completed", "Terminated", "Timer K / -")));

  static final Figure INVITE_SERVER = new Figure("INVITE server", "ist",
      "INVITE server transaction (RFC 3261 figure 7, RFC 6026)", "INVITE / pass INV to TU",
      List.of(
          edge("Proceeding", "Proceeding", "INVITE / send response",
              "101-199 from TU / send response", "transport err. / inform TU"),
          edge("Proceeding", "Completed", "300-699 from TU / send response"),
          edge("Proceeding", "Accepted", "2xx from TU / send response"),
          edge("Completed", "Completed", "INVITE / send response",
              "Timer G fires / send response", "transport err. / inform TU"),
          edge("Completed", "Confirmed", "ACK / -"),
          edge("Completed", "Terminated", "Timer H fires / inform TU"),
          edge("Confirmed", "Terminated", "Timer I fires / -"),
          edge("Accepted", "Accepted", "INVITE / -", "ACK / to TU",
              "2xx from TU / send response", "transport err. / inform TU"),
          edge("Accepted", "Terminated", "Timer L fires / -")));

  static final Figure NON_INVITE_SERVER = new Figure("non-INVITE server", "nist",
      "non-INVITE server transaction (RFC 3261 figure 8)", "request received / pass to TU",
      List.of(
          edge("Trying", "Proceeding", "1xx from TU / send response"),
          edge("Trying", "Completed", "200-699 from TU / send response"),
          edge("Proceeding", "Proceeding", "request / send response",
              "1xx from TU / send response"),
          edge("Proceeding", "Completed", "200-699 from TU / send response"),
          edge("Proceeding", "Terminated", "transport err. / inform TU"),
          edge("Completed", "Completed", "request / send response"),
          edge("Completed", "Terminated", "Timer J fires / -", "transport err. / inform TU")));

  static final List<Figure> ALL =
      List.of(INVITE_CLIENT, NON_INVITE_CLIENT, INVITE_SERVER, NON_INVITE_SERVER);

  private TransactionFigures() {}

  private static Edge edge(String from, String to, String... label) {
    return new Edge(from, to, List.of(label));
  }
}
