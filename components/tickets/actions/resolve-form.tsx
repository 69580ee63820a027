"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { describedBy, Field } from "@/components/ui/field";
import { Checkbox, TextArea } from "@/components/ui/input";
import { resolveAction } from "@/lib/actions/tickets";
import type { ArticleForSolution } from "@/lib/kb/capture/article-for-solution";
import { onSolutionProposed, peekProposal, takeProposal } from "../solution-proposal";
import { appendToSolution, articleBlock, removeFromSolution } from "../solution-text";
import { ActionForm } from "./action-form";
import { ArticlePicker } from "./article-picker";
import { useTicketAction } from "./use-action";

/**
 * The solution, and whether it may be suggested to others with the same problem (on by default). An article
 * picked from the knowledge base adds its summary and link to the solution and is sent along, so the ticket
 * links it as the solution used (a use of the article).
 */
export function ResolveForm({ ticketId, onClose }: { ticketId: string; onClose: () => void }) {
  const t = useTranslations("ticketActions.resolve");
  const tc = useTranslations("capture.picker");
  // Opened by "Use this solution": start from the proposed text; later proposals are appended.
  const [solution, setSolution] = useState(() => peekProposal() ?? "");
  useEffect(() => {
    takeProposal();
    return onSolutionProposed(() => {
      const text = takeProposal();
      if (text) setSolution((current) => appendToSolution(current, text));
    });
  }, []);
  const [shareable, setShareable] = useState(true);
  const [article, setArticle] = useState<{ id: string; title: string } | null>(null);
  // The text the picked article added, to take back when it is removed or replaced.
  const added = useRef("");
  const textArea = useRef<HTMLTextAreaElement>(null);
  const { pending, error, fields, run, setFields } = useTicketAction();
  const fieldError = fields.solution ? (solution.trim() ? fields.solution : t("required")) : null;

  function pick(picked: ArticleForSolution) {
    // An absolute link: the solution is read in e-mails too, where a path alone leads nowhere.
    const url = `${window.location.origin}/kb/articles/${picked.id}`;
    const block = articleBlock(picked.summary, tc("link", { title: picked.title, url }));
    // The ref is read now: state updaters run later, after it has changed.
    const previous = added.current;
    setSolution((current) => appendToSolution(removeFromSolution(current, previous), block));
    added.current = block;
    setArticle({ id: picked.id, title: picked.title });
    setFields({});
    // Back to the text, to read what was added and adapt it to this ticket.
    requestAnimationFrame(() => textArea.current?.focus());
  }

  function remove() {
    const previous = added.current;
    setSolution((current) => removeFromSolution(current, previous));
    added.current = "";
    setArticle(null);
  }

  return (
    <ActionForm
      testId="form-resolve"
      title={t("title")}
      hint={t("hint")}
      submitLabel={t("submit")}
      submitVariant="success"
      pending={pending}
      error={error ?? fields.articleId ?? null}
      onClose={onClose}
      onSubmit={() => {
        if (!solution.trim()) return setFields({ solution: t("required") });
        run(() => resolveAction({ ticketId, solution, shareable, articleId: article?.id }), onClose);
      }}
    >
      <ArticlePicker value={article} onPick={pick} onRemove={remove} />
      <Field id="resolve-solution" label={t("field")} error={fieldError}>
        <TextArea
          {...describedBy("resolve-solution", fieldError)}
          ref={textArea}
          autoFocus
          rows={article ? 8 : 5}
          value={solution}
          onChange={(e) => setSolution(e.target.value)}
          placeholder={t("placeholder")}
        />
      </Field>
      <div>
        <Checkbox label={t("shareable")} checked={shareable} onChange={(e) => setShareable(e.target.checked)} data-testid="shareable" />
        <p className="mt-1 pl-6 text-xs text-slate-500">{t("shareableHint")}</p>
      </div>
    </ActionForm>
  );
}
