package org.siplab.scenario.run;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.siplab.element.Element;
import org.siplab.element.LocationService;
import org.siplab.element.proxy.Forking;
import org.siplab.element.proxy.Misbehaviour;
import org.siplab.element.proxy.ProxyConfig;
import org.siplab.element.proxy.StatefulProxy;
import org.siplab.element.redirect.RedirectConfig;
import org.siplab.element.redirect.RedirectServer;
import org.siplab.element.registrar.Registrar;
import org.siplab.element.registrar.RegistrarConfig;
import org.siplab.message.HostPort;
import org.siplab.message.Parameters;
import org.siplab.message.SipUri;
import org.siplab.scenario.model.Action;
import org.siplab.scenario.model.ElementSpec;
import org.siplab.scenario.model.ProxySpec;
import org.siplab.scenario.model.RedirectSpec;
import org.siplab.scenario.model.RegistrarSpec;
import org.siplab.sim.Endpoint;

/**
 * The scenario's servers: {@code kind: registrar}, {@code proxy} and {@code redirect}. Servers have
 * no script actions; a registrar lends its location service to the proxies and redirect servers
 * that name it.
 */
final class ServerAdapters {

  private ServerAdapters() {}

  static ElementAdapter registrar(RegistrarSpec s) {
    RegistrarConfig config = RegistrarConfig.of(s.domain())
        .withUsers(s.users())
        .withRealm(s.realm())
        .withAlgorithm(s.algorithm())
        .withMinExpiresUs(s.minExpires().micros())
        .withPermissions(s.permissions())
        .withMisbehave(s.misbehave());
    if (s.maxExpires().isPresent()) {
      config = config.withMaxExpiresUs(s.maxExpires().get().micros());
    }
    if (s.nonceLifetime().isPresent()) {
      config = config.withNonceLifetimeUs(s.nonceLifetime().get().micros());
    }
    Registrar registrar = new Registrar(s.name(), config);
    return server(registrar, Optional.of(registrar));
  }

  static ElementAdapter proxy(ProxySpec s, Map<String, ElementAdapter> built,
      Map<String, ElementSpec> specs) {
    ProxyConfig config = ProxyConfig.defaults()
        .withRecordRoute(s.recordRoute())
        .withForking(s.forking() == ProxySpec.Forking.PARALLEL ? Forking.PARALLEL
            : Forking.SEQUENTIAL)
        .withTimerCUs(s.timerC().micros());
    if (s.domain().isPresent()) {
      config = config.withDomain(s.domain().get(), locations(s.registrar(), built));
      if (s.registrar().isPresent()) {
        // A phone may send its REGISTER to this proxy (section 10.2); it goes on to the registrar.
        config = config.withRegistrar(uriOf(specs.get(s.registrar().get()).address()));
      }
    }
    if (s.auth().isPresent()) {
      config = config.withAuth(s.auth().get().realm(), s.auth().get().users());
    }
    if (s.alg()) {
      config = config.withAlg(s.publicAddress().map(a -> a.address()).orElse(null), 0);
    }
    for (String word : s.misbehave()) {
      config = config.withMisbehaviour(Misbehaviour.fromKey(word));
    }
    return server(new StatefulProxy(s.name(), config), Optional.empty());
  }

  /** The SIP URI that reaches an element's endpoint, such as {@code sip:192.0.2.11}. */
  private static SipUri uriOf(Endpoint endpoint) {
    String host = HostPort.hostOf(endpoint.address());
    HostPort hostPort = endpoint.port() == 5060 ? HostPort.of(host)
        : new HostPort(host, endpoint.port());
    return new SipUri(false, null, null, hostPort, Parameters.NONE, Parameters.NONE);
  }

  static ElementAdapter redirect(RedirectSpec s, Map<String, ElementAdapter> built) {
    RedirectConfig config = s.registrar().isPresent()
        ? RedirectConfig.reading(locations(s.registrar(), built))
        : RedirectConfig.withContacts(s.contacts());
    if (s.domain().isPresent()) {
      config = config.withDomain(s.domain().get());
    }
    for (String word : s.misbehave()) {
      config = config.withMisbehaviour(org.siplab.element.redirect.Misbehaviour.fromKey(word));
    }
    return server(new RedirectServer(s.name(), config), Optional.empty());
  }

  /**
   * The location service of the registrar (or PBX) an element names; a proxy responsible for a
   * domain without one knows nobody there (every user gets 404).
   */
  private static LocationService locations(Optional<String> registrar,
      Map<String, ElementAdapter> built) {
    if (registrar.isEmpty()) {
      return NOBODY;
    }
    return built.get(registrar.get()).locationService().orElseThrow(() ->
        new IllegalStateException(registrar.get() + " keeps no bindings"));
  }

  private static final LocationService NOBODY = new LocationService() {
    @Override
    public List<Binding> lookup(String aorKey) {
      return List.of();
    }

    @Override
    public boolean knows(String aorKey) {
      return false;
    }
  };

  private static ElementAdapter server(Element element, Optional<LocationService> locations) {
    return new ElementAdapter() {
      @Override
      public Element element() {
        return element;
      }

      @Override
      public void perform(Action action) {
        throw new IllegalStateException("a " + element.kind() + " has no script actions");
      }

      @Override
      public void on(String event, Runnable listener) {
        throw new IllegalStateException("a " + element.kind() + " reports no events");
      }

      @Override
      public Optional<LocationService> locationService() {
        return locations;
      }
    };
  }
}
