package org.siplab.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Digest test vectors (corpus/digest/vectors.tsv)")
class DigestVectorsTest {

  private static final Set<String> CLASSIC = Set.of("MD5", "MD5-sess", "SHA-256");

  static Stream<Arguments> classicRows() {
    return DigestVectors.rows().stream()
        .filter(row -> CLASSIC.contains(row.get("algorithm")))
        .map(row -> Arguments.of(row.get("id"), row));
  }

  @Test
  @DisplayName("the file holds the ten MD5, MD5-sess and SHA-256 rows it is known to hold")
  void theClassicRowsAreAllRead() {
    assertEquals(10, classicRows().count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("classicRows")
  @DisplayName("each MD5, MD5-sess and SHA-256 row gives the published HA1, HA2 and response")
  void classicRowVerifies(String id, Map<String, String> row) {
    assertRowMatches(row, DigestAlgorithm.fromToken(row.get("algorithm")).orElseThrow());
  }

  @Test
  @DisplayName(
      "the RFC 7616 3.9.2 row as corrected by erratum 4897 matches FIPS SHA-512/256, userhash"
          + " included")
  void erratumRowMatchesFipsSha512256() {
    Map<String, String> row = DigestVectors.row("rfc7616-3.9.2-erratum4897");
    assertRowMatches(row, DigestAlgorithm.SHA_512_256);
    assertEquals(
        row.get("expected_username_param"),
        DigestCalculator.userhash(
            DigestAlgorithm.SHA_512_256, row.get("username"), row.get("realm")));
  }

  @Test
  @DisplayName(
      "the RFC 7616 3.9.2 values as published do not match SHA-512-256, because they were made "
          + "with SHA-512 cut to 256 bits, not FIPS 180-4 SHA-512/256 with its own initial values")
  void publishedRowIsTruncatedSha512NotSha512256() {
    Map<String, String> row = DigestVectors.row("rfc7616-3.9.2-as-published");
    String a1 = row.get("username") + ":" + row.get("realm") + ":" + row.get("password");
    assertNotEquals(row.get("expected_HA1"), DigestAlgorithm.SHA_512_256.hash(a1));
    assertEquals(row.get("expected_HA1"), truncatedSha512(a1));
    String ha1 =
        DigestCalculator.ha1(
            DigestAlgorithm.SHA_512_256,
            row.get("username"),
            row.get("realm"),
            row.get("password"),
            row.get("nonce"),
            row.get("cnonce"));
    String ha2 =
        DigestCalculator.ha2(
            DigestAlgorithm.SHA_512_256,
            Qop.AUTH,
            row.get("method"),
            row.get("digest_uri"),
            new byte[0]);
    assertNotEquals(row.get("expected_HA2"), ha2);
    assertNotEquals(
        row.get("expected_response"),
        DigestCalculator.response(
            DigestAlgorithm.SHA_512_256,
            ha1,
            row.get("nonce"),
            row.get("nc"),
            row.get("cnonce"),
            Qop.AUTH,
            ha2));
  }

  @Test
  @DisplayName("SHA-512-256 of the empty string is the FIPS 180-4 value, not truncated SHA-512")
  void sha512256IsTheFipsFunction() {
    assertEquals(
        "c672b8d1ef56ed28ab87c3622c5114069bdd3ad7b8f9737498d0c01ecef0967a",
        DigestAlgorithm.SHA_512_256.hash(""));
  }

  private static void assertRowMatches(Map<String, String> row, DigestAlgorithm algorithm) {
    Qop qop = DigestVectors.qop(row);
    String cnonce = row.get("cnonce").isEmpty() ? null : row.get("cnonce");
    String nc = row.get("nc").isEmpty() ? null : row.get("nc");
    String ha1 =
        DigestCalculator.ha1(
            algorithm,
            row.get("username"),
            row.get("realm"),
            row.get("password"),
            row.get("nonce"),
            cnonce);
    String ha2 =
        DigestCalculator.ha2(
            algorithm, qop, row.get("method"), row.get("digest_uri"), DigestVectors.body(row));
    String response =
        DigestCalculator.response(algorithm, ha1, row.get("nonce"), nc, cnonce, qop, ha2);
    assertEquals(
        List.of(row.get("expected_HA1"), row.get("expected_HA2"), row.get("expected_response")),
        List.of(ha1, ha2, response),
        row.get("id"));
  }

  private static String truncatedSha512(String text) {
    try {
      byte[] full =
          MessageDigest.getInstance("SHA-512").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(Arrays.copyOf(full, 32));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
