package org.siplab.check;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 3261 section 20, Tables 2 and 3: for each header field, where it may appear and, for each of
 * the six methods of RFC 3261, whether it is mandatory, optional, conditional or not applicable.
 * Only "not applicable" ({@code -}) is read here: "'Not applicable' means that the header field
 * MUST NOT be present in a request ... a header field labeled 'not applicable' for a response
 * means that the UAS MUST NOT place the header field in the response".
 *
 * <p>The rows are the tables' own, the proxy column left out, so they can be read against the RFC
 * line by line. The "where" column: {@code R} a request, {@code r} a response, {@code c} copied
 * from the request to the response, empty both; otherwise the responses it applies to, as codes
 * ({@code 415}), classes ({@code 2xx}, {@code 18x}) or ranges ({@code 300-699}), comma-separated.
 */
final class Applicability {

  /** The methods the tables have columns for, in their order. */
  static final List<String> METHODS = List.of("ACK", "BYE", "CANCEL", "INVITE", "OPTIONS",
      "REGISTER");

  private static final String[] TABLES = {
    // header field       | where                           | ACK BYE CAN INV OPT REG
    "Accept               | R                               | -   o   -   o   m*  o",
    "Accept               | 2xx                             | -   -   -   o   m*  o",
    "Accept               | 415                             | -   c   -   c   c   c",
    "Accept-Encoding      | R                               | -   o   -   o   o   o",
    "Accept-Encoding      | 2xx                             | -   -   -   o   m*  o",
    "Accept-Encoding      | 415                             | -   c   -   c   c   c",
    "Accept-Language      | R                               | -   o   -   o   o   o",
    "Accept-Language      | 2xx                             | -   -   -   o   m*  o",
    "Accept-Language      | 415                             | -   c   -   c   c   c",
    "Alert-Info           | R                               | -   -   -   o   -   -",
    "Alert-Info           | 180                             | -   -   -   o   -   -",
    "Allow                | R                               | -   o   -   o   o   o",
    "Allow                | 2xx                             | -   o   -   m*  m*  o",
    "Allow                | r                               | -   o   -   o   o   o",
    "Allow                | 405                             | -   m   -   m   m   m",
    "Authentication-Info  | 2xx                             | -   o   -   o   o   o",
    "Authorization        | R                               | o   o   o   o   o   o",
    "Call-ID              | c                               | m   m   m   m   m   m",
    "Call-Info            |                                 | -   -   -   o   o   o",
    "Contact              | R                               | o   -   -   m   o   o",
    "Contact              | 1xx                             | -   -   -   o   -   -",
    "Contact              | 2xx                             | -   -   -   m   o   o",
    "Contact              | 3xx                             | -   o   -   o   o   o",
    "Contact              | 485                             | -   o   -   o   o   o",
    "Content-Disposition  |                                 | o   o   -   o   o   o",
    "Content-Encoding     |                                 | o   o   -   o   o   o",
    "Content-Language     |                                 | o   o   -   o   o   o",
    "Content-Length       |                                 | t   t   t   t   t   t",
    "Content-Type         |                                 | *   *   -   *   *   *",
    "CSeq                 | c                               | m   m   m   m   m   m",
    "Date                 |                                 | o   o   o   o   o   o",
    "Error-Info           | 300-699                         | -   o   o   o   o   o",
    "Expires              |                                 | -   -   -   o   -   o",
    "From                 | c                               | m   m   m   m   m   m",
    "In-Reply-To          | R                               | -   -   -   o   -   -",
    "Max-Forwards         | R                               | m   m   m   m   m   m",
    "Min-Expires          | 423                             | -   -   -   -   -   m",
    "MIME-Version         |                                 | o   o   -   o   o   o",
    "Organization         |                                 | -   -   -   o   o   o",
    "Priority             | R                               | -   -   -   o   -   -",
    "Proxy-Authenticate   | 407                             | -   m   -   m   m   m",
    "Proxy-Authenticate   | 401                             | -   o   o   o   o   o",
    "Proxy-Authorization  | R                               | o   o   -   o   o   o",
    "Proxy-Require        | R                               | -   o   -   o   o   o",
    "Record-Route         | R                               | o   o   o   o   o   -",
    "Record-Route         | 2xx,18x                         | -   o   o   o   o   -",
    "Reply-To             |                                 | -   -   -   o   -   -",
    "Require              |                                 | -   c   -   c   c   c",
    "Retry-After          | 404,413,480,486,500,503,600,603 | -   o   o   o   o   o",
    "Route                | R                               | c   c   c   c   c   c",
    "Server               | r                               | -   o   o   o   o   o",
    "Subject              | R                               | -   -   -   o   -   -",
    "Supported            | R                               | -   o   o   m*  o   o",
    "Supported            | 2xx                             | -   o   o   m*  m*  o",
    "Timestamp            |                                 | o   o   o   o   o   o",
    "To                   | c                               | m   m   m   m   m   m",
    "Unsupported          | 420                             | -   m   -   m   m   m",
    "User-Agent           |                                 | o   o   o   o   o   o",
    "Via                  | R                               | m   m   m   m   m   m",
    "Via                  | rc                              | m   m   m   m   m   m",
    "Warning              | r                               | -   o   o   o   o   o",
    "WWW-Authenticate     | 401                             | -   m   -   m   m   m",
    "WWW-Authenticate     | 407                             | -   o   -   o   o   o",
  };

  /** One row: the field, where it applies, and its mark for each of {@link #METHODS}. */
  record Row(String field, String where, List<String> marks) {

    boolean notApplicable(String method) {
      int column = METHODS.indexOf(method);
      return column >= 0 && marks.get(column).equals("-");
    }

    /** Whether the row speaks of requests ({@code R}, copied, or both). */
    boolean forRequests() {
      return where.isEmpty() || where.equals("R") || where.startsWith("c");
    }

    /** Whether the row speaks of a response with this status code. */
    boolean forResponse(int status) {
      if (where.isEmpty() || where.equals("r") || where.startsWith("c") || where.equals("rc")) {
        return true;
      }
      for (String item : where.split(",")) {
        if (covers(item, status)) {
          return true;
        }
      }
      return false;
    }

    private static boolean covers(String item, int status) {
      if (item.endsWith("xx")) {
        return status / 100 == item.charAt(0) - '0';
      }
      if (item.endsWith("x")) {
        return status / 10 == Integer.parseInt(item.substring(0, 2));
      }
      int dash = item.indexOf('-');
      if (dash > 0) {
        return status >= Integer.parseInt(item.substring(0, dash))
            && status <= Integer.parseInt(item.substring(dash + 1));
      }
      return item.matches("[0-9]{3}") && status == Integer.parseInt(item);
    }
  }

  static final List<Row> ROWS = rows();

  private Applicability() {}

  /**
   * The row that says the field must not be in a request of this method (the field's name
   * compared ignoring case), or null.
   */
  static Row forbiddenInRequest(String field, String method) {
    for (Row row : ROWS) {
      if (row.field().equalsIgnoreCase(field) && row.forRequests() && row.notApplicable(method)) {
        return row;
      }
    }
    return null;
  }

  /** The row that says the field must not be in this response to this method, or null. */
  static Row forbiddenInResponse(String field, int status, String method) {
    for (Row row : ROWS) {
      if (row.field().equalsIgnoreCase(field) && row.forResponse(status)
          && row.notApplicable(method)) {
        return row;
      }
    }
    return null;
  }

  private static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (String line : TABLES) {
      String[] parts = line.split("\\|");
      List<String> marks = List.of(parts[2].trim().split(" +"));
      if (marks.size() != METHODS.size()) {
        throw new IllegalStateException("a row of Tables 2 and 3 needs six marks: " + line);
      }
      rows.add(new Row(parts[0].trim(), parts[1].trim(), marks));
    }
    return List.copyOf(rows);
  }
}
