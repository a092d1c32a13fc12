package io.hydrascope.ui.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentCasesTest {
    @TempDir
    Path dir;

    @Test
    void keepsTheNewestFirstWithoutDuplicatesAndAtMostTen() {
        RecentCases recent = new RecentCases(dir.resolve("sub/recent.txt"));
        for (int i = 0; i < 12; i++) {
            recent.add(dir.resolve("c" + i + ".hcase"));
        }
        recent.add(dir.resolve("c5.hcase"));
        List<Path> list = recent.list();
        assertEquals(RecentCases.MAX, list.size());
        assertEquals(dir.resolve("c5.hcase"), list.get(0));
        assertEquals(dir.resolve("c11.hcase"), list.get(1));
        recent.remove(dir.resolve("c5.hcase"));
        assertEquals(dir.resolve("c11.hcase"), recent.list().get(0));
    }

    @Test
    void anUnreadableListIsEmpty() throws Exception {
        Path file = dir.resolve("recent.txt");
        Files.createDirectory(file);
        assertEquals(List.of(), new RecentCases(file).list());
    }
}
