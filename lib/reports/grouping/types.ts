/** One text to group. `text` is subject + description + solution; its FIRST LINE is read as the subject. */
export type GroupInput = { id: string; text: string };

/** A recurring problem found in the texts. */
export type ProblemGroup = {
  /** Ids of the texts, the one closest to the group's centre first (the best example to show). */
  members: string[];
  /** 3–5 words as they appear in the texts (not stems), most telling first: what a person reads as the problem. */
  labelTerms: string[];
  /** Sparse stem → weight, at most `centroidTerms` entries, JSON-storable: what `matchGroup` compares new texts with. */
  centroid: Record<string, number>;
  /**
   * The absolute similarity threshold the grouping that made this group used (its corpus's scale times
   * `relativeThreshold`, at least `threshold`). `matchGroup` holds a new text to it; optional so groups stored
   * before it existed still load (matchGroup then uses the params' `threshold`).
   */
  threshold?: number;
};

/** How texts are grouped; `defaultGroupingParams` holds the measured choice (README.md). */
export type GroupingParams = {
  /**
   * Two groups merge (and a new text joins a group) when their mean pairwise similarity reaches the effective
   * threshold: max(`threshold`, `relativeThreshold` × the corpus's similarity scale, the median over the texts of
   * each one's best-neighbour similarity). So `threshold` is a floor; with `relativeThreshold` 0 it is the threshold.
   */
  threshold: number;
  /** The factor on the corpus's similarity scale (above); 0 for a fixed, absolute `threshold`. */
  relativeThreshold: number;
  /** "average": merge on the mean similarity of all pairs across two groups; "single": on any one pair (chains). */
  linkage: "average" | "single";
  /** Term weight = (ln(N/df) / ln N) ^ idfPower; 0 ignores how rare a word is. */
  idfPower: number;
  /** How much a subject word counts against a body word. */
  subjectWeight: number;
  /** Strip Russian and English endings before comparing words. */
  stem: boolean;
  /** Candidate neighbours kept per text (after exact similarity). */
  neighbours: number;
  /** A text looks for neighbours through this many of its heaviest words… */
  probeTerms: number;
  /** …reading at most this many other texts from each word's posting list (the nearest in input order). */
  maxPostings: number;
  /** Size of the stored centroid. */
  centroidTerms: number;
};
