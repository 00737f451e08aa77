package nn.conv;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class VolumeTest {

    @Test
    void index_isChannelThenRowThenColumn() {
        var v = new Volume(2, 3, 4);
        assertEquals(24, v.size());
        assertEquals(0, v.index(0, 0, 0));
        assertEquals(4 + 3, v.index(0, 1, 3));
        assertEquals(12 + 8 + 1, v.index(1, 2, 1));
    }

    @Test
    void channel_readsOneImageOutOfARow() {
        var v = new Volume(2, 2, 2);
        double[] row = {1, 2, 3, 4, 5, 6, 7, 8};
        assertArrayEquals(new double[][]{{5, 6}, {7, 8}}, v.channel(row, 1));
    }

    @Test
    void rejectsEmptySides() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Volume(0, 28, 28));
        assertEquals("a volume needs positive sides, got 0×28×28", e.getMessage());
    }

    @Test
    void printsChannelsFirst() {
        assertEquals("8×24×24", new Volume(8, 24, 24).toString());
    }
}
