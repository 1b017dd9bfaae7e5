package org.siplab.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Where things are in a trace.json's text, for its error messages: a {@code JsonNode} keeps no
 * positions, so they are found again by reading the text as tokens. Lines and columns count from
 * 1, columns in characters (code points, as the SIP parser and the scenario loader count them, not
 * Jackson's UTF-16 units); CRLF, CR and LF each end a line.
 */
final class JsonPositions {

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonPositions() {}

  /** {line, column} of the character at {@code offset} (a UTF-16 index into {@code text}). */
  static int[] at(String text, long offset) {
    int end = (int) Math.max(0, Math.min(offset, text.length()));
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, text.codePointCount(lineStart, end) + 1};
  }

  /** The offset of the top-level value (after leading white space), or 0. */
  static long root(String json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      return p.nextToken() == null ? json.length() : p.currentTokenLocation().getCharOffset();
    } catch (IOException e) {
      return 0;
    }
  }

  /** The offset of the value of the top-level {@code field}, or 0. */
  static long field(String json, String field) {
    try (JsonParser p = FACTORY.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return 0;
      }
      long at = valueIn(p, field);
      return at < 0 ? 0 : at;
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * The offset of the value of {@code field} in {@code events[index]}, or of the event itself when
   * it has no such field; 0 when there is no such event. Only called on text that is valid JSON.
   */
  static long eventField(String json, int index, String field) {
    return itemField(json, "events", index, field);
  }

  /** As {@link #eventField}, in the top-level list {@code list} (such as "findings"). */
  static long itemField(String json, String list, int index, String field) {
    try (JsonParser p = FACTORY.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return 0;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        if (p.nextToken() == JsonToken.START_ARRAY && name.equals(list)) {
          return inItems(p, index, field);
        }
        p.skipChildren();
      }
      return 0;
    } catch (IOException e) {
      return 0;
    }
  }

  private static long inItems(JsonParser p, int index, String field) throws IOException {
    for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
      if (i < index) {
        p.skipChildren();
        continue;
      }
      long start = p.currentTokenLocation().getCharOffset();
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return start;
      }
      long at = valueIn(p, field);
      return at < 0 ? start : at;
    }
    return 0;
  }

  /**
   * The offset of the value of {@code field} in the object whose start the parser has just read,
   * or -1 when the object has no such field.
   */
  private static long valueIn(JsonParser p, String field) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals(field)) {
        return p.currentTokenLocation().getCharOffset();
      }
      p.skipChildren();
    }
    return -1;
  }

  /**
   * The offset of the value at {@code path} (field names and list indexes, from the top level),
   * or of the deepest value on the path that is there; 0 when not even the first step is. Only
   * called on text that is valid JSON.
   */
  static long path(String json, Object... path) {
    try (JsonParser p = FACTORY.createParser(json)) {
      JsonToken token = p.nextToken();
      long found = 0;
      for (Object step : path) {
        long at = token == JsonToken.START_OBJECT && step instanceof String field
            ? valueIn(p, field)
            : token == JsonToken.START_ARRAY && step instanceof Integer index
                ? itemIn(p, index)
                : -1;
        if (at < 0) {
          return found;
        }
        found = at;
        token = p.currentToken();
      }
      return found;
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * The offset of item {@code index} of the list whose start the parser has just read, with the
   * parser on it; -1 when the list is shorter.
   */
  private static long itemIn(JsonParser p, int index) throws IOException {
    for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
      if (i == index) {
        return p.currentTokenLocation().getCharOffset();
      }
      p.skipChildren();
    }
    return -1;
  }

  /**
   * The offset of the first '[' or '{' that opens a value more than {@code limit} deep, outside
   * strings, or 0. Jackson refuses such a document without saying where.
   */
  static long tooDeep(String json, int limit) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{') {
        if (++depth > limit) {
          return i;
        }
      } else if (c == ']' || c == '}') {
        depth--;
      }
    }
    return 0;
  }
}
