package org.siplab.trace;

/**
 * A rule the run broke, as the checker reports it and trace.json stores it.
 *
 * @param rule the rule id, such as CSEQ-003
 * @param severity "error" (a MUST), "warning" (a SHOULD) or "info" (a teaching point)
 * @param event the seq of the event that breaks the rule
 * @param rfc the section that states the rule
 */
public record Finding(String rule, String severity, long event, String message, String rfc) {}
