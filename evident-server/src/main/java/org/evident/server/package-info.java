/** The REST API under /api and the web UI, served by one process. */
package org.evident.server;
