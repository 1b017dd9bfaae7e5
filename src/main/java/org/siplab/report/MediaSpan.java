package org.siplab.report;

/**
 * A media session drawn as a band between two phones' lines, from the row after which it started
 * to the row after which it ended (the last row when it never did).
 */
record MediaSpan(int leftColumn, int rightColumn, int startRow, int endRow, String codec) {}
