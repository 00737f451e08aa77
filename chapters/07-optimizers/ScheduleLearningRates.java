///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.optim.LearningRateSchedule;
import nn.optim.LearningRateSchedule.*;
import nn.plot.Figure;

/// Chapter 7: three learning-rate schedules over 100 epochs, all starting at η = 0.1.
void main() {
    // tag::schedules[]
    var schedules = new LinkedHashMap<String, LearningRateSchedule>();
    schedules.put("constant", new Constant(0.1));
    schedules.put("step (×0.5 every 25)", new StepDecay(0.1, 0.5, 25));
    schedules.put("exponential (×0.97)", new ExponentialDecay(0.1, 0.97));
    schedules.put("cosine (to 0.001)", new Cosine(0.1, 0.001, 100));
    // end::schedules[]
    int[] shown = {0, 24, 25, 50, 75, 99};
    IO.println("epoch                  " + Arrays.stream(shown).mapToObj("%-8d"::formatted)
            .reduce("", String::concat));
    var figure = Figure.of("Learning-rate schedules", "epoch", "η", 640, 360);
    double[] epochs = java.util.stream.IntStream.range(0, 100).asDoubleStream().toArray();
    schedules.forEach((name, schedule) -> {
        var row = new StringBuilder("%-22s ".formatted(name));
        for (int e : shown) row.append("%-8.4f".formatted(schedule.rate(e)));
        IO.println(row);
        figure.line(name, epochs, Arrays.stream(epochs).map(e -> schedule.rate((int) e)).toArray());
    });
    figure.range(0, 100, 0, 0.11).legendOutside().save("optimizers-schedules");
}
// expect: cosine (to 0.001)      0.1000  0.0866  0.0855  0.0505  0.0155  0.0010
