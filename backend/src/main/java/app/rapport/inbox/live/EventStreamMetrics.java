package app.rapport.inbox.live;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;

/** The live event streams this instance holds open, as the gauge {@code rapport_events_streams}. */
@Singleton
public class EventStreamMetrics implements MeterBinder {

    private final LiveEvents events;

    public EventStreamMetrics(LiveEvents events) {
        this.events = events;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("rapport.events.streams", events, LiveEvents::openStreams)
                .description("Event streams (SSE subscribers) open on this instance")
                .register(registry);
        Gauge.builder("rapport.events.listening", events, e -> e.listening() ? 1 : 0)
                .description("1 while this instance's LISTEN connection to PostgreSQL is up")
                .register(registry);
    }
}
