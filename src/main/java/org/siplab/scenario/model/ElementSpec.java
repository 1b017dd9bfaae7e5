package org.siplab.scenario.model;

import java.util.List;
import org.siplab.sim.Endpoint;

/** One element of a scenario, one record per kind; the common part is {@link #core()}. */
public sealed interface ElementSpec
    permits PhoneSpec, ProxySpec, RegistrarSpec, RedirectSpec, PbxSpec {

  ElementCore core();

  default String name() {
    return core().name();
  }

  default ElementKind kind() {
    return core().kind();
  }

  default Endpoint address() {
    return core().address();
  }

  default List<String> misbehave() {
    return core().misbehave();
  }

  default Options options() {
    return core().options();
  }

  default SourcePosition position() {
    return core().position();
  }
}
