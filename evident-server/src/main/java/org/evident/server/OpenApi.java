package org.evident.server;

/** The OpenAPI 3.0 document of the API, written by hand beside the code and checked by a test against the routes. */
final class OpenApi {

    static final String RESOURCE = "org/evident/server/openapi.json";

    private OpenApi() {}
}
