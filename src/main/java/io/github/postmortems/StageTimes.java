package io.github.postmortems;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a build's time went, per stage: wall time for stages that run one after another, and time summed over
 * threads for steps that run on every core inside a stage (so those can exceed the wall time). Also counts
 * progress, so a long build can say what it is doing.
 */
public final class StageTimes {

    /** Told about progress; called from any thread. */
    @FunctionalInterface
    public interface Listener {
        void progress(String stage, long done, long total);
    }

    /** The step that is the whole build, by the wall clock. */
    public static final String TOTAL = "total (wall clock)";

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, Long> order = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final Listener listener;
    private volatile String stage = "";
    private volatile long total;

    public StageTimes(Listener listener) {
        this.listener = listener;
    }

    public static StageTimes silent() {
        return new StageTimes((stage, done, total) -> { });
    }

    /** Starts counting {@code total} units of work for {@code stage}. */
    public void begin(String stageName, long units) {
        stage = stageName;
        total = units;
        done.set(0);
        listener.progress(stageName, 0, units);
    }

    /** One unit of the current stage is done. */
    public void step() {
        listener.progress(stage, done.incrementAndGet(), total);
    }

    public void add(String step, long elapsedNanos) {
        order.computeIfAbsent(step, s -> sequence.getAndIncrement());
        nanos.computeIfAbsent(step, s -> new LongAdder()).add(elapsedNanos);
    }

    /** Seconds per step, in the order the steps first ran. */
    public Map<String, Double> seconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        order.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.put(e.getKey(), nanos.get(e.getKey()).sum() / 1e9));
        return out;
    }
}
