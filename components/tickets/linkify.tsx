// Web addresses in plain text (a solution naming the article it came from) as pieces to render as links.
// Only http(s) addresses: whatever else is in the text stays text, and React escapes it.
const URL_PATTERN = /https?:\/\/[^\s<>"«»]+/g;
// Closing punctuation after an address belongs to the sentence, not to the address.
const TRAILING = /[.,;:!?)\]'»”]+$/;

export function linkParts(text: string): { text: string; href?: string }[] {
  const parts: { text: string; href?: string }[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(TRAILING, "");
    const at = match.index;
    if (at > last) parts.push({ text: text.slice(last, at) });
    parts.push({ text: url, href: url });
    last = at + url.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** Plain text with its web addresses clickable. */
export function Linkified({ text }: { text: string }) {
  return (
    <>
      {linkParts(text).map((part, i) =>
        part.href ? (
          <a
            key={i}
            href={part.href}
            className="break-all text-brand-700 underline decoration-brand-500/40 underline-offset-2 hover:decoration-brand-600"
            rel="noopener noreferrer"
          >
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
