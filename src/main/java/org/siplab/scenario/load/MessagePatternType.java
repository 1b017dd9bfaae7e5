package org.siplab.scenario.load;

import org.siplab.scenario.model.MessagePattern;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** A message pattern written on its own, as a fault's {@code drop: "200 INVITE"}. */
final class MessagePatternType extends ScalarType<MessagePattern> {

  MessagePatternType() {
    super("message pattern", MessagePatternText.EXPECTED);
  }

  @Override
  MessagePattern parse(String text, ScalarNode node, ReadContext ctx) {
    return MessagePatternText.read(text).reportTo(ctx, node, 0);
  }
}
