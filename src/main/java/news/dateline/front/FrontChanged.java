package news.dateline.front;

/** A front readers see was changed (a version published or restored); fired inside its transaction. */
public record FrontChanged(FrontKey front) {
}
