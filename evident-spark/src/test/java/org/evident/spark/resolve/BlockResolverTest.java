package org.evident.spark.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.spark.resolve.TestRecords.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.evident.model.EventRecord;
import org.evident.pipeline.Pipelines;
import org.evident.resolve.Report;
import org.evident.resolve.Resolver;
import org.junit.jupiter.api.Test;

/** One block resolved without Spark: the same events the store's resolution makes of the same reports. */
class BlockResolverTest {

    private final BlockResolver blocks = new BlockResolver(Pipelines.resolver().rule());

    @Test
    void reportsOfConsecutiveDaysDoNotChainIntoOneEvent() {
        // Monday's and Tuesday's reports agree, and so do Tuesday's and Wednesday's, but Monday's and Wednesday's
        // are two days apart: the store keeps Wednesday's apart, and so must a cluster run
        List<Block.Dated> block = List.of(
                dated(record("mon", "a1", "2020-05-04", "PROTEST", "Hacettepe students", "Ankara"), "2020-05-04"),
                dated(record("tue", "a2", "2020-05-05", "PROTEST", "Hacettepe students", "Ankara"), "2020-05-05"),
                dated(record("wed", "a3", "2020-05-06", "PROTEST", "Hacettepe students", "Ankara"), "2020-05-06"));

        assertThat(ids(blocks.resolve(block))).containsExactly("mon,tue", "wed");
    }

    @Test
    void groupsABlockAsTheStoresResolutionDoesWhateverOrderSparkDeliversItIn() {
        List<Block.Dated> block = new ArrayList<>(List.of(
                dated(record("r1", "a1", null, "PROTEST", "Hacettepe students", "Ankara"), "2020-05-04"),
                dated(record("r2", "a2", "2020-05-05", "PROTEST", "students of Hacettepe", null), "2020-05-05"),
                dated(record("r3", "a3", "2020-05-04", "PROTEST", "farmers", "Izmir"), "2020-05-04"),
                dated(record("r4", "a4", "2020-05-06", "PROTEST", "Hacettepe students", "Ankara"), "2020-05-06")));
        List<Report> reports = block.stream()
                .map(d -> new Report(d.record(), null, LocalDate.ofEpochDay(d.filedDay()))).toList();
        List<String> store = new ArrayList<>();
        for (List<Report> event : new Resolver(Pipelines.resolver().rule()).cluster(reports)) {
            store.add(String.join(",", event.stream().map(r -> r.record().id()).sorted().toList()));
        }

        List<String> forward = ids(blocks.resolve(block));
        java.util.Collections.reverse(block);
        assertThat(ids(blocks.resolve(block))).isEqualTo(forward);
        assertThat(forward).containsExactlyInAnyOrderElementsOf(store);
    }

    @Test
    void aRecordWithNeitherADateNorADayFolderIsAnEventOfItsOwnWithoutDays() {
        EventRecord undated = record("r1", "a1", null, "PROTEST", "farmers", null);
        String block = Block.key(undated, null, 30);
        List<List<Block.Dated>> events = blocks.resolve(List.of(new Block.Dated(undated, null, null)));

        ResolvedEvent event = ResolvedEvent.of(events.get(0));
        assertThat(block).isEqualTo("single|r1");
        assertThat(event.earliest()).isNull();
        assertThat(event.latest()).isNull();
    }

    private static Block.Dated dated(EventRecord record, String filed) {
        return new Block.Dated(record, Block.day(record, filed), Block.filedDay(record, filed));
    }

    private static List<String> ids(List<List<Block.Dated>> events) {
        return events.stream()
                .map(e -> String.join(",", e.stream().map(d -> d.record().id()).sorted().toList())).toList();
    }
}
