package org.siplab.dialog;

/**
 * The checks RFC 3261 section 8.2 has a UAS make before it acts on a request, in the order it
 * gives ("UASs SHOULD process the requests in the order of the steps that follow in this section"),
 * split in two where the UA core's own step falls between them: the check for a merged request
 * (section 8.2.2.2), which needs the core's memory of ongoing transactions. The core asks the
 * application for each stage in turn ({@link UaApplication#inspect}).
 */
public enum Inspection {

  /** The method (section 8.2.1: 405, or 501), then the To and Request-URI (8.2.2.1: 416, 404). */
  METHOD_AND_ADDRESS,

  /** The Require header field (section 8.2.2.3: 420), then the body (8.2.3: 415). */
  EXTENSIONS_AND_BODY
}
