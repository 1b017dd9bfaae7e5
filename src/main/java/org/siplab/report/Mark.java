package org.siplab.report;

/**
 * A small mark on an element's line: a timer firing, a transaction or dialog changing state, a
 * binding, a media change, a script action, or a finding on an event that is not a send.
 *
 * @param afterRow the arrow it follows, or -1 when it comes before the first arrow
 * @param kind the mark's shape and colour: timer, transaction, dialog, binding, media, action,
 *     or finding-error, finding-warning, finding-info
 * @param event the seq of the event it marks
 */
record Mark(int afterRow, int column, String kind, long event) {}
