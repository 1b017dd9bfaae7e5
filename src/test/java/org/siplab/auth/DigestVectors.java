package org.siplab.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads src/test/resources/corpus/digest/vectors.tsv: one map a row, keyed by the header's names.
 */
final class DigestVectors {

  private DigestVectors() {}

  static List<Map<String, String>> rows() {
    String[] lines = new String(resource("vectors.tsv"), StandardCharsets.UTF_8).split("\n");
    String[] header = lines[0].split("\t", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] cells = lines[i].split("\t", -1);
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < header.length; c++) {
        row.put(header[c], c < cells.length ? cells[c] : "");
      }
      rows.add(row);
    }
    return rows;
  }

  static Map<String, String> row(String id) {
    return rows().stream().filter(row -> row.get("id").equals(id)).findFirst().orElseThrow();
  }

  /** The entity body of a row: the named file, or nothing ("" or "(empty body)"). */
  static byte[] body(Map<String, String> row) {
    String cell = row.get("entity_body");
    if (cell.startsWith("smith-auth-int-body.sdp")) {
      return resource("smith-auth-int-body.sdp");
    }
    return new byte[0];
  }

  static Qop qop(Map<String, String> row) {
    return row.get("qop").isEmpty() ? Qop.NONE : Qop.fromToken(row.get("qop")).orElseThrow();
  }

  static byte[] resource(String name) {
    try (InputStream in = DigestVectors.class.getResourceAsStream("/corpus/digest/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource corpus/digest/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
