package org.siplab.scenario.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.siplab.scenario.model.SourcePosition;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Reads a scenario file as UTF-8 text, saying where a byte that is not UTF-8 is. */
final class ScenarioFile {

  /** The text, or why there is none. */
  record Read(Optional<String> text, LoadError error) {}

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private ScenarioFile() {}

  /**
   * The YAML reader takes at most this many characters (snakeyaml-engine's default limit), so a
   * file of more than four bytes each cannot load.
   */
  private static final int MAX_CHARACTERS = LoadSettings.builder().build().getCodePointLimit();

  /**
   * Reading stops after this many bytes, so that a file that never ends (a device such as
   * /dev/zero, a pipe) is an error at 1:1, exit 2, instead of filling the memory and ending in a
   * stack trace (DESIGN.md). No file the YAML reader could take is refused.
   */
  static final int MAX_BYTES = 16 << 20;

  /** Reads {@code path}; {@code file} is how errors name it. */
  static Read read(Path path, String file) {
    if (Files.isDirectory(path)) {
      // siplab run scenarios/teaching, meant as "run these": the shell's glob does that.
      String folder = ShellWord.of(file.endsWith("/") ? file : file + "/");
      return failed(new SourcePosition(file, 1, 1), "this is a folder, not a file; expected a"
          + " scenario file (to run every scenario in the folder: siplab run " + folder
          + "*.yaml)");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        return failed(new SourcePosition(file, 1, 1), "the file is larger than " + MAX_BYTES
            + " bytes; expected a scenario file, which the loader takes up to " + MAX_CHARACTERS
            + " characters");
      }
    } catch (NoSuchFileException e) {
      return failed(new SourcePosition(file, 1, 1), "no such file; expected a scenario file"
          + withExtension(path).map(named -> "; did you mean " + named + "?").orElse(""));
    } catch (IOException | SecurityException e) {
      return failed(new SourcePosition(file, 1, 1), "cannot read the file (" + e.getMessage()
          + "); expected a readable scenario file");
    }
    return decode(file, bytes);
  }

  /**
   * {@code path.yaml} or {@code path.yml} when one exists and {@code path} has no such ending:
   * {@code siplab new my-first} writes my-first.yaml, and {@code siplab run my-first} is the
   * natural next thing to type.
   */
  private static Optional<String> withExtension(Path path) {
    String name = path.toString();
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return Optional.empty();
    }
    for (String extension : new String[] {".yaml", ".yml"}) {
      if (Files.isRegularFile(Path.of(name + extension))) {
        return Optional.of(name + extension);
      }
    }
    return Optional.empty();
  }

  private static Read decode(String file, byte[] bytes) {
    Optional<String> otherKind = NotAScenario.ofBytes(file, bytes);
    if (otherKind.isPresent()) {
      return failed(new SourcePosition(file, 1, 1), otherKind.get());
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      String decoded = decoder.decode(in).toString();
      String text = decoded.isEmpty() || decoded.charAt(0) != BYTE_ORDER_MARK
          ? decoded : decoded.substring(1);
      return NotAScenario.ofText(file, text)
          .map(why -> failed(new SourcePosition(file, 1, 1), why))
          .orElseGet(() -> new Read(Optional.of(text), null));
    } catch (CharacterCodingException e) {
      return failed(positionOfByte(file, bytes), "this byte is not UTF-8 text; expected the file"
          + " saved as UTF-8");
    }
  }

  /** Where the first byte that is not UTF-8 is: decodes the good prefix and counts. */
  private static SourcePosition positionOfByte(String file, byte[] bytes) {
    String good = new String(bytes, StandardCharsets.UTF_8);
    int bad = good.indexOf('\uFFFD');
    String prefix = bad < 0 ? good : good.substring(0, bad);
    return YamlSource.positionOfCodePoint(file, prefix, prefix.codePointCount(0, prefix.length()));
  }

  private static Read failed(SourcePosition at, String message) {
    return new Read(Optional.empty(), new LoadError(at, message));
  }
}
