// Where the quoted history of a reply begins: the attribution line mail clients write above it, in English
// and Russian, or the header block Outlook copies in.
const historyStarts: RegExp[] = [
  /^On .{0,200}wrote:\s*$/i,
  /^.{0,200}(написал|написала|пишет)\s*(\(а\))?:\s*$/i,
  /^-{2,}\s*(Original Message|Forwarded message|Исходное сообщение|Пересылаемое сообщение)\s*-{2,}\s*$/i,
  /^_{10,}\s*$/,
  /^(From|От|От кого):\s.+$/i,
];

// The end of what the person wrote: the standard "-- " signature separator, and the phones' own lines.
const signatureStarts: RegExp[] = [/^-- ?$/, /^(Sent from my|Отправлено с|Отправлено из|Get Outlook for)(?=\s|$)/i];

/**
 * What the person actually wrote in a reply: the text above the quoted history and the signature. Lines
 * quoted with ">" at the end go too. If nothing would be left (a reply that is all quote, or one written
 * below the quote), the whole text is kept: losing words is worse than keeping a quote.
 */
export function stripReply(body: string): string {
  const lines = body.replace(/\r\n?/g, "\n").split("\n");
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    // Outlook's block is "From: … / Sent: …": a lone "From:" line in the text is not history.
    const outlookHeader = /^(From|От|От кого):/i.test(line) && !/^(Sent|Отправлено|Date|Дата):/i.test(lines[i + 1]?.trim() ?? "");
    if (historyStarts.some((re) => re.test(line)) && !outlookHeader) {
      end = i;
      break;
    }
    if (signatureStarts.some((re) => re.test(lines[i]))) {
      end = i;
      break;
    }
  }
  const kept = lines.slice(0, end);
  while (kept.length > 0 && (kept[kept.length - 1].trim() === "" || kept[kept.length - 1].trimStart().startsWith(">"))) kept.pop();
  const result = kept.join("\n").trim();
  return result || body.trim();
}
