package app.rapport.common.idempotency;

/** The first answer given to a key: what a retry with that key gets again, its Location and body sealed. */
record StoredAnswer(String operation, byte[] fingerprint, int status, byte[] sealedAnswer) {
}
