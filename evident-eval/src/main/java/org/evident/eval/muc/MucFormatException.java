package org.evident.eval.muc;

import java.io.IOException;

/** A MUC text or key file that cannot be read; the message names the file, the message id and the reason. */
public final class MucFormatException extends IOException {

    public MucFormatException(String file, String messageId, String reason) {
        super(file + (messageId == null ? "" : ": " + messageId) + ": " + reason);
    }
}
