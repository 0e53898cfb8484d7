-- An article's body and search vector are stored compressed (TOAST). PostgreSQL's own method, pglz,
-- costs several times the CPU of lz4 to compress and to decompress; every uncached article page
-- decompresses its body, and every stored version compresses it. New values of these columns are
-- compressed with lz4 where the server was built with it (PostgreSQL 14+ with --with-lz4, as the
-- distributions' packages are); values already stored keep their method, and both are read alike.
-- A server without lz4 keeps pglz.
do $$
begin
    execute 'alter table article alter column body_html set compression lz4,'
        ' alter column search_vector set compression lz4';
    execute 'alter table article_revision alter column body_html set compression lz4';
exception
    when feature_not_supported then
        raise notice 'lz4 is not available on this server: article text stays compressed with pglz';
end
$$;
