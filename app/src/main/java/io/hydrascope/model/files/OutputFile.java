package io.hydrascope.model.files;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A file the user named as output (a report, a topic model, generated logs). Only a new file or an existing regular
 * file is ever written, and an existing one only when replacing was asked for: a device, FIFO, socket or folder at
 * the path, or a symbolic link to one, is refused, because renaming a finished file over it would swap a device node
 * or a pipe for a regular file. A symbolic link to a regular file stays a link; the file it points to is replaced.
 *
 * <p>The content goes to a hidden part file next to the target, which is moved into place only once it is complete
 * (atomically when replacing), so a reader never sees half a file and a failed write leaves the old one. The path is
 * checked again just before the move. Instances are immutable; a {@link Draft} belongs to one thread.
 */
public final class OutputFile {
    /** Writes the whole content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path named;
    private final boolean replace;
    private final Path target;

    private OutputFile(Path named, boolean replace, Path target) {
        this.named = named;
        this.replace = replace;
        this.target = target;
    }

    /**
     * Checks that {@code path} may be written, before any work is spent on the content.
     *
     * @param replace whether an existing regular file may be replaced
     * @throws OutputFileException naming the path and the reason when it may not
     */
    public static OutputFile check(Path path, boolean replace) {
        return new OutputFile(path, replace, resolve(path, replace));
    }

    /** The path as the user gave it (for messages). */
    public Path path() {
        return named;
    }

    /** Writes the content and moves it into place. */
    public void write(Content content) throws IOException {
        try (Draft draft = open()) {
            content.writeTo(draft.stream());
            draft.commit();
        }
    }

    /** Starts a part file to be streamed into over time; {@link Draft#commit} puts it in place. */
    public Draft open() throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(System.nanoTime())
                + ".part");
        return new Draft(temp, Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    }

    /** The part file of one write. Closing it without {@link #commit} deletes it and leaves the path untouched. */
    public final class Draft implements Closeable {
        private final Path temp;
        private final OutputStream stream;
        private boolean committed;

        private Draft(Path temp, OutputStream stream) {
            this.temp = temp;
            this.stream = stream;
        }

        public OutputStream stream() {
            return stream;
        }

        /** Closes the stream and moves the part file to the path, after checking the path again. */
        public void commit() throws IOException {
            stream.close();
            Path now = resolve(named, replace); // the path may have changed while the content was written
            try {
                if (replace) {
                    Files.move(temp, now, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.move(temp, now); // refuses a file that appeared meanwhile
                }
            } catch (FileAlreadyExistsException e) {
                throw new OutputFileException(named, "exists", true);
            }
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (committed) {
                return;
            }
            try {
                stream.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Where the bytes go: the path itself, or the regular file a symbolic link at the path points to. */
    private static Path resolve(Path named, boolean replace) {
        Path absolute = named.toAbsolutePath();
        BasicFileAttributes own = attributes(named, absolute, LinkOption.NOFOLLOW_LINKS);
        if (own == null) {
            Path folder = absolute.getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new OutputFileException(named, "folder " + folder + " does not exist", false);
            }
            return absolute;
        }
        boolean link = own.isSymbolicLink();
        BasicFileAttributes file = link ? attributes(named, absolute) : own;
        String is = link ? "is a symbolic link to " : "is ";
        if (file == null) {
            throw new OutputFileException(named, is + "nothing (a broken link)", false);
        }
        if (file.isDirectory()) {
            throw new OutputFileException(named, is + "a folder", false);
        }
        if (!file.isRegularFile()) {
            throw new OutputFileException(named, is + "a device, FIFO or socket, not a regular file", false);
        }
        if (!replace) {
            throw new OutputFileException(named, "exists", true);
        }
        try {
            return link ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            throw new OutputFileException(named, describe(e), false);
        }
    }

    /** The file's attributes, or null when nothing is there. */
    private static BasicFileAttributes attributes(Path named, Path path, LinkOption... options) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, options);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new OutputFileException(named, describe(e), false);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String reason = e instanceof java.nio.file.FileSystemException f ? f.getReason() : e.getMessage();
        return reason == null ? e.getClass().getSimpleName() : reason;
    }
}
