package dev.kiln.serve;

import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Watches {@code content/}, {@code static/}, {@code templates/} and {@code themes/} recursively
 * (directory-watcher registers folders created later itself) and the site folder itself for
 * {@code kiln.yaml} and for those folders appearing. Every event becomes a touched path on the
 * queue: events are hints, the rebuild re-reads what they name.
 */
final class SiteWatcher implements AutoCloseable {
    static final List<String> FOLDERS = List.of("content", "static", "templates", "themes");

    private final DirectoryWatcher tree;
    private final WatchService top;
    private final Thread topThread;

    private SiteWatcher(DirectoryWatcher tree, WatchService top, Thread topThread) {
        this.tree = tree;
        this.top = top;
        this.topThread = topThread;
    }

    static SiteWatcher start(Path root, BlockingQueue<Path> touched, Consumer<Throwable> onFailure) throws IOException {
        List<Path> folders = new ArrayList<>();
        for (String f : FOLDERS) {
            Path p = root.resolve(f);
            if (Files.isDirectory(p)) folders.add(p);
        }
        DirectoryWatcher tree = null;
        if (!folders.isEmpty()) {
            tree = DirectoryWatcher.builder().paths(folders).fileHashing(false)
                    .listener(event -> touched.add(event.path())).build();
            tree.watchAsync().exceptionally(e -> {
                onFailure.accept(e);
                return null;
            });
        }
        WatchService top = FileSystems.getDefault().newWatchService();
        root.register(top, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        Thread thread = new Thread(() -> watchTop(root, top, touched), "kiln-watch-site");
        thread.setDaemon(true);
        thread.start();
        return new SiteWatcher(tree, top, thread);
    }

    private static void watchTop(Path root, WatchService top, BlockingQueue<Path> touched) {
        try {
            while (true) {
                WatchKey key = top.take();
                for (WatchEvent<?> e : key.pollEvents()) {
                    if (e.context() instanceof Path name) {
                        String n = name.toString();
                        // A folder appearing or disappearing is a change of the site's shape: rebuild all.
                        if (n.equals("kiln.yaml") || FOLDERS.contains(n)) touched.add(root.resolve("kiln.yaml"));
                    }
                }
                if (!key.reset()) return;
            }
        } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
            // closing
        }
    }

    @Override
    public void close() throws IOException {
        if (tree != null) tree.close();
        top.close();
        topThread.interrupt();
    }
}
