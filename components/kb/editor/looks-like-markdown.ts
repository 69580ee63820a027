// Line starts and inline forms that plain prose rarely has but Markdown always does.
const blockSigns = [
  /^#{1,6}\s+\S/m, // heading
  /^\s*[-*+]\s+\S/m, // bullet
  /^\s*\d+[.)]\s+\S/m, // numbered item
  /^```/m, // code fence
  /^\s*>\s?\S/m, // quote
  /^\|.+\|\s*$\n^\|?\s*:?-{3,}/m, // table header and its rule
];
const inlineSigns = [/\[[^\]\n]+\]\([^)\s]+\)/, /\*\*[^*\n]+\*\*/, /`[^`\n]+`/];

/**
 * Is this pasted plain text Markdown (from a README, a chat, another wiki)? Then the editor shows it
 * formatted instead of as literal asterisks. A single sign on a single line is not enough for inline marks,
 * so an e-mail with one `*` stays as it is.
 */
export function looksLikeMarkdown(text: string): boolean {
  if (blockSigns.some((sign) => sign.test(text))) return true;
  return inlineSigns.filter((sign) => sign.test(text)).length >= 1 && text.includes("\n");
}
