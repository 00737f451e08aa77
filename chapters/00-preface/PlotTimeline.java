///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.plot.Figure;
import org.knowm.xchart.AnnotationText;

import java.awt.Font;
import java.awt.font.FontRenderContext;

/// Preface: eighty years of neural networks on one time line, from the threshold neuron to ChatGPT.
// tag::events[]
record Event(int year, String what, String who) {}

final List<Event> events = List.of(
        new Event(1943, "threshold neuron", "McCulloch & Pitts"),
        new Event(1949, "learning by association", "Hebb"),
        new Event(1958, "perceptron", "Rosenblatt"),
        new Event(1964, "momentum", "Polyak"),
        new Event(1969, "Perceptrons: XOR is out of reach",
                "Minsky & Papert"),
        new Event(1974, "backpropagation", "Werbos"),
        new Event(1982, "Hopfield networks", "Hopfield"),
        new Event(1986, "backpropagation spreads",
                "Rumelhart, Hinton & Williams"),
        new Event(1989, "universal approximation", "Cybenko"),
        new Event(1989, "convolutional nets", "LeCun et al."),
        new Event(1997, "LSTM", "Hochreiter & Schmidhuber"),
        new Event(1998, "LeNet-5 and MNIST", "LeCun et al."),
        new Event(2006, "deep belief nets", "Hinton et al."),
        new Event(2012, "AlexNet wins ImageNet", "Krizhevsky et al."),
        new Event(2014, "Adam; GANs", "Kingma & Ba; Goodfellow et al."),
        new Event(2015, "ResNet; batch norm",
                "He et al.; Ioffe & Szegedy"),
        new Event(2015, "diffusion models", "Sohl-Dickstein et al."),
        new Event(2017, "Transformer", "Vaswani et al."),
        new Event(2018, "BERT", "Devlin et al."),
        new Event(2020, "GPT-3", "Brown et al."),
        new Event(2022, "ChatGPT", "OpenAI"));
// end::events[]

final Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
final double first = 1936, last = 2030, width = 900, yearsPerPixel = (last - first) / (width - 60);

void main() {
    var figure = Figure.of("Eighty years of neural networks", "year", "", (int) width, 600).noLegend();
    var chart = figure.chart();
    var styler = chart.getStyler();
    styler.setAnnotationTextFont(font);
    styler.setYAxisTicksVisible(false);
    styler.setPlotGridHorizontalLinesVisible(false);
    styler.setXAxisDecimalPattern("0");
    int n = events.size();
    double[] years = new double[n], rows = new double[n];
    for (int i = 0; i < n; i++) {
        Event e = events.get(i);
        years[i] = e.year();
        rows[i] = n - i; // the first event on top
        // tag::annotate[]
        String label = "%d  %s (%s)".formatted(e.year(), e.what(), e.who());
        // beside the dot: to the right for early events, to the left for late ones
        double offset = widthInYears(label) / 2 + 1.5;
        double centre = e.year() < 1995 ? e.year() + offset : e.year() - offset;
        chart.addAnnotation(new AnnotationText(label, centre, rows[i], false));
        // end::annotate[]
        IO.println("%d  %-34s %s".formatted(e.year(), e.what(), e.who()));
    }
    figure.points("events", years, rows).range(first, last, 0.3, n + 0.7);
    IO.println("figure: " + figure.save("preface-timeline").getFileName());
}

double widthInYears(String text) {
    var context = new FontRenderContext(null, true, true);
    return font.getStringBounds(text, context).getWidth() * yearsPerPixel;
}
// expect: 1943  threshold neuron                   McCulloch & Pitts
// expect: 2015  diffusion models                   Sohl-Dickstein et al.
// expect: figure: preface-timeline.png
