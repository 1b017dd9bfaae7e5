package org.siplab.auth;

/**
 * The result of reading a challenge or credentials from parameters: the record, or why it could not
 * be read. Bad input is a value here, never an exception.
 */
public sealed interface Parsed<T> {

  /** The parameters held what the record needs. */
  record Ok<T>(T value) implements Parsed<T> {}

  /** A required parameter is missing; RFC 2617 section 3.2.2 answers such a request with 400. */
  record Missing<T>(String parameter, String explanation, String rfcSection) implements Parsed<T> {}
}
