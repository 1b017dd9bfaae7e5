package org.siplab.scenario.model;

import java.util.List;

/** One item of an expected message flow. */
public sealed interface FlowItem {

  SourcePosition position();

  /** {@code alice>proxy INVITE}: a message sent from one element to another. */
  record Message(String from, String to, MessagePattern pattern, SourcePosition position)
      implements FlowItem {
    /** As written: {@code alice>proxy INVITE}. */
    @Override
    public String toString() {
      return from + ">" + to + " " + pattern;
    }
  }

  /** {@code ...}: any messages may come here. */
  record Gap(SourcePosition position) implements FlowItem {}

  /** {@code { any-order: [...] }}: these messages, in any order among themselves. */
  record AnyOrder(List<Message> messages, SourcePosition position) implements FlowItem {
    public AnyOrder {
      messages = List.copyOf(messages);
    }
  }
}
