export type Named = { id: string; name: string };

/** What the rule form and summaries choose from, with names already in the interface language. */
export type RuleOptions = { categories: Named[]; departments: Named[]; lines: Named[]; staff: Named[] };
