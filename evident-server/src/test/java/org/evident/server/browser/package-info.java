/** Browser tests of the web UI: headless Chromium driven by Selenium against a real server on a free port. */
package org.evident.server.browser;
