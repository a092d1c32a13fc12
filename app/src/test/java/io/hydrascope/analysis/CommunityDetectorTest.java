package io.hydrascope.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommunityDetectorTest {
    /** Two dense groups of 20 nodes joined by one weak edge. */
    private static int[][] twoGroups() {
        List<int[]> edges = new ArrayList<>();
        for (int g = 0; g < 2; g++) {
            for (int i = 0; i < 20; i++) {
                for (int j = i + 1; j < 20; j++) {
                    edges.add(new int[] {g * 20 + i, g * 20 + j});
                }
            }
        }
        edges.add(new int[] {0, 20});
        int[] from = edges.stream().mapToInt(e -> e[0]).toArray();
        int[] to = edges.stream().mapToInt(e -> e[1]).toArray();
        return new int[][] {from, to};
    }

    @Test
    void findsTheTwoGroupsDeterministically() {
        int[][] e = twoGroups();
        double[] w = new double[e[0].length];
        java.util.Arrays.fill(w, 1.0);
        int[] first = new CommunityDetector(1.0, 42).detect(40, e[0], e[1], w);
        int[] second = new CommunityDetector(1.0, 42).detect(40, e[0], e[1], w);
        assertArrayEquals(first, second);
        for (int i = 1; i < 20; i++) {
            assertEquals(first[0], first[i]);
            assertEquals(first[20], first[20 + i]);
        }
        assertNotEquals(first[0], first[20]);
    }

    @Test
    void isolatedNodesStayAlone() {
        int[] c = new CommunityDetector(1.0, 1).detect(3, new int[0], new int[0], new double[0]);
        assertEquals(3, java.util.Arrays.stream(c).distinct().count());
    }
}
