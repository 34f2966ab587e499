package nnlab.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The file-system side of saving and loading, shared by {@link NetFile} and {@link HistoryFile}:
 * writing a whole file so that a crash never leaves half of it (a temporary file in the same
 * folder, then a rename), and checking a path before it is opened, so that every problem with a
 * path is reported with the path and the fix instead of the operating system's bare reason.
 */
final class AtomicFile {

    /** Most file systems (ext4, APFS, NTFS, tmpfs) allow at most this many bytes in one file name. */
    static final int MAX_NAME_BYTES = 255;

    /** Writes a file's content to a stream; the stream is buffered and closed by the caller. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Makes the caller's own exception ({@code NetFileException::new}, {@code HistoryFileException::new}). */
    interface Failure {
        IOException of(String message, Throwable cause);
    }

    private AtomicFile() {}

    /**
     * Writes {@code body} to a temporary file next to {@code file}, then renames it over
     * {@code file}; missing folders are created. {@code exampleName} (e.g. "net.json") is the file
     * name the messages suggest. The temporary name is short and independent of
     * {@code file}'s name (".nnlab-&lt;digits&gt;.tmp"), so any name the file system allows can be
     * saved to. On any failure the old file, if there was one, is unchanged and no temporary
     * file is left.
     *
     * @throws IOException made by {@code failure}, naming the path, what is wrong and the fix
     */
    static void write(Path file, String exampleName, Body body, Failure failure) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || target.getFileName() == null) {
            throw failure.of("Cannot save to " + file + ": it is the root folder, not a file. Give a file name, e.g. "
                    + Path.of("/tmp", exampleName) + ". Received: file=" + file, null);
        }
        if (Files.isDirectory(target)) {
            throw failure.of("Cannot save to " + target + ": it is a folder, not a file. Give a file name inside it, e.g. "
                    + target.resolve(exampleName) + ". Received: file=" + file, null);
        }
        createFolder(target, dir, failure);
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, ".nnlab-", ".tmp");
        } catch (AccessDeniedException e) {
            throw failure.of("Cannot save to " + target + ": no permission to write in the folder " + dir
                    + ". Choose a folder you can write to, or change its permissions.", e);
        } catch (FileSystemException e) {
            throw failure.of("Cannot save to " + target + ": the folder " + dir + " does not take new files ("
                    + e.getReason() + "). Choose another folder.", e);
        }
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.writeTo(out);
            } catch (FileSystemException e) {
                throw failure.of("Cannot save to " + target + ": writing failed (" + e.getReason() + "). Nothing was"
                        + " replaced; free some space or choose another folder.", e);
            }
            move(tmp, target, failure);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void createFolder(Path target, Path dir, Failure failure) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw failure.of("Cannot save to " + target + ": " + p + " is a file, not a folder, so the folder " + dir
                        + " cannot be made. Choose another folder or move that file away.", null);
            }
        }
        try {
            Files.createDirectories(dir);
        } catch (AccessDeniedException e) {
            throw failure.of("Cannot save to " + target + ": the folder " + dir + " does not exist and there is no"
                    + " permission to create " + e.getFile() + ". Create it yourself or choose another folder.", e);
        } catch (FileSystemException e) {
            throw failure.of("Cannot save to " + target + ": the folder " + dir + " does not exist and cannot be"
                    + " created (" + e.getReason() + "). Choose another folder.", e);
        }
    }

    private static void move(Path tmp, Path target, Failure failure) throws IOException {
        try {
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException e) {
            throw failure.of("Cannot save to " + target + ": no permission to replace it. Change its permissions or"
                    + " choose another name.", e);
        } catch (FileSystemException e) {
            int bytes = target.getFileName().toString().getBytes(StandardCharsets.UTF_8).length;
            String hint = bytes > MAX_NAME_BYTES ? " The file name is " + bytes + " bytes long; most file systems allow "
                    + MAX_NAME_BYTES + ", so shorten it." : " Choose another name or folder.";
            throw failure.of("Cannot save to " + target + " (" + e.getReason() + ")." + hint, e);
        }
    }

    /**
     * Checks that {@code file} can be opened for reading and returns its size in bytes.
     *
     * @param kind        what the file should be, e.g. "net file"
     * @param exampleName a file name for the example in a message, e.g. "net.json"
     * @param saveFix     how such a file is made, e.g. {@code NetFile.save(net, "net.json")}
     * @throws IOException made by {@code failure}: the file or its folder does not exist, it is a
     *                     folder, a device or a pipe, or it cannot be read
     */
    static long checkReadable(Path file, String kind, String exampleName, String saveFix, Failure failure) throws IOException {
        Path abs = file.toAbsolutePath();
        if (!Files.exists(abs)) {
            Path dir = abs.getParent();
            String where = dir != null && !Files.isDirectory(dir) ? ": its folder " + dir + " does not exist either"
                    : " (relative paths start at " + Path.of("").toAbsolutePath() + ")";
            throw failure.of(file + " does not exist" + where + ". Check the name, or write the file first with "
                    + saveFix + ".", new NoSuchFileException(file.toString()));
        }
        if (Files.isDirectory(abs)) {
            throw failure.of(file + " is a folder, not a " + kind + ". Give the path of a file inside it, e.g. "
                    + file.resolve(exampleName) + ".", null);
        }
        if (!Files.isRegularFile(abs)) {
            throw failure.of(file + " is not a regular file (a device, a pipe or a socket), so it cannot be a " + kind
                    + ". Give the path of a regular file, e.g. one in " + Path.of("").toAbsolutePath() + ".", null);
        }
        if (!Files.isReadable(abs)) {
            throw failure.of(file + " cannot be read: no permission. Change its permissions (chmod u+r) or copy it"
                    + " somewhere you can read it.", new AccessDeniedException(file.toString()));
        }
        return Files.size(abs);
    }
}
