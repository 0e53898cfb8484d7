package news.dateline.platform;

import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/** The {@code ETag} validators of the site's responses, made from their bytes. */
public final class EntityTags {

    private EntityTags() {
    }

    /**
     * The validator of a body: two independent 32-bit checksums of its bytes (CRC-32C and CRC-32, both
     * computed by the processor's own instructions) and its length. A validator only has to tell two
     * versions of one page apart, not resist a forger, and a cryptographic digest of every rendered
     * page cost a twentieth of its rendering.
     */
    public static String of(byte[] body) {
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(body);
        CRC32 ieee = new CRC32();
        ieee.update(body);
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits((int) castagnoli.getValue()) + hex.toHexDigits((int) ieee.getValue())
                + Integer.toHexString(body.length);
    }
}
