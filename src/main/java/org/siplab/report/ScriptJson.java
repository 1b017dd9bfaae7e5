package org.siplab.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import java.io.IOException;
import java.io.Writer;

/**
 * JSON for a {@code <script type="application/json">} block. Every {@code <}, {@code >} and
 * {@code &} is written as a {@code \u003c}-style escape, so no message text can close the block
 * ({@code </script>}) or open a comment in it, whatever it holds; JSON.parse reads the escapes
 * back as the same characters.
 */
final class ScriptJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private ScriptJson() {}

  static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.setCharacterEscapes(new HtmlSafeEscapes());
    return g;
  }

  private static final class HtmlSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    HtmlSafeEscapes() {
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
