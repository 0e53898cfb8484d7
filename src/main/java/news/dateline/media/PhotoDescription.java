package news.dateline.media;

/** What a photo shows and whose it is: caption, credit (agency / photographer) and alt text. */
public record PhotoDescription(String caption, String credit, String altText) {

    public PhotoDescription {
        caption = caption == null ? "" : caption;
        credit = credit == null ? "" : credit;
        altText = altText == null ? "" : altText;
    }
}
