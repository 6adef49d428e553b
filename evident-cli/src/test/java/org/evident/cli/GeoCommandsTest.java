package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evident.model.Json;
import org.evident.pipeline.Pipelines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The geocode, geoeval and gazetteer commands in-process, on the bundled gazetteer (no CoreNLP). */
class GeoCommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Pipelines pipelines = Pipelines.builder().annotator(() -> {
            throw new IllegalStateException("no annotator in this test");
        }).geocoding(Pipelines.Geocoding.BUNDLED_AND_USER).build();
        Environment env = new Environment(pipelines, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return Main.commandLine(env).execute(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void geocodePrintsTheChoiceItsReasonAndTheCandidates() {
        assertThat(run("geocode", "Alexandria", "--context", "Rapides Parish deputies arrested a woman.")).isZero();
        assertThat(out()).contains("choice: Alexandria [US P.PPLA2] 31.31").contains("reason: population")
                .contains("candidates (");
    }

    @Test
    void geocodeOfAnUnknownNameSaysSoAndExitsOne() {
        assertThat(run("geocode", "Qwxzzyvq Pfrrt")).isEqualTo(1);
        assertThat(out()).contains("no candidate");
    }

    @Test
    void geoevalPrintsOneJsonObjectPerFile() throws Exception {
        Path xml = dir.resolve("mini.xml");
        Files.writeString(xml, "<articles><article docid=\"1\"><text>Fire in Alexandria. Rapides Parish deputies"
                + " came.</text><toponyms><toponym><start>8</start><end>18</end><phrase>Alexandria</phrase>"
                + "<gaztag geonameid=\"4314550\"><lat>31.3113</lat><lon>-92.4451</lon></gaztag></toponym>"
                + "<toponym><start>20</start><end>34</end><phrase>Rapides Parish</phrase><gaztag geonameid=\"4338356\">"
                + "<lat>31.1669</lat><lon>-92.4835</lon></gaztag></toponym></toponyms></article></articles>");
        assertThat(run("geoeval", xml.toString(), "--json", "--min-acc", "0.5")).isZero();
        JsonNode array = Json.mapper().readTree(out());
        assertThat(array.isArray()).isTrue();
        JsonNode file = array.get(0);
        assertThat(file.get("file").asText()).isEqualTo("mini.xml");
        assertThat(file.get("toponyms").asInt()).isEqualTo(2);
        assertThat(file.get("resolved").asInt()).isEqualTo(2);
        assertThat(file.get("acc161").asDouble()).isEqualTo(1.0);
        assertThat(file.has("median_km") && file.has("mean_km") && file.has("auc")).isTrue();
    }

    @Test
    void geoevalOfAMissingFileNamesItAndExitsTwo() {
        assertThat(run("geoeval", dir.resolve("absent.xml").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("absent.xml").doesNotContain("Exception");
    }

    @Test
    void gazetteerImportWritesTheUserFolder() throws Exception {
        Path dump = dir.resolve("XX.txt");
        Files.writeString(dump, "9001\tKafr Nubl\tKafr Nubl\t\t35.61\t36.56\tP\tPPL\tSY\t\t07\t\t\t\t0\t\t\t\t2024-01-01\n");
        Path target = dir.resolve("gazetteer");
        assertThat(run("gazetteer", "import", dump.toString(), "--dir", target.toString())).isZero();
        assertThat(out()).contains("PLACES, 1 of 1 rows kept");
        assertThat(target.resolve("places-xx.txt")).exists();
    }
}
