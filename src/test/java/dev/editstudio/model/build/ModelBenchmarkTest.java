package dev.editstudio.model.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelBenchmarkTest {

    @Test
    void theWarmUpBatchIsDroppedAndTheMedianOfTheRestIsTheFigure() throws Exception {
        // a slow first batch (a cold JVM) and one outlier among the kept ones (a collection) move neither the median
        Iterator<Double> batches = List.of(99.0, 5.0, 1.0, 30.0, 2.0, 4.0).iterator();

        ModelBenchmark.Timing timing = ModelBenchmark.time(batches::next, 0);

        assertEquals(4.0, timing.median());
        assertEquals(1.0, timing.lowest());
        assertEquals(30.0, timing.highest());
        assertEquals("1.0–30.0", timing.range());
    }
}
