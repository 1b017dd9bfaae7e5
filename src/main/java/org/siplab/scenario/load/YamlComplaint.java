package org.siplab.scenario.load;

/**
 * What snakeyaml-engine said when it gave up on a file, in its own words: the problem, the context
 * it was in ("while parsing a flow mapping"), where it gave up, and where that context started (the
 * '{' of the flow mapping, the first character of the key it was scanning). Lines and columns count
 * from 1; a context line of 0 means it gave none.
 */
record YamlComplaint(String problem, String context, int line, int column, int contextLine,
    int contextColumn) {

  YamlComplaint {
    problem = problem == null ? "" : problem;
    context = context == null ? "" : context;
  }

  boolean hasContext() {
    return contextLine > 0;
  }
}
