package org.evident.server.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.evident.pipeline.Pipeline;
import org.evident.server.EvidentServer;
import org.evident.server.ServerConfig;
import org.evident.store.Store;
import org.evident.store.StoreLocation;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Writes DIR/ui-event.png for the docs: the Kirkuk market bombing of the browser tests' store, told by four
 * sources, with the dead of one report marked. A program, not a test: it checks nothing. From the repository root:
 * <pre>
 * mvn -B -q -pl evident-server -am install -DskipTests
 * (cd evident-server &amp;&amp; mvn -B -q exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.evident.server.browser.UiScreenshot -Dexec.args=../docs)
 * </pre>
 */
public final class UiScreenshot {

    private UiScreenshot() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: UiScreenshot DIR (writes DIR/ui-event.png)");
            System.exit(2);
        }
        if (!Files.isExecutable(Browser.CHROMIUM) || !Files.isExecutable(Browser.CHROMEDRIVER)) {
            System.err.println("UiScreenshot: needs " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER);
            System.exit(2);
        }
        Path work = Files.createTempDirectory("evident-screenshot");
        try (Store store = Store.open(new StoreLocation("jdbc:h2:mem:ui-screenshot;DB_CLOSE_DELAY=-1",
                work.resolve("index")));
             EvidentServer server = startServer(store)) {
            WebDriver driver = Browser.start(work.resolve("chromium-profile"), 1400, 1750);
            try {
                Path file = Path.of(args[0]).resolve("ui-event.png");
                Files.createDirectories(file.getParent());
                Files.write(file, eventPage(driver, "http://127.0.0.1:" + server.port() + "/"));
                System.out.println("wrote " + file);
            } finally {
                driver.quit();
            }
        }
    }

    private static EvidentServer startServer(Store store) {
        UiStories.fill(store);
        return EvidentServer.start(ServerConfig.local(0, "screenshot-token-0123"), store, (Pipeline) null);
    }

    /** The event page of the most reported Kirkuk market event, scrolled to the top, as PNG. */
    private static byte[] eventPage(WebDriver driver, String base) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        driver.get(base + "#/?q=Kirkuk%20market&sort=-reports");
        wait.until(d -> d.findElement(By.tagName("body")).getAttribute("class").contains("ready"));
        By rows = By.cssSelector("#events-table tbody tr[data-id]");
        wait.until(d -> !d.findElements(rows).isEmpty());
        driver.findElements(rows).get(0).findElement(By.cssSelector("a.headline")).click();
        wait.until(d -> d.findElements(By.cssSelector(".article-body mark.ev")).size() > 4);
        driver.manage().window().setSize(new Dimension(1400, 1750));
        driver.findElement(By.xpath("//section[.//h3[.='Bomb kills five at Kirkuk market']]"
                + "//div[@class='article-body']/mark[contains(@data-fields, 'size.dead')]")).click();
        wait.until(d -> d.findElements(By.cssSelector(".event-map path")).size() > 50);
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    }
}
