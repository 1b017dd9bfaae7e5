package org.siplab.scenario.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.random.RandomGenerator;
import org.siplab.dialog.DialogObserver;
import org.siplab.dialog.IdSource;
import org.siplab.dialog.Resolver;
import org.siplab.dialog.TimerService;
import org.siplab.element.Directory;
import org.siplab.element.Element;
import org.siplab.element.ElementContext;
import org.siplab.element.ElementEvents;
import org.siplab.message.HostPort;
import org.siplab.sim.Endpoint;
import org.siplab.sim.LinkProfile;
import org.siplab.sim.Network;
import org.siplab.sim.RandomStream;
import org.siplab.sim.RandomStreams;
import org.siplab.sim.RunLimit;
import org.siplab.sim.RunOutcome;
import org.siplab.sim.ScheduledEvent;
import org.siplab.sim.Scheduler;
import org.siplab.trace.ElementInfo;
import org.siplab.trace.RunSettings;
import org.siplab.trace.Trace;
import org.siplab.transaction.LayerSettings;
import org.siplab.transaction.TimerSettings;
import org.siplab.transaction.TransactionLayer;
import org.siplab.transaction.TransportSettings;
import org.siplab.transaction.UdpTransport;

/**
 * One run: a virtual clock, a network of elements (each on its own host, with its transport and
 * transaction layer), and the recorder that writes the trace. Randomness comes from streams named
 * after each component and the run's seed.
 */
public final class Simulation {

  private final Scheduler scheduler;
  private final RandomStreams streams;
  private final Network network;
  private final Trace trace;
  private final Recorder recorder;
  private final TimerSettings timers;
  private final SimulationDirectory directory = new SimulationDirectory();
  private final Map<String, Node> nodes = new LinkedHashMap<>();
  /**
   * The events the run waits for (script steps, the one-shot timers of calls), in the order
   * scheduled; ones that ran or were cancelled are dropped now and then.
   */
  private final List<ScheduledEvent> awaited = new ArrayList<>();
  private int awaitedAfterLastSweep;
  private boolean started;

  /** An element wired into the network. */
  public record Node(Element element, Endpoint endpoint, TransactionLayer layer,
      ElementContext context) {}

  public Simulation(String scenario, long seed, TimerSettings timers, LinkProfile defaultLink) {
    this(scenario, seed, timers, defaultLink, Scheduler.DEFAULT_RUNAWAY_LIMIT);
  }

  /**
   * A simulation whose every run stops as a {@link RunOutcome.Runaway} after
   * {@code runawayLimit} events.
   */
  Simulation(String scenario, long seed, TimerSettings timers, LinkProfile defaultLink,
      long runawayLimit) {
    this.scheduler = new Scheduler(runawayLimit);
    this.streams = new RandomStreams(seed);
    this.network = new Network(scheduler, streams, defaultLink);
    this.trace = new Trace(scenario, seed);
    this.recorder = new Recorder(trace, scheduler::nowUs);
    this.timers = Objects.requireNonNull(timers, "timers");
    network.addObserver(recorder);
  }

  public Scheduler scheduler() {
    return scheduler;
  }

  public Network network() {
    return network;
  }

  public Recorder recorder() {
    return recorder;
  }

  public TimerSettings timers() {
    return timers;
  }

  /** Adds an element on its own host at {@code address:port}. */
  public Node add(Element element, String address, int port) {
    if (started) {
      throw new IllegalStateException("elements are added before the run starts");
    }
    String name = element.name();
    network.addHost(name, address);
    Endpoint endpoint = new Endpoint(address, port);
    UdpTransport transport = new UdpTransport(name, network, endpoint,
        element.transportSettings(TransportSettings.DEFAULT), recorder);
    LayerSettings settings = element.layerSettings(LayerSettings.DEFAULT.withTimers(timers));
    TransactionLayer layer = new TransactionLayer(transport, scheduler, settings, element);
    directory.add(name, element.kind(), endpoint);
    String host = HostPort.hostOf(address);
    Context context = new Context(name, endpoint, layer,
        new RecordingTimers(name, scheduler, recorder, this::await),
        new StreamIds(streams.stream("ids:" + name), host),
        generator(streams.stream("random:" + name)));
    Node node = new Node(element, endpoint, layer, context);
    nodes.put(name, node);
    trace.addElement(new ElementInfo(name, element.kind(), endpoint.toString(),
        ownTimers(settings.timers())));
    return node;
  }

  /**
   * An element's timers as the trace records them: null when they are the run's, else its own (a
   * phone switched to half-t1), so that its timers are explained in its own T1, not the run's.
   * Whether it backs off is not a value a timer is explained in, so it is not compared.
   */
  private ElementInfo.Timers ownTimers(TimerSettings own) {
    return own.withBackoff(true).equals(timers.withBackoff(true)) ? null
        : new ElementInfo.Timers(own.t1Us(), own.t2Us(), own.t4Us());
  }

  /** Requests for {@code domain} resolve to {@code element}. */
  public void serveDomain(String domain, String element) {
    directory.serveDomain(domain, element);
  }

  public Node node(String name) {
    Node n = nodes.get(name);
    if (n == null) {
      throw new IllegalArgumentException("no element named " + name);
    }
    return n;
  }

  public List<Node> nodes() {
    return new ArrayList<>(nodes.values());
  }

  /** Starts every element, in the order added, and records the run's settings. */
  public void start() {
    if (started) {
      return;
    }
    started = true;
    trace.settings(RunSettings.of(network.settings(), timers.t1Us(), timers.t2Us(),
        timers.t4Us()));
    for (Node n : nodes.values()) {
      n.element().start(n.context());
    }
  }

  /**
   * Runs {@code action} at {@code timeUs} as a script step of {@code element}: recorded as an
   * action event, which is the cause of what follows.
   */
  public void at(long timeUs, String element, String action, Runnable body) {
    await(scheduler.scheduleAt(timeUs, () -> {
      recorder.action(element, action, null);
      body.run();
    }));
  }

  /**
   * Marks {@code event} as one the run waits for: a scripted step or a one-shot timer of a call,
   * as opposed to what elements schedule for as long as they live (a registration refresh, a
   * binding's expiry), which would make every run last for ever.
   */
  void await(ScheduledEvent event) {
    awaited.add(event);
    if (awaited.size() > 2 * awaitedAfterLastSweep + 64) {
      awaited.removeIf(e -> !e.isPending());
      awaitedAfterLastSweep = awaited.size();
    }
  }

  /** When the last event the run waits for is due, or empty when none is pending. */
  OptionalLong lastAwaitedTimeUs() {
    awaited.removeIf(e -> !e.isPending());
    awaitedAfterLastSweep = awaited.size();
    return awaited.stream().mapToLong(ScheduledEvent::timeUs).max();
  }

  public RunOutcome run(RunLimit limit) {
    start();
    return scheduler.run(limit);
  }

  public Trace trace() {
    return trace;
  }

  private static RandomGenerator generator(RandomStream stream) {
    return stream::nextLong;
  }

  /** What an element sees of the simulation. */
  private final class Context implements ElementContext {
    private final String name;
    private final Endpoint endpoint;
    private final TransactionLayer layer;
    private final TimerService timerService;
    private final IdSource ids;
    private final RandomGenerator random;

    Context(String name, Endpoint endpoint, TransactionLayer layer, TimerService timerService,
        IdSource ids, RandomGenerator random) {
      this.name = name;
      this.endpoint = endpoint;
      this.layer = layer;
      this.timerService = timerService;
      this.ids = ids;
      this.random = random;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Endpoint endpoint() {
      return endpoint;
    }

    @Override
    public TransactionLayer transactions() {
      return layer;
    }

    @Override
    public TimerService timers() {
      return timerService;
    }

    @Override
    public IdSource ids() {
      return ids;
    }

    @Override
    public RandomGenerator random() {
      return random;
    }

    @Override
    public Resolver resolver() {
      return directory;
    }

    @Override
    public Directory directory() {
      return directory;
    }

    @Override
    public ElementEvents events() {
      return recorder;
    }

    @Override
    public DialogObserver dialogObserver() {
      return recorder;
    }
  }
}
