package news.dateline.media;

/** What the bytes of an uploaded file turned out to be. */
record InspectedImage(ImageType type, int width, int height) {
}
