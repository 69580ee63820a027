/**
 * English words too common to help a query find anything (see `english_query_stop` in analysis.ts). Lowercase,
 * as the lowercase filter leaves them; contractions as the standard tokenizer keeps them ("don't"). Left out on
 * purpose: "it" (IT), and "down", "off", "out", "up", "over", which turn "the server is down" or "log out" into
 * different problems; "may" (the month).
 */
export const englishQueryStopwords: string[] = [
  ...["a", "an", "the", "and", "or", "but", "if", "so", "than", "too", "very", "just", "also", "then", "now"],
  ...["i", "me", "my", "myself", "we", "our", "ours", "us", "you", "your", "yours", "he", "him", "his", "she", "her"],
  ...["its", "they", "them", "their", "theirs", "this", "that", "these", "those", "there", "here"],
  ...["what", "which", "who", "whom", "when", "where", "why", "how", "all", "any", "both", "each", "few", "more"],
  ...["most", "some", "such", "only", "own", "same", "again", "once", "further"],
  ...["am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having"],
  ...["do", "does", "did", "doing", "would", "should", "could", "can", "will", "shall", "might", "must", "not", "no", "nor"],
  ...["of", "at", "by", "for", "with", "about", "against", "between", "into", "through", "during", "before"],
  ...["after", "above", "below", "to", "from", "in", "on", "under", "as", "until", "while", "because"],
  ...["i'm", "i've", "i'd", "i'll", "it's", "that's", "there's", "you're", "we're", "they're"],
  ...["isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "hasn't", "haven't", "hadn't"],
];
