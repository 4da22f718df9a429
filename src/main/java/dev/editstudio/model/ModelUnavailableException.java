package dev.editstudio.model;

import dev.editstudio.base.error.ApiException;

/**
 * The model cannot be reached now (its server is down or does not serve the version asked for). Work that needs it
 * waits and is tried again; the API answers 503 {@code model_unavailable}.
 */
public class ModelUnavailableException extends ApiException {

    public ModelUnavailableException(String reason) {
        super(503, "model_unavailable", "The edit model is not available right now: " + reason);
    }
}
