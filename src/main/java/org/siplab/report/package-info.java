/**
 * HTML reports of runs: one self-contained page a run (CSS, JavaScript, SVG and data inline, so it
 * works from a USB stick with no network) that draws the ladder and explains every step, and a
 * gallery page listing runs with their verdicts.
 *
 * <h2>Use</h2>
 *
 * <pre>{@code
 * ReportInput input = ReportInput.of(trace, findings, runSummary)   // runSummary may be null
 *     .withAnnotations(annotator)                                  // seq -> explanation
 *     .withNotes(notes);                                           // seq -> learner note path
 * Report.write(input, Path.of("reports/call"));                    // reports/call/index.html
 * Gallery.write(Path.of("reports"), List.of(new Gallery.Entry("call", input)));
 * }</pre>
 *
 * <h2>The page</h2>
 *
 * The header gives the scenario, its description (Markdown, raw HTML escaped), the seed, the
 * command that replays it, each expectation's verdict and the findings by severity. The ladder has
 * a column an element and an arrow a datagram: a {@code <g class="a">} whose {@code data-seq} is
 * its send event's seq (DESIGN.md). Retransmissions are dashed and name their timer, a lost
 * datagram ends half way in a cross with its reason, a duplicated one carries "×2", and marks on
 * the element lines show timers firing, state changes, actions and findings. Arrows are coloured
 * by transaction or by dialog.
 *
 * <p>Selecting a step (clicking its arrow) shows its wire text with Call-ID, CSeq, tags and branch
 * marked, its annotation, its findings with the RFC's words, what followed it, its transaction's
 * state machine with the states visited so far, and the state of every element when it left.
 * Keys: {@code j}, right or down arrow for the next step; {@code k}, left or up arrow for the
 * previous one; Home and End for the first and last; space or {@code p} to play; {@code c} to
 * switch the colouring. {@code #seq=N} in the address selects a step.
 *
 * <h2>Safety and determinism</h2>
 *
 * Templates use FreeMarker's HTML output format, so everything is escaped unless marked as markup
 * the report made itself (its SVG); the data block escapes {@code <}, {@code >} and {@code &}; the
 * script puts message text in the page with textContent only. The same input gives the same bytes
 * on every machine: no clock, no absolute path, ordered maps, integer coordinates, numbers without
 * locale, LF line ends, and diagrams from graphviz-java's bundled V8 engine only (see {@link
 * org.siplab.report.Graphviz}).
 */
package org.siplab.report;
