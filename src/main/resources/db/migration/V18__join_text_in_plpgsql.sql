-- join_text feeds the stored search vectors of articles (their paragraphs) and named entities (their aliases). As a
-- `language sql` function declared immutable around the stable array_to_string, the planner may not inline it, so
-- PostgreSQL parsed and planned its body again for every row it computed a vector of: 12,767 calls planned 11,864
-- times in one run of scripts/bench/ingest.sh (pg_stat_statements). In PL/pgSQL the expression keeps its plan for the
-- connection's life. The text it returns, and so every stored vector, is the same.

create or replace function join_text(parts text[]) returns text
    language plpgsql immutable parallel safe as $$
begin
    return coalesce(array_to_string(parts, ' '), '');
end $$;
