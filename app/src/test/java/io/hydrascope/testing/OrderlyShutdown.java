package io.hydrascope.testing;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Ends a test JVM in order once every test has run: if the JavaFX toolkit was started, it is exited and its threads
 * are waited for, so that no native rendering or glass code is still running while the JVM tears down (the shape of
 * the rare "Aborted" at the end of a green run). Then it lists any thread of the application still alive, so a test
 * that leaks a worker shows up in the build log.
 */
public final class OrderlyShutdown implements LauncherSessionListener {
    private static final List<String> FX_THREADS = List.of("JavaFX Application Thread", "QuantumRenderer-0",
            "InvokeLaterDispatcher", "Prism Font Disposer");

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (threadNamed("JavaFX Application Thread") != null) {
            exitToolkit();
        }
        StringBuilder alive = new StringBuilder();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && t.getName().startsWith("hydrascope") && t.getState() == Thread.State.RUNNABLE) {
                alive.append(alive.length() == 0 ? "" : ", ").append(t.getName());
            }
        }
        if (alive.length() > 0) {
            System.err.println("[test JVM] application threads still running at exit: " + alive);
        }
    }

    private static void exitToolkit() {
        CountDownLatch done = new CountDownLatch(1);
        try {
            javafx.application.Platform.runLater(done::countDown);
            done.await(5, TimeUnit.SECONDS); // let queued work finish first
            javafx.application.Platform.exit();
            for (String name : FX_THREADS) {
                Thread t = threadNamed(name);
                if (t != null) {
                    t.join(5_000);
                }
            }
        } catch (IllegalStateException e) {
            // the toolkit had already exited
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread threadNamed(String name) {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals(name) && t.isAlive()) {
                return t;
            }
        }
        return null;
    }
}
