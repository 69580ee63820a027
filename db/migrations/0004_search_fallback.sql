-- Full-text search in Postgres for when the search node is down (lib/search/fallback): the same texts the
-- search index holds, as GIN expression indexes, so the fallback is fast without columns the schema does not
-- know about. The `russian` configuration stems Cyrillic words with the Russian Snowball stemmer and Latin words
-- with the English one, so one configuration covers both languages; ё is folded to е first, as in the index.
-- Queries must call these same functions for the indexes to be used. The bodies use built-in functions only:
-- PostgreSQL 17 builds indexes with a search_path of pg_catalog alone, where a helper of ours would not be found.
CREATE FUNCTION ticket_search_vector(subject text, description text, solution text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT setweight(to_tsvector('russian'::regconfig, translate(coalesce(subject, ''), 'Ёё', 'Ее')), 'A')
        || setweight(to_tsvector('russian'::regconfig, translate(coalesce(solution, ''), 'Ёё', 'Ее')), 'B')
        || setweight(to_tsvector('russian'::regconfig, translate(coalesce(description, ''), 'Ёё', 'Ее')), 'C')
  $$;
--> statement-breakpoint
CREATE FUNCTION remark_search_vector(body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT to_tsvector('russian'::regconfig, translate(coalesce(body, ''), 'Ёё', 'Ее')) $$;
--> statement-breakpoint
CREATE FUNCTION article_search_vector(title text, tags text[], body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT setweight(to_tsvector('russian'::regconfig, translate(coalesce(title, ''), 'Ёё', 'Ее')), 'A')
        || setweight(to_tsvector('russian'::regconfig, translate(array_to_string(tags, ' '), 'Ёё', 'Ее')), 'B')
        || setweight(to_tsvector('russian'::regconfig, translate(coalesce(body, ''), 'Ёё', 'Ее')), 'C')
  $$;
--> statement-breakpoint
CREATE INDEX tickets_search_idx ON tickets USING gin (ticket_search_vector(subject, description, solution));
--> statement-breakpoint
CREATE INDEX ticket_remarks_search_idx ON ticket_remarks USING gin (remark_search_vector(body));
--> statement-breakpoint
CREATE INDEX articles_search_idx ON articles USING gin (article_search_vector(title, tags, body));
