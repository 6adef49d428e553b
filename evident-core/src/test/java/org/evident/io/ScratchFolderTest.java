package org.evident.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchFolderTest {

    @Test
    void closingDeletesTheFolderWithNestedFiles() throws Exception {
        Path kept;
        try (ScratchFolder scratch = ScratchFolder.create("evident-scratch-test-")) {
            kept = scratch.path();
            Files.createDirectories(kept.resolve("db/index"));
            Files.writeString(kept.resolve("db/index/segment"), "x");
            Files.writeString(kept.resolve("top.txt"), "y");
            assertTrue(Files.isDirectory(kept));
        }
        assertFalse(Files.exists(kept));
    }

    @Test
    void aFolderAlreadyGoneIsNoError() throws Exception {
        ScratchFolder scratch = ScratchFolder.create("evident-scratch-test-");
        ScratchFolder.deleteTree(scratch.path());
        scratch.close();
        assertFalse(Files.exists(scratch.path()));
    }

    @Test
    void aFolderIsDeletedAlsoWhenTheWorkFails() throws Exception {
        Path kept = null;
        try (ScratchFolder scratch = ScratchFolder.create("evident-scratch-test-")) {
            kept = scratch.path();
            Files.writeString(kept.resolve("half-written"), "z");
            throw new IllegalStateException("the work failed");
        } catch (IllegalStateException expected) {
            // the folder must be gone all the same
        }
        assertFalse(Files.exists(kept));
    }
}
