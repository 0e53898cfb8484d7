package news.dateline.contributor;

/** A contributor's public details (name, bio, photo) changed. Fired inside the transaction of the change. */
public record ContributorChanged(long contributorId) {
}
