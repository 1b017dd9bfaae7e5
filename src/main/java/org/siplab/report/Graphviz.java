package org.siplab.report;

import guru.nidi.graphviz.engine.Format;
import guru.nidi.graphviz.engine.GraphvizV8Engine;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders DOT to SVG with graphviz-java's bundled JavaScript engine (viz.js) running in V8
 * (J2V8), and only with it: a {@code dot} that happens to be installed lays out differently, and
 * the same report must be the same bytes on every machine (DESIGN.md).
 *
 * <p>J2V8 unpacks its native library into the home folder unless told otherwise; it is told to use
 * a temporary folder, deleted when the JVM exits. A V8 runtime belongs to the thread that made it
 * (graphviz-java keeps one a thread), and starting one costs seconds, so every rendering runs on
 * one thread of its own and the runtime is made once a JVM. An engine that fails to start is not
 * tried again.
 */
final class Graphviz {

  private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(runnable -> {
    Thread t = new Thread(runnable, "siplab-graphviz");
    t.setDaemon(true);
    return t;
  });

  /** Touched by the graphviz thread only. */
  private static boolean started;
  private static DiagramException failure;

  private Graphviz() {}

  /** The SVG of a DOT graph, without the comments graphviz writes into it. */
  static String svg(String dot) {
    Future<String> result = THREAD.submit(() -> render(dot));
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DiagramException("interrupted while drawing a diagram", e, false);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof DiagramException d) {
        throw d;
      }
      throw new DiagramException("graphviz could not draw a diagram: " + e.getCause(),
          e.getCause(), false);
    }
  }

  private static String render(String dot) {
    start();
    String svg = guru.nidi.graphviz.engine.Graphviz.fromString(dot).render(Format.SVG)
        .toString();
    return svg.replaceAll("(?s)<!--.*?-->\\n?", "");
  }

  private static void start() {
    if (failure != null) {
      throw failure;
    }
    if (started) {
      return;
    }
    try {
      guru.nidi.graphviz.engine.Graphviz.useEngine(new GraphvizV8Engine(libraryFolder()));
      started = true;
    } catch (RuntimeException | LinkageError e) {
      failure = new DiagramException("the V8 JavaScript engine did not start: " + e, e, true);
      throw failure;
    }
  }

  private static String libraryFolder() {
    Path folder;
    try {
      folder = Files.createTempDirectory("siplab-j2v8-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a temporary folder for the V8 library", e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder.toFile())));
    return folder.toString();
  }

  private static void delete(File folder) {
    File[] files = folder.listFiles();
    if (files != null) {
      for (File f : files) {
        f.delete();
      }
    }
    folder.delete();
  }
}
