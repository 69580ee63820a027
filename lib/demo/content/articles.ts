import { articlesEveryday } from "./articles-1";
import { articlesMore } from "./articles-2";
import { articlesInternalAndEnglish } from "./articles-3";
import type { ArticleSeed } from "./types";

// Knowledge-base articles; the seed script resolves categoryKey and translationOfKey to ids.
export const articles: ArticleSeed[] = [...articlesEveryday, ...articlesMore, ...articlesInternalAndEnglish];
