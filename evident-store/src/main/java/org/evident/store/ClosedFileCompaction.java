package org.evident.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.h2.engine.Constants;
import org.h2.message.DbException;
import org.h2.message.TraceSystem;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
import org.h2.store.FileLock;
import org.h2.store.FileLockMethod;

/**
 * Rewrites a closed embedded H2 file with only its live pages, while no database has it open.
 *
 * <p>H2's own {@code SHUTDOWN COMPACT} writes the new file through a store whose background writer runs during the
 * copy (and is started again before that store closes); in H2 2.3 that writer races with the copy and left files
 * that the next open rejected ("File corrupted while reading record", "Double mark"). Here nothing runs in the
 * background: the file is copied by this thread alone into {@code <file>.tempFile}, forced to disk, and moved over
 * the original in one atomic rename. A kill before the rename leaves the original untouched and a temporary file
 * that H2 deletes when it next opens the database; a kill after it leaves the whole new file.
 *
 * <p>While it works it holds the database's own lock file, the one H2 takes when it opens the file: a process
 * that opens the store meanwhile is told the database is in use instead of opening a file about to be replaced.
 */
final class ClosedFileCompaction {

    private ClosedFileCompaction() {
    }

    /**
     * Compacts the database whose files start with {@code base} ({@code base.mv.db}) when nobody holds it;
     * returns false, leaving everything as it was, when its lock file shows that a process has it open.
     */
    static boolean compact(Path base) throws IOException {
        Path file = sibling(base, Constants.SUFFIX_MV_FILE);
        Path lockFile = sibling(base, Constants.SUFFIX_LOCK_FILE);
        if (!Files.exists(file) || Files.exists(lockFile)) {
            return false; // opened again since it was closed (or a killed holder's lock H2 will take over)
        }
        FileLock lock = new FileLock(new TraceSystem(null), lockFile.toString(), Constants.LOCK_SLEEP);
        try {
            lock.lock(FileLockMethod.FILE);
        } catch (DbException e) {
            return false; // another process took the lock first: it has the database open
        }
        try {
            rewrite(file);
            return true;
        } finally {
            lock.unlock();
        }
    }

    private static void rewrite(Path file) throws IOException {
        Path temp = sibling(file, Constants.SUFFIX_MV_STORE_TEMP_FILE);
        Files.deleteIfExists(temp);
        try (MVStore source = new MVStore.Builder().fileName(file.toString()).readOnly().open();
             MVStore target = new MVStore.Builder().fileName(temp.toString()).compress().autoCommitDisabled()
                     .open()) {
            MVStoreTool.compact(source, target);
        }
        try (FileChannel written = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            written.force(true); // the new file's bytes reach the disk before the rename can
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel folder = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            folder.force(true); // and the rename itself survives a power cut
        } catch (IOException e) {
            // some file systems cannot sync a folder; the rename is still atomic
        }
    }

    private static Path sibling(Path path, String suffix) {
        return path.resolveSibling(path.getFileName() + suffix);
    }
}
