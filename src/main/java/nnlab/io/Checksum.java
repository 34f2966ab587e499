package nnlab.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A net file's checksum, computed while the file is written or read, without holding it:
 * SHA-256 over the compact JSON (Jackson's, no spaces) of the root object without its
 * {@code "checksum"} field. Tensor data enters as its standard base64 text, encoded from the
 * doubles' bytes as they stream past, so the checksum of a 60 MB net costs no 60 MB buffer.
 * This is the definition of format version 1, so files written before loading streamed still load.
 *
 * <p>Write every field but the checksum with {@link #json()}; wrap a tensor's data in
 * {@link #beginData()} … {@link #endData(OutputStream)}; then {@link #finish()}.
 */
final class Checksum implements AutoCloseable {

    private final MessageDigest sha;
    /** Everything written here goes into the digest. */
    private final OutputStream digest;
    private final JsonGenerator json;

    Checksum(ObjectMapper mapper) throws IOException {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        digest = new OutputStream() {
            @Override
            public void write(int b) { sha.update((byte) b); }

            @Override
            public void write(byte[] b, int off, int len) { sha.update(b, off, len); }
        };
        json = mapper.createGenerator(digest);
    }

    /** The compact generator whose output is digested; write the fields here as in the file. */
    JsonGenerator json() { return json; }

    /**
     * Starts a base64 value after its field name: returns the stream that takes the raw bytes
     * (which it encodes into the digest); close it with {@link #endData}.
     */
    OutputStream beginData() throws IOException {
        json.writeRawValue("\"");
        json.flush();
        return Base64.getEncoder().wrap(digest);
    }

    /** Ends the value begun by {@link #beginData()}: the base64 padding, then the closing quote. */
    void endData(OutputStream data) throws IOException {
        data.close();
        json.writeRaw('"');
    }

    /** Closes the root object and returns {@code "sha256:<hex>"}. */
    String finish() throws IOException {
        json.writeEndObject();
        json.flush();
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }

    @Override
    public void close() throws IOException { json.close(); }
}
