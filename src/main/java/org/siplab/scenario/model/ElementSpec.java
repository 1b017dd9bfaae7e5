package org.siplab.scenario.model;

import java.util.List;
import java.util.Optional;
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

  /**
   * The domain this element answers for as a server: a proxy's, registrar's, redirect server's or
   * PBX's {@code domain}. A phone serves none (the network may still resolve its AOR's domain to
   * it when no server has that domain).
   */
  default Optional<String> servedDomain() {
    if (this instanceof ProxySpec p) {
      return p.domain();
    } else if (this instanceof RegistrarSpec r) {
      return Optional.of(r.domain());
    } else if (this instanceof RedirectSpec r) {
      return r.domain();
    } else if (this instanceof PbxSpec p) {
      return p.domain();
    }
    return Optional.empty();
  }
}
