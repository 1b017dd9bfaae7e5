package org.siplab.scenario.load;

import java.util.Optional;
import org.siplab.sim.Endpoint;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** chan_sip's {@code host=}: {@code dynamic} (the account registers) or a fixed address. */
final class HostType extends ScalarType<Optional<Endpoint>> {

  static final String DYNAMIC = "dynamic";
  private final AddressType address = new AddressType();

  HostType() {
    super("dynamic or address", "dynamic, or an IP address such as 192.0.2.50");
  }

  @Override
  Optional<Endpoint> parse(String text, ScalarNode node, ReadContext ctx) {
    if (text.equals(DYNAMIC)) {
      return Optional.empty();
    }
    Parsed<Endpoint> parsed = address.read(text);
    if (!parsed.ok()) {
      ctx.error(ctx.position(node, parsed.offset()), parsed.problem() + ", or dynamic");
      return null;
    }
    return Optional.of(parsed.value());
  }

  @Override
  public String format(Optional<Endpoint> value) {
    return value.map(Endpoint::toString).orElse(DYNAMIC);
  }
}
