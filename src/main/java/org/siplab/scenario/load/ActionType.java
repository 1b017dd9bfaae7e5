package org.siplab.scenario.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.siplab.message.SipUri;
import org.siplab.scenario.load.ActionSpec.Param;
import org.siplab.scenario.load.Words.Word;
import org.siplab.scenario.model.Action;
import org.siplab.scenario.model.Argument;
import org.siplab.scenario.model.ElementKind;
import org.siplab.scenario.model.SourcePosition;
import org.siplab.sim.Endpoint;
import org.siplab.spelling.Suggest;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A script action, {@code element.action [arguments]}: the element must exist, the action must be
 * one of its kind's, and the arguments must fit the action's parameters. Each problem points at
 * the word it is about.
 */
final class ActionType extends ScalarType<Action> {

  static final String FORM = "element.action [arguments], such as alice.call bob";

  ActionType() {
    super("action", "an action " + FORM);
  }

  @Override
  Action parse(String text, ScalarNode node, ReadContext ctx) {
    List<Word> words = Words.split(text);
    Parsed<Action> invisible = Words.invisible(text);
    if (invisible != null && invisible.offset() < freeTextStart(words, ctx)) {
      return invisible.reportTo(ctx, node, 0);
    }
    int dot = words.isEmpty() ? -1 : words.get(0).text().indexOf('.');
    if (dot <= 0 || dot == words.get(0).text().length() - 1) {
      ctx.error(node, Nodes.quote(text) + " is not an action; expected " + FORM);
      return null;
    }
    Word first = words.get(0);
    String element = first.text().substring(0, dot);
    String name = first.text().substring(dot + 1);
    SourcePosition at = ctx.position(node, first.offset());
    if (!ElementNames.exists(element, at, ctx)) {
      return null;
    }
    Optional<ElementKind> kind = ctx.elements().kindOf(element);
    if (kind.isEmpty()) {
      return new Action(element, name, List.of(), at);
    }
    int nameOffset = first.offset() + element.codePointCount(0, element.length()) + 1;
    ActionSpec spec = spec(kind.get(), element, name, ctx.position(node, nameOffset), ctx);
    if (spec == null) {
      return null;
    }
    List<Argument> arguments = arguments(spec, element, text, words, node, ctx);
    return arguments == null ? null : new Action(element, name, arguments, at);
  }

  /**
   * Where the free text of {@code alice.message bob <text...>} starts, in code points; beyond the
   * end for other actions. A non-breaking space in a message's text is the student's own
   * typography (French puts one before '!' and '?'), not a slip.
   */
  private static int freeTextStart(List<Word> words, ReadContext ctx) {
    String first = words.isEmpty() ? "" : words.get(0).text();
    int dot = first.indexOf('.');
    Optional<ElementKind> kind = dot <= 0 ? Optional.empty()
        : ctx.elements().kindOf(first.substring(0, dot));
    if (kind.isEmpty()) {
      return Integer.MAX_VALUE;
    }
    for (ActionSpec spec : KindSchemas.of(kind.get()).actions()) {
      int text = spec.params().indexOf(Param.TEXT);
      if (spec.name().equals(first.substring(dot + 1)) && text >= 0 && text + 1 < words.size()) {
        return words.get(text + 1).offset();
      }
    }
    return Integer.MAX_VALUE;
  }

  private static ActionSpec spec(ElementKind kind, String element, String name,
      SourcePosition at, ReadContext ctx) {
    KindSchema schema = KindSchemas.of(kind);
    for (ActionSpec spec : schema.actions()) {
      if (spec.name().equals(name)) {
        return spec;
      }
    }
    Matcher called = CALLED.matcher(name);
    if (called.matches() && schema.actionNames().contains(called.group(1))) {
      String arguments = called.group(2).replace(',', ' ').strip();
      ctx.error(at, kind.yamlName() + " " + Nodes.quote(element) + " has no action "
          + Nodes.quote(name) + ": an action is not a function call, and takes its arguments"
          + " after a space; expected " + element + "." + called.group(1)
          + (arguments.isEmpty() ? "" : " " + arguments));
      return null;
    }
    String byMethod = BY_METHOD.get(name.toLowerCase(Locale.ROOT));
    // Before spelling: INVITE is a letter from reinvite, but the method names a new call.
    boolean method = byMethod != null && schema.actionNames().contains(byMethod);
    ctx.error(at, kind.yamlName() + " " + Nodes.quote(element) + " has no action "
        + Nodes.quote(name) + (method ? "; did you mean '" + byMethod + "'? (it sends the "
            + name.toUpperCase(Locale.ROOT) + ")"
            : Suggest.hint(name, schema.actionNames(), "nothing: a " + kind.yamlName()
                + " has no script actions")));
    return null;
  }

  /**
   * An action written as a function call, {@code call(bob)} or {@code hangup()}, from the habit
   * of programming languages.
   */
  private static final Pattern CALLED = Pattern.compile("([a-z-]+)\\(([^()]*)\\)?");

  /**
   * The action that sends a request, by the request's method: a student who knows the ladder
   * diagrams writes the method ({@code alice.bye}) where the action is named for what the user
   * does ({@code alice.hangup}).
   */
  private static final Map<String, String> BY_METHOD = Map.of("bye", "hangup", "invite", "call");

  /** The arguments for the action's parameters, or null after reporting a missing or extra one. */
  private static List<Argument> arguments(ActionSpec spec, String element, String text,
      List<Word> words, ScalarNode node, ReadContext ctx) {
    String usage = element + "." + spec.usage();
    List<Argument> arguments = new ArrayList<>();
    int next = 1;
    for (Param param : spec.params()) {
      if (next >= words.size()) {
        // Told where the argument belongs, after the last word written, rather than at the
        // action's start, which reads as if the action itself were wrong.
        Word last = words.get(words.size() - 1);
        int end = last.offset() + last.text().codePointCount(0, last.text().length());
        String written = String.join(" ", words.stream().map(Word::text).toList());
        ctx.error(ctx.position(node, end), element + "." + spec.name() + " needs "
            + param.usage() + " after " + Nodes.quote(last.text()) + ": " + param.meaning()
            + "; expected " + usage + (param == Param.TEXT ? ", such as " + written
                + " See you at five" : ""));
        return null;
      }
      Word word = words.get(next++);
      Argument argument = param == Param.TEXT
          ? new Argument.Text(Words.rest(text, word))
          : argument(param, word, node, ctx);
      if (argument == null) {
        return null;
      }
      if (argument instanceof Argument.ElementTarget t && t.element().equals(element)
          && spec.name().equals("call")) {
        // Most often a slip for another name; run, it shows nothing but the phone's own 486
        // (a phone with a call in progress refuses a new INVITE).
        ctx.error(ctx.position(node, word.offset()), element + ".call " + element + " calls the"
            + " phone itself, whose INVITE reaches its own call attempt and is refused with 486"
            + " Busy Here; expected another element or a SIP URI");
        return null;
      }
      arguments.add(argument);
      if (param == Param.TEXT) {
        next = words.size();
      }
    }
    if (next < words.size()) {
      Word extra = words.get(next);
      ctx.error(ctx.position(node, extra.offset()), element + "." + spec.name()
          + " takes no more arguments, found " + Nodes.quote(extra.text()) + "; expected "
          + usage);
      return null;
    }
    return arguments;
  }

  private static Argument argument(Param param, Word word, ScalarNode node, ReadContext ctx) {
    if (param == Param.ADDRESS) {
      Parsed<Endpoint> address = new AddressType().read(word.text());
      return address.ok()
          ? new Argument.Address(address.value())
          : failed(address, node, word, ctx);
    }
    if (word.text().contains(":")) {
      Parsed<SipUri> uri = SipUriType.read(word.text());
      return uri.ok() ? new Argument.UriTarget(uri.value()) : failed(uri, node, word, ctx);
    }
    SourcePosition at = ctx.position(node, word.offset());
    if (!ElementNames.exists(word.text(), at, ctx)) {
      return null;
    }
    Optional<ElementKind> kind = ctx.elements().kindOf(word.text());
    if (kind.isPresent() && kind.get() != ElementKind.PHONE) {
      // A phone sends to a name through that phone's AOR; a server has none, and its domain
      // leads to it only for a user there (sip:bob@example.com reaches example.com's proxy).
      ctx.error(at, Nodes.quote(word.text()) + " is a " + kind.get().yamlName() + ", and a"
          + " phone sends by name only to another phone; expected " + param.meaning()
          + ", such as sip:bob@example.com");
      return null;
    }
    return new Argument.ElementTarget(word.text());
  }

  private static Argument failed(Parsed<?> parsed, ScalarNode node, Word word, ReadContext ctx) {
    parsed.reportTo(ctx, node, word.offset());
    return null;
  }
}
