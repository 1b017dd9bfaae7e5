package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.codec.Diagnostic;

@DisplayName("a linted file")
class LintedFileTest {

  /** An unreadable start line, then a bad UTF-8 byte on line 2 and no empty line at the end. */
  private static final byte[] BROKEN = {
    'H', 'E', 'L', 'L', 'O', '\r', '\n', 'V', 'i', 'a', ':', ' ', 'c', 'a', 'f', (byte) 0xE9,
    '\r', '\n'
  };

  @Test
  @DisplayName("gives its diagnostics in message order even when the start line is unreadable")
  void messageOrder() {
    LintedFile f = LintedFile.parse("broken.sip", BROKEN);
    assertFalse(f.isValid());
    List<Integer> lines = f.diagnostics().stream().map(Diagnostic::line).toList();
    // The start line; the bad byte, then the Via read after the start line breaks at it; the
    // missing empty line, and the missing Content-Length (a warning).
    assertEquals(List.of(1, 2, 2, 3, 3), lines);
    assertEquals(List.of(1, 2, 2, 3), f.errors().stream().map(Diagnostic::line).toList());
  }
}
