import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render-markdown";

describe("renderMarkdown", () => {
  it("renders headings, lists, emphasis and code", () => {
    const html = renderMarkdown(
      "## Steps\n\n1. Press **Ctrl+Alt+Del**\n2. Choose *Change*\n\n- one\n- two\n\nRun `ipconfig`:\n\n```powershell\nipconfig /all\n```\n",
    );
    expect(html).toContain("<h2>Steps</h2>");
    expect(html).toMatch(/<ol>\s*<li>Press <strong>Ctrl\+Alt\+Del<\/strong><\/li>/);
    expect(html).toContain("<em>Change</em>");
    expect(html).toMatch(/<ul>\s*<li>one<\/li>/);
    expect(html).toContain("<code>ipconfig</code>");
    expect(html).toContain('<pre><code class="language-powershell">ipconfig /all\n</code></pre>');
  });

  it("renders GFM tables, strikethrough and task lists", () => {
    const html = renderMarkdown("| Printer | Floor |\n| --- | --- |\n| Kyocera | 2 |\n\n~~old~~\n\n- [x] done\n");
    expect(html).toContain("<table>");
    expect(html).toContain("<th>Printer</th>");
    expect(html).toContain("<td>Kyocera</td>");
    expect(html).toContain("<del>old</del>");
    expect(html).toContain('type="checkbox"');
  });

  it("gives links rel=noopener noreferrer", () => {
    const html = renderMarkdown("See [the portal](https://example.org/help) and <https://example.org>.");
    expect(html).toContain('<a href="https://example.org/help" rel="noopener noreferrer">the portal</a>');
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">');
  });

  it("drops script tags and other raw HTML", () => {
    const html = renderMarkdown(
      'Hello <script>alert(1)</script>\n\n<script>\nalert(2)\n</script>\n\n<div class="x">raw <b>bold</b></div>\n\n<iframe src="https://evil.example"></iframe>',
    );
    expect(html).not.toMatch(/<script|<div|<iframe|<b>/i);
    expect(html).toContain("Hello");
  });

  it("drops event handlers", () => {
    const html = renderMarkdown('<img src="x" onerror="alert(1)">\n\n![pic](x.png "t")\n\nText <a href="#" onclick="alert(1)">click</a>');
    expect(html).not.toMatch(/onerror|onclick/i);
    expect(html).toContain('<img src="x.png" alt="pic" title="t">');
  });

  it("never keeps javascript:, vbscript: or data: links", () => {
    const html = renderMarkdown(
      "[a](javascript:alert(1)) [b](JavaScript:alert(1)) [c](vbscript:msgbox) [d](data:text/html;base64,PHNjcmlwdD4=) ![e](javascript:alert(1))\n\n[f]: javascript:alert(1)\n\n[ref][f]",
    );
    expect(html).not.toMatch(/javascript:|vbscript:|data:/i);
    expect(html).toContain(">a</a>");
  });

  it("escapes text that looks like markup inside code", () => {
    const html = renderMarkdown("`<script>alert(1)</script>`");
    expect(html).toContain("<code>&#x3C;script>alert(1)&#x3C;/script></code>");
  });
  it("keeps images and files attached to the article (same-origin links), and still drops scriptable ones", () => {
    const src = "/api/v1/articles/0b7e1c52-6f0a-4c1e-9d7a-2f4b8a1c3d5e/attachments/6a1f3c2e-9b8d-4e7f-a5c4-1d2e3f4a5b6c";
    const html = renderMarkdown(`![Окно VPN](${src})\n\n[Инструкция.pdf](${src})\n\n![x](javascript:alert(1)) [y](javascript:alert(1))`);
    expect(html).toContain(`<img src="${src}" alt="Окно VPN">`);
    expect(html).toContain(`<a href="${src}" rel="noopener noreferrer">Инструкция.pdf</a>`);
    expect(html).not.toMatch(/javascript:/i);
  });

  it("renders what the article editor writes (tiptap's Markdown: padded tables, fenced code, nested lists)", () => {
    const html = renderMarkdown(
      "- one\n- two\n  - nested\n\n\n| A   | B   |\n| --- | --- |\n| 1   | 2   |\n\n\n```bash\necho <b>hi</b>\n```\n",
    );
    expect(html).toMatch(/<li>two\s*<ul>\s*<li>nested<\/li>/);
    expect(html).toContain("<th>A</th>");
    expect(html).toContain('<code class="language-bash">echo &#x3C;b>hi&#x3C;/b>\n</code>');
  });
});
