package org.evident.server;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may do what: writes need the bearer token; reads need it too from clients on other hosts, unless reads are
 * open. The client address is the connection's own (forwarding headers are not trusted).
 */
final class Access {

    private final byte[] token;
    private final boolean openReads;

    Access(String token, boolean openReads) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.openReads = openReads;
    }

    void checkRead(Context ctx) {
        if (!openReads && !loopback(ctx.req().getRemoteAddr()) && !tokenGiven(ctx)) {
            throw unauthorized(ctx, "reads from other hosts need the header 'Authorization: Bearer <token>'"
                    + " (or a server started with --open-reads)");
        }
    }

    void checkWrite(Context ctx) {
        if (!tokenGiven(ctx)) {
            throw unauthorized(ctx, "writes need the header 'Authorization: Bearer <token>'");
        }
    }

    private boolean tokenGiven(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null) {
            return false;
        }
        String value = header.strip();
        if (!value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(token, value.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }

    private static ApiException unauthorized(Context ctx, String message) {
        ctx.header("WWW-Authenticate", "Bearer");
        String given = ctx.header("Authorization");
        return new ApiException(401, given == null ? message : "wrong or malformed token; " + message);
    }

    static boolean loopback(String address) {
        if (address == null || address.isEmpty()) {
            return false;
        }
        try {
            // a literal address: parsed, never looked up
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
