package org.evident.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The errors Jetty answers before a request reaches Evident's handlers (a URI it will not decode, such as one holding
 * an encoded NUL; a request line or headers over its limits), in the API's JSON with the security headers, instead
 * of Jetty's HTML page, which may carry a stack trace.
 */
final class JettyErrors extends ErrorHandler {

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
            HttpServletResponse response, int code, String message) throws IOException {
        baseRequest.setHandled(true);
        EvidentServer.SECURITY_HEADERS.forEach(response::setHeader);
        response.setContentType(EvidentServer.JSON_TYPE);
        byte[] body = body(code, message);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        for (Map.Entry<String, String> header : EvidentServer.SECURITY_HEADERS.entrySet()) {
            fields.put(header.getKey(), header.getValue());
        }
        fields.put(HttpHeader.CONTENT_TYPE, EvidentServer.JSON_TYPE);
        return ByteBuffer.wrap(body(status, reason));
    }

    private static byte[] body(int status, String reason) {
        return EvidentServer.toJson(Views.Error.of(status, message(status, reason))).getBytes(StandardCharsets.UTF_8);
    }

    static String message(int status, String reason) {
        String why = reason == null || reason.isBlank() ? HttpStatus.getMessage(status)
                : Params.clip(reason.replaceAll("\\s+", " ").strip());
        return switch (status) {
            case 414 -> "the URL is too long: " + why + "; send fewer or shorter parameters";
            case 431 -> "the request headers are too large: " + why;
            default -> "the request was refused before it was read: " + why;
        };
    }
}
