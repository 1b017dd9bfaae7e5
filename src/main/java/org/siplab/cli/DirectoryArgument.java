package org.siplab.cli;

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
}
