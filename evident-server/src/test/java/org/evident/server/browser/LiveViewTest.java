package org.evident.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.evident.pipeline.Pipeline;
import org.evident.server.EvidentServer;
import org.evident.server.ServerConfig;
import org.evident.store.Query;
import org.evident.store.Store;
import org.evident.store.StoreLocation;
import org.evident.testkit.Stories.Story;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The main page's live panel in headless Chromium: an alert that fires while the page is open shows at once, each
 * saved search counts its unread firings, and a page opened again catches up on what fired while it was closed.
 */
class LiveViewTest {

    private Store store;
    private EvidentServer server;
    private WebDriver driver;

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aFiringShowsInTheLivePanelAndTheNewEventJoinsTheTable(@TempDir Path dir) throws Exception {
        Browser.assumeInstalled();
        store = Store.open(new StoreLocation("jdbc:h2:mem:live-view-test;DB_CLOSE_DELAY=-1", dir.resolve("index")));
        store.alerts().add("arrests", Query.all(1).withCategory("COERCE"), dir.resolve("a.jsonl").toString(), null,
                null);
        store.alerts().add("everything", Query.all(1), dir.resolve("b.jsonl").toString(), null, null);
        List<Story> stories = UiStories.all();
        Story arrests = stories.stream()
                .filter(s -> s.records().get(0).eventLoc().extractedPlace().equals("Lagos")).findFirst().orElseThrow();
        Story later = stories.stream().filter(s -> s != arrests).reduce((first, second) -> second).orElseThrow();
        for (Story story : stories) {
            if (story != arrests && story != later) {
                store.save(story.article(), story.records());
            }
        }
        store.commitIndex();
        server = EvidentServer.start(ServerConfig.local(0, "live-test-token"), store, (Pipeline) null);
        driver = Browser.start(dir.resolve("chromium-profile"), 1400, 1000);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        driver.get("http://127.0.0.1:" + server.port() + "/#/");
        wait.until(d -> d.findElement(By.id("live-note")).getText().startsWith("Following"));
        int rowsBefore = rows().size();
        assertThat(driver.findElements(By.cssSelector("#live li.firing"))).isEmpty();

        store.save(arrests.article(), arrests.records());

        String firing = wait.until(d -> firingText("arrests"));
        assertThat(firing).contains("arrests").contains("new event").contains("COERCE").contains("Lagos");
        assertThat(firing).contains("#/event/");
        wait.until(d -> rows().size() == rowsBefore + 1);
        wait.until(d -> unread("arrests").equals("1") && unread("everything").equals("1"));
        assertThat(driver.getTitle()).startsWith("(2) ");

        click(wait, "button[data-alert='arrests']");
        click(wait, "button[data-alert='everything']");
        assertThat(unread("arrests")).isEqualTo("0");
        assertThat(driver.getTitle()).doesNotStartWith("(");

        // closed while something fires: opened again, the page catches up and counts it unread
        driver.get("about:blank");
        store.save(later.article(), later.records());
        driver.get("http://127.0.0.1:" + server.port() + "/#/");
        wait.until(d -> unread("everything").equals("1"));
        assertThat(unread("arrests")).isEqualTo("0");
        assertThat(driver.findElements(By.cssSelector("#live li.firing"))).hasSize(1);
    }

    // The live panel re-renders as firings arrive, so an element found one moment may be gone the next; each read
    // below finds and reads in one script, which cannot see a half-replaced panel.
    private String unread(String alert) {
        Object count = ((JavascriptExecutor) driver).executeScript(
                "const c = document.querySelector(arguments[0]); return c ? c.textContent : '';",
                "button[data-alert='" + alert + "'] .count");
        return String.valueOf(count).trim();
    }

    /** The text of the first firing that names {@code alert}, followed by its link, or null while there is none. */
    private String firingText(String alert) {
        Object text = ((JavascriptExecutor) driver).executeScript("""
                for (const f of document.querySelectorAll('#live li.firing')) {
                  if (f.innerText.includes(arguments[0])) {
                    const link = f.querySelector('a');
                    return f.innerText + ' ' + (link ? link.getAttribute('href') : '');
                  }
                }
                return null;""", alert);
        return (String) text;
    }

    private static void click(WebDriverWait wait, String css) {
        wait.until(d -> {
            d.findElement(By.cssSelector(css)).click();
            return true;
        });
    }

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#events-table tbody tr[data-id]"));
    }
}
