package dev.newsgraph.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.error.ServiceUnavailableException;
import io.smallrye.graphql.api.ErrorCode;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ReadGateTest {

    @Test
    void aFullQueueIsRefusedAtOnceWithServiceUnavailable() throws Exception {
        ReadGate gate = new ReadGate(1, 1, Duration.ofSeconds(30));
        gate.enter();
        CountDownLatch waiting = new CountDownLatch(1);
        AtomicBoolean admitted = new AtomicBoolean();
        Thread queued = new Thread(() -> {
            waiting.countDown();
            gate.enter();
            admitted.set(true);
            gate.leave();
        });
        queued.start();
        waiting.await();
        while (gate.waiting() == 0) {
            Thread.sleep(1);
        }
        long start = System.nanoTime();
        ServiceUnavailableException refused = assertThrows(ServiceUnavailableException.class, gate::enter);
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1), "refused at once, not after waiting");
        assertEquals("SERVICE_UNAVAILABLE", ServiceUnavailableException.class.getAnnotation(ErrorCode.class).value());
        assertTrue(refused.getMessage().contains("capacity"));

        gate.leave();
        queued.join(5000);
        assertTrue(admitted.get(), "the queued request gets the slot that was freed");
        assertEquals(1, gate.available());
    }

    @Test
    void aWaitLongerThanTheLimitIsRefused() {
        ReadGate gate = new ReadGate(1, 10, Duration.ofMillis(50));
        gate.enter();
        assertThrows(ServiceUnavailableException.class, gate::enter);
        assertEquals(0, gate.waiting());
        gate.leave();
        gate.enter();
        gate.leave();
        assertEquals(1, gate.available());
    }
}
