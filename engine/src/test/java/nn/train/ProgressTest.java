package nn.train;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ProgressTest {

    @Test
    void line_showsEpochBarLossAndMetrics() {
        var progress = new Progress(false, 100, List.of(new Metric.Accuracy()));
        var epoch = new History.Epoch(40, 0.12345, 0.2345, Map.of("accuracy", 0.95),
                Map.of("accuracy", 0.9), 0.1);
        assertEquals("epoch   40/100 [========            ] loss 0.1235 val_loss 0.2345 "
                + "accuracy 0.9500 val_accuracy 0.9000", progress.line(epoch));
    }
}
