-- Planning a search reads the statistics of the search vectors once for every condition on them. V26
-- kept up to 100,000 words there so that a rare word was not taken for a common one, which made a
-- search walk the archive newest first; that cost about 1.4 ms a condition (on 100,000 generated
-- articles 5 ms of every search went to planning, as much as running it). Searches now walk at most
-- the newest thousand articles and find older matches through the search index whatever the estimate,
-- so the default statistics (about a thousand words, planning 1.3 ms a search) are enough again.
alter table article alter column search_vector set statistics -1;
alter table article alter column headline_vector set statistics -1;
analyze article;
