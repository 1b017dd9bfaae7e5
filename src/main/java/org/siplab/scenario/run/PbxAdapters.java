package org.siplab.scenario.run;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.siplab.element.Element;
import org.siplab.element.LocationService;
import org.siplab.element.pbx.Pbx;
import org.siplab.element.pbx.PbxConfig;
import org.siplab.scenario.model.Action;
import org.siplab.scenario.model.PbxSpec;

/** The scenario's {@code kind: pbx} as the chan_sip-style {@link Pbx}. */
final class PbxAdapters {

  private PbxAdapters() {}

  static ElementAdapter adapter(PbxSpec spec) {
    Pbx pbx = new Pbx(spec.name(), config(spec));
    return new ElementAdapter() {
      @Override
      public Element element() {
        return pbx;
      }

      @Override
      public void perform(Action action) {
        throw new IllegalStateException("a PBX has no script actions");
      }

      @Override
      public void on(String event, Runnable listener) {
        throw new IllegalStateException("a PBX reports no events");
      }

      @Override
      public Optional<LocationService> locationService() {
        return Optional.of(pbx.locationService());
      }
    };
  }

  static PbxConfig config(PbxSpec spec) {
    Map<String, PbxConfig.Account> accounts = new LinkedHashMap<>();
    spec.accounts().forEach((name, a) -> accounts.put(name, new PbxConfig.Account(
        PbxConfig.AccountType.valueOf(a.type().name()), a.secret(), a.host(), a.context())));
    Map<String, PbxConfig.Extension> extensions = new LinkedHashMap<>();
    spec.extensions().forEach((number, e) -> extensions.put(number, e.account().isPresent()
        ? PbxConfig.Extension.toAccount(e.account().get())
        : PbxConfig.Extension.toUri(e.uri().orElseThrow())));
    Set<PbxConfig.Misbehaviour> misbehave = EnumSet.noneOf(PbxConfig.Misbehaviour.class);
    for (String word : spec.misbehave()) {
      misbehave.add(PbxConfig.Misbehaviour.of(word).orElseThrow(() ->
          new IllegalArgumentException("the PBX knows no misbehaviour " + word)));
    }
    return new PbxConfig(spec.domain(), spec.context(), accounts, extensions, misbehave,
        spec.ringTimeout().micros());
  }
}
