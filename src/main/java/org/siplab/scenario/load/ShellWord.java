package org.siplab.scenario.load;

/** A file name as a POSIX shell takes it, for the commands that messages suggest. */
public final class ShellWord {

  private ShellWord() {}

  /**
   * {@code file} as one shell word: as it is when it holds no character the shell treats
   * specially, else in single quotes; a name that starts with '-' gets "./" so that the command
   * does not read it as an option.
   */
  public static String of(String file) {
    String word = file.startsWith("-") ? "./" + file : file;
    if (word.matches("[A-Za-z0-9._/+@:%=,-]+")) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
