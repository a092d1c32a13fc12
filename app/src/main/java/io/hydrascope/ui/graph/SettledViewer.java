package io.hydrascope.ui.graph;

import java.util.EnumSet;
import org.graphstream.stream.ProxyPipe;
import org.graphstream.stream.Source;
import org.graphstream.stream.thread.ThreadProxyPipe;
import org.graphstream.ui.fx_viewer.FxViewer;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.view.View;
import org.graphstream.ui.view.util.InteractiveElement;
import org.graphstream.ui.view.util.MouseManager;

/**
 * GraphStream's JavaFX viewer on a graphic graph built elsewhere (on a reader thread) with settled positions: no
 * auto-layout, no graph in another thread to pump, and no built-in mouse handling (dragging nodes would undo the
 * layout; the graph page handles hover and clicks itself). The viewer repaints only when the graph changed. The
 * graph and the viewer belong to the FX thread once this is constructed there.
 */
final class SettledViewer extends FxViewer {
    SettledViewer(GraphicGraph graph) {
        super(graph);
    }

    /**
     * {@link FxViewer#FxViewer(GraphicGraph)} passes neither a pipe nor a source, which its own assertion rejects
     * when assertions are on; an idle pipe satisfies it and is never fed.
     */
    @Override
    public void init(GraphicGraph graph, ProxyPipe ppipe, Source source) {
        super.init(graph, ppipe == null && source == null ? new ThreadProxyPipe() : ppipe, source);
    }

    /** A mouse manager that manages nothing. */
    static final class NoMouse implements MouseManager {
        @Override
        public void init(GraphicGraph graph, View view) {
            // the page's own handlers do hover and selection
        }

        @Override
        public void release() {
            // nothing was installed
        }

        @Override
        public EnumSet<InteractiveElement> getManagedTypes() {
            return EnumSet.noneOf(InteractiveElement.class);
        }
    }
}
