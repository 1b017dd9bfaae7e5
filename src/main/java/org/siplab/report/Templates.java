package org.siplab.report;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The report's FreeMarker templates and the CSS and JavaScript they inline, from the class path
 * ({@code org/siplab/report/}). Templates use the HTML output format, so every {@code ${...}} is
 * escaped unless it is SVG or HTML the report made itself and marks {@code ?no_esc}. Numbers,
 * dates and booleans are formatted without locale or time zone (DESIGN.md).
 */
final class Templates {

  private static final String FOLDER = "/org/siplab/report/";
  private static final Configuration CONFIG = configuration();

  private Templates() {}

  static String render(String template, Map<String, Object> model) {
    StringWriter out = new StringWriter(1 << 16);
    try {
      CONFIG.getTemplate(template).process(plain(model), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException("report template " + template + " failed: "
          + e.getMessage(), e);
    }
    return out.toString();
  }

  /**
   * The model with every record turned into a map of its components, recursively. FreeMarker
   * reads only public classes, and the report's view records stay package-private: they are not
   * API.
   */
  static Object plain(Object value) {
    if (value instanceof Record r) {
      Map<String, Object> fields = new LinkedHashMap<>();
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        fields.put(c.getName(), plain(read(c, r)));
      }
      return fields;
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(k, plain(v)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(v -> copy.add(plain(v)));
      return copy;
    }
    return value;
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + component + " of a report view", e);
    }
  }

  /** A text resource of the report (CSS, JavaScript), as UTF-8. */
  static String resource(String name) {
    try (InputStream in = Templates.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("missing report resource " + FOLDER + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Configuration configuration() {
    Configuration c = new Configuration(Configuration.VERSION_2_3_34);
    c.setClassForTemplateLoading(Templates.class, FOLDER);
    c.setDefaultEncoding("UTF-8");
    c.setLocalizedLookup(false);
    c.setOutputFormat(HTMLOutputFormat.INSTANCE);
    c.setLocale(Locale.ROOT);
    c.setTimeZone(TimeZone.getTimeZone("UTC"));
    c.setNumberFormat("computer");
    c.setBooleanFormat("c");
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    c.setAPIBuiltinEnabled(false);
    return c;
  }
}
