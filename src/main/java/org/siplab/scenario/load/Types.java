package org.siplab.scenario.load;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.siplab.message.SipUri;
import org.siplab.scenario.model.Duration;
import org.siplab.scenario.model.ElementKind;
import org.siplab.scenario.model.MessagePattern;
import org.siplab.scenario.model.Options;

/** The value types the schema tables are written with. */
final class Types {

  /** Longer than any run; keeps every sum of durations far from overflow (about 31 years). */
  static final Duration LONGEST = Duration.ofSeconds(1_000_000_000L);

  private static final String NEGATIVE = "is negative; expected a duration of 0s or more";

  private Types() {}

  static ScalarType<String> text() {
    return new TextType(TextType.Kind.TEXT);
  }

  /** Text on one line: what goes into a header field, such as a display name or a realm. */
  static ScalarType<String> line() {
    return new TextType(TextType.Kind.LINE);
  }

  static ScalarType<String> title() {
    return new TextType(TextType.Kind.TITLE);
  }

  /** A domain name (or IP address), the host of the SIP URIs an element is responsible for. */
  static ScalarType<String> domain() {
    return new DomainType();
  }

  /** Text without spaces: a user name, an account name. */
  static ScalarType<String> word() {
    return new TextType(TextType.Kind.WORD);
  }

  static ScalarType<Boolean> bool() {
    return new BoolType();
  }

  static ScalarType<Long> integer(long min, long max) {
    return new IntegerType(min, max);
  }

  static ScalarType<Duration> duration() {
    return new DurationType(LONGEST, NEGATIVE);
  }

  /** A duration longer than zero: a timer that must run for some time. */
  static ScalarType<Duration> positiveDuration() {
    return new DurationType(LONGEST, NEGATIVE).positive();
  }

  /** A duration longer than zero and at most {@code max}. */
  static ScalarType<Duration> positiveDuration(Duration max) {
    return new DurationType(max, NEGATIVE).positive();
  }

  static ScalarType<Duration> duration(Duration max) {
    return new DurationType(max, NEGATIVE);
  }

  /** A time in the script, counted from the start of the run. */
  static ScalarType<Duration> scriptTime() {
    return new DurationType(LONGEST, "is negative: a script time counts from the start of the"
        + " run; expected 0s or later");
  }

  /** The time of an expectation ({@code by:}, a bindings check's {@code at:}). */
  static ScalarType<Duration> expectationTime() {
    return new DurationType(LONGEST, "is negative: an expectation's time counts from the start of"
        + " the run; expected 0s or later");
  }

  static ScalarType<Double> ratio() {
    return new RatioType();
  }

  static AddressType address() {
    return new AddressType();
  }

  static ScalarType<SipUri> sipUri() {
    return new SipUriType(false);
  }

  /** An address of record: a SIP URI with a user part. */
  static ScalarType<SipUri> aor() {
    return new SipUriType(true);
  }

  /** The name of an element of one of these kinds; of any kind when none are given. */
  static ScalarType<String> element(ElementKind... kinds) {
    return new ElementRefType(Set.of(kinds));
  }

  static <E extends Enum<E>> ScalarType<E> choice(String noun, Class<E> type) {
    return ChoiceType.of(noun, type);
  }

  static ScalarType<String> choice(String noun, List<String> words) {
    return ChoiceType.words(noun, words);
  }

  static <T> ValueType<List<T>> listOf(ValueType<T> item) {
    return new ListType<>(item, false);
  }

  /** One value, or a list of them. */
  static <T> ValueType<List<T>> oneOrList(ValueType<T> item) {
    return new ListType<>(item, true);
  }

  static <K, V> ValueType<Map<K, V>> mapOf(String noun, ScalarType<K> keys,
      ValueType<V> values) {
    return new MapType<>(noun, keys, values);
  }

  static ValueType<Options> record(MappingSchema schema) {
    return RecordType.of(schema);
  }

  static ScalarType<MessagePattern> pattern() {
    return new MessagePatternType();
  }

  static <T> ScalarType<Located<T>> located(ScalarType<T> inner) {
    return new LocatedType<>(inner);
  }
}
