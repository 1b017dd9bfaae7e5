package org.siplab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The value of {@code --out DIR}. An empty one ({@code --out ""}, a shell variable that was not
 * set) would quietly write into the current folder; it is bad usage instead (exit 2).
 */
final class DirectoryArgument implements ITypeConverter<Path> {

  @Override
  public Path convert(String value) {
    if (value.isBlank()) {
      throw new TypeConversionException("the folder is empty; expected a folder name, such as"
          + " reports");
    }
    return Path.of(value);
  }

  /**
   * Why folder {@code dir} cannot be made, because a file stands where it or a folder above it
   * must be, as {@code FILE: cannot write: ...}; or null. The commands ask before they run
   * anything: otherwise a run is done for nothing, a gallery says it once a scenario, and the
   * words are the operating system's ("Not a directory").
   */
  static String blocked(Path dir) {
    for (Path folder = dir; folder != null; folder = folder.getParent()) {
      if (Files.exists(folder)) {
        return Files.isDirectory(folder) ? null : TextLayout.printable(folder.toString())
            + ": cannot write: a file of that name is in the way of the folder";
      }
    }
    return null;
  }
}
