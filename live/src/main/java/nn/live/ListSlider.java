package nn.live;

import nn.live.ui.Controls;
import nn.live.ui.Slider;

/// A slider over a list of chosen values, e.g. learning rates spaced roughly evenly on a log
/// scale with the chapter's own values among them: every key press moves to the next value.
final class ListSlider {
    private final Slider slider;
    private final double[] values;

    ListSlider(Controls controls, String label, double[] values, double initial) {
        this.values = values;
        slider = controls.slider(label, 0, values.length - 1, 1, indexOf(initial),
                i -> ShortNumbers.of(values[(int) Math.round(i)]));
    }

    private int indexOf(double value) {
        for (int i = 0; i < values.length; i++) if (values[i] == value) return i;
        throw new IllegalArgumentException(value + " is not one of the slider's values");
    }

    double value() {
        return values[slider.intValue()];
    }

    void set(double value) {
        slider.set(indexOf(value));
    }

    ListSlider onChange(Runnable action) {
        slider.onChange(action);
        return this;
    }
}
