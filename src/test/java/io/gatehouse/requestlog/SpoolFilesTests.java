package io.gatehouse.requestlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spill files keep every field of an entry, and are replayed only once their writer has let go of them. */
class SpoolFilesTests {

    @TempDir
    Path dir;

    private SpoolFiles spool;
    private final SpoolReader reader = new SpoolReader();
    private final List<RequestLogEntry> replayed = new ArrayList<>();

    @BeforeEach
    void spoolInTempDir() {
        spool = new SpoolFiles(dir);
    }

    @Test
    void replayWhenFileStillOpenForAppendsThenLeftAloneUntilRolled() {
        spool.append(Entries.entries(3, "acme"));
        Path file = spool.files().get(0);

        assertThat(reader.replay(file, 10, replayed::addAll, () -> true)).isFalse();
        assertThat(replayed).isEmpty();
        assertThat(file).exists();

        spool.roll();

        assertThat(reader.replay(file, 10, replayed::addAll, () -> true)).isTrue();
        assertThat(replayed).hasSize(3);
        assertThat(file).doesNotExist();
    }

    @Test
    void replayWhenEntriesSpilledThenEveryFieldComesBackInBatches() {
        List<RequestLogEntry> entries = new ArrayList<>(Entries.entries(4, "acme", "globex"));
        entries.add(new RequestLogEntry("acme", "id-with-nulls", Instant.parse("2026-01-02T03:04:05.678Z"),
                null, null, 77L, "DELETE", "/api/v3/orders/1", null, 403, 12, 0, "::1", null, "missing_scope",
                "needs orders:write; this client has orders:read \"quoted\"\nnext line"));
        spool.append(entries);
        spool.roll();
        List<Integer> batchSizes = new ArrayList<>();

        reader.replay(spool.files().get(0), 2, batch -> {
            batchSizes.add(batch.size());
            replayed.addAll(batch);
        }, () -> true);

        assertThat(replayed).containsExactlyElementsOf(entries);
        assertThat(batchSizes).containsExactly(2, 2, 1);
    }

    @Test
    void replayWhenSinkFailsThenFileKeptForTheNextAttempt() throws Exception {
        spool.append(Entries.entries(5, "acme"));
        spool.roll();
        Path file = spool.files().get(0);

        assertThatThrownBy(() -> reader.replay(file, 2, batch -> {
            throw new IllegalStateException("database down");
        }, () -> true)).hasMessage("database down");

        assertThat(Files.readAllLines(file)).hasSize(5);
        assertThat(reader.replay(file, 2, replayed::addAll, () -> true)).isTrue();
        assertThat(replayed).hasSize(5);
    }
}
