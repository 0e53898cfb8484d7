package news.dateline.media;

/** What the bytes of an uploaded file turned out to be, read from its header. */
record InspectedImage(ImageType type, int width, int height) {

    long pixels() {
        return (long) width * height;
    }
}
