package org.evident.store;

/** The store could not do what was asked; the message names the database or index and the reason. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
