package org.siplab.sdp;

/**
 * Something the parser found wrong in a description, with the line it is on (counting from 1) and
 * the RFC section that says why.
 *
 * @param line the line number, from 1; problems of the whole description (a missing line) are on
 *     line 1
 * @param severity ERROR when no description could be built, WARNING when the parser went on
 * @param message a sentence saying what is wrong and what the parser did about it
 * @param rfcSection e.g. "RFC 4566 section 5.14"
 */
public record SdpProblem(int line, Severity severity, String message, String rfcSection) {

  public enum Severity {
    ERROR,
    WARNING
  }
}
