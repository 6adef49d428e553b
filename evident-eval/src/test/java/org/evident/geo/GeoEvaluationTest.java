package org.evident.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoEvaluationTest {

    @TempDir
    Path dir;

    @Test
    void scoresAccuracyMedianMeanAndAuc() {
        GeoEvaluation.Result r = GeoEvaluation.score("x", List.of(0.0, 100.0, 200.0, GeoEvaluation.MAX_ERROR_KM), 3,
                List.of());
        assertThat(r.acc161()).isEqualTo(0.5);
        assertThat(r.medianKm()).isEqualTo(150.0);
        assertThat(r.meanKm()).isEqualTo((300 + GeoEvaluation.MAX_ERROR_KM) / 4, within(1e-9));
        assertThat(GeoEvaluation.auc(new double[] {0, 0})).isEqualTo(0.0);
        assertThat(GeoEvaluation.auc(new double[] {GeoEvaluation.MAX_ERROR_KM, GeoEvaluation.MAX_ERROR_KM}))
                .isEqualTo(1.0, within(1e-4));
    }

    @Test
    void readsBothBenchmarkLayoutsAndFixesOffsetsThatAreOneOff() throws IOException {
        Path lgl = dir.resolve("lgl.xml");
        Files.writeString(lgl, "<articles><article docid=\"7\"><text>Fire in Alexandria. Rapides Parish helped.</text>"
                + "<toponyms><toponym><start>8</start><end>18</end><phrase>Alexandria</phrase>"
                + "<gaztag geonameid=\"3\"><lat>31.2</lat><lon>29.9</lon></gaztag></toponym>"
                + "<toponym><start>20</start><end>34</end><phrase>Rapides Parish</phrase><gaztag geonameid=\"2\">"
                + "</gaztag></toponym></toponyms></article></articles>");
        Path virus = dir.resolve("virus.xml");
        Files.writeString(virus, "<articles><article><text>Cases in Aleppo rose.</text><locations><location>"
                + "<name>Aleppo</name><start>10</start><end>16</end><lat>36.2</lat><lon>37.13</lon></location>"
                + "</locations></article></articles>");
        List<GeoCorpus.GoldArticle> a = GeoCorpus.read(lgl);
        assertThat(a.get(0).id()).isEqualTo("7");
        assertThat(a.get(0).toponyms()).hasSize(1); // the second has no coordinates
        List<GeoCorpus.GoldArticle> b = GeoCorpus.read(virus);
        assertThat(b.get(0).toponyms().get(0).toponym().begin()).isEqualTo(9);
        assertThat(b.get(0).toponyms().get(0).toponym().name()).isEqualTo("Aleppo");

        GeoEvaluation.Result r = GeoEvaluation.evaluate(lgl, new GazetteerGeocoder(Fixture.gazetteer()));
        assertThat(r.toponyms()).isEqualTo(1);
        assertThat(r.acc161()).isEqualTo(1.0);
        assertThat(r.withIds()).isEqualTo(1);
        assertThat(r.exactShare()).isEqualTo(1.0);
    }

    @Test
    void aFileThatIsNotBenchmarkXmlFailsWithItsName() throws IOException {
        Path bad = dir.resolve("bad.xml");
        Files.writeString(bad, "not xml");
        assertThatThrownBy(() -> GeoCorpus.read(bad)).isInstanceOf(IOException.class).hasMessageStartingWith(bad.toString());
    }
}
