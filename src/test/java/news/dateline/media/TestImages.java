package news.dateline.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/**
 * Images made by the tests themselves: real small ones, and bombs (small files that declare a huge
 * canvas). Nothing big is kept in the repository.
 */
public final class TestImages {

    public static final int BOMB_SIZE = 40_000;

    private TestImages() {
    }

    /** A real JPEG with a gradient, so that it compresses like a photo. */
    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    /** A lossy (VP8) WebP, 400×300, made with cwebp. */
    public static byte[] webpLossy() {
        return resource("media/harbour-lossy.webp");
    }

    /** A lossless (VP8L) WebP, 400×300, made with cwebp. */
    public static byte[] webpLossless() {
        return resource("media/harbour-lossless.webp");
    }

    /**
     * A valid PNG of {@value #BOMB_SIZE}×{@value #BOMB_SIZE} one-bit grey pixels, all zero: a few hundred
     * kilobytes that decode to 1.6 gigapixels.
     */
    public static byte[] pngBomb() {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(BOMB_SIZE).putInt(BOMB_SIZE)
                .put((byte) 1).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", header.array());
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] row = new byte[1 + (BOMB_SIZE + 7) / 8];
        byte[] buffer = new byte[64 * 1024];
        for (int y = 0; y < BOMB_SIZE; y++) {
            deflater.setInput(row);
            while (!deflater.needsInput()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        chunk(png, "IDAT", compressed.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** A small real JPEG whose SOF0 header is patched to declare {@value #BOMB_SIZE}×{@value #BOMB_SIZE}. */
    public static byte[] jpegBomb() {
        byte[] jpeg = jpeg(64, 48);
        for (int i = 2; i + 8 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                jpeg[i + 5] = (byte) (BOMB_SIZE >> 8);
                jpeg[i + 6] = (byte) BOMB_SIZE;
                jpeg[i + 7] = (byte) (BOMB_SIZE >> 8);
                jpeg[i + 8] = (byte) BOMB_SIZE;
                return jpeg;
            }
        }
        throw new IllegalStateException("No SOF0 marker in the JPEG ImageIO wrote");
    }

    /** A WebP whose VP8X header declares a 16384×16384 canvas, followed by a tiny lossless image. */
    public static byte[] webpExtendedBomb() {
        ByteBuffer vp8x = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        vp8x.put((byte) 0).put(new byte[3]);
        putLe24(vp8x, 16384 - 1);
        putLe24(vp8x, 16384 - 1);
        byte[] lossless = webpLossless();
        byte[] vp8l = new byte[lossless.length - 12];
        System.arraycopy(lossless, 12, vp8l, 0, vp8l.length);
        return riff(concat(chunkLe("VP8X", vp8x.array()), vp8l));
    }

    /** A lossless WebP whose VP8L header declares the largest canvas, 16384×16384, over random data. */
    public static byte[] webpLosslessBomb() {
        return webpLosslessDeclaring(16384);
    }

    /** A lossless WebP whose VP8L header declares a square canvas of {@code side} pixels, over random data. */
    public static byte[] webpLosslessDeclaring(int side) {
        ByteBuffer vp8l = ByteBuffer.allocate(5 + 512).order(ByteOrder.LITTLE_ENDIAN);
        vp8l.put((byte) 0x2F).putInt((side - 1) | (side - 1) << 14);
        byte[] noise = new byte[512];
        new Random(7).nextBytes(noise);
        vp8l.put(noise);
        return riff(chunkLe("VP8L", vp8l.array()));
    }

    /** A valid RIFF/WEBP header followed by random bytes. */
    public static byte[] fakeWebp() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        return riff(noise);
    }

    private static byte[] riff(byte[] body) {
        ByteBuffer riff = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.length)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(body);
        return riff.array();
    }

    private static byte[] chunkLe(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        chunk.put(type.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return chunk.array();
    }

    private static void putLe24(ByteBuffer buffer, int value) {
        buffer.put((byte) value).put((byte) (value >> 8)).put((byte) (value >> 16));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(20, 80, 160), width, height, new Color(240, 200, 60)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] resource(String name) {
        try (InputStream in = TestImages.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
