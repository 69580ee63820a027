"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { TextArea } from "@/components/ui/input";
import { confirmAction } from "@/lib/actions/tickets";
import { StarRating } from "../star-rating";
import { ActionForm } from "./action-form";
import { useTicketAction } from "./use-action";

/** The requester accepts the solution; a rating and a word are welcome, not required. */
export function ConfirmForm({ ticketId, onClose }: { ticketId: string; onClose: () => void }) {
  const t = useTranslations("ticketActions.confirm");
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState("");
  const { pending, error, run } = useTicketAction();
  return (
    <ActionForm
      testId="form-confirm"
      title={t("title")}
      hint={t("hint")}
      submitLabel={t("submit")}
      submitVariant="success"
      pending={pending}
      error={error}
      onClose={onClose}
      onSubmit={() => run(() => confirmAction({ ticketId, rating: rating ?? undefined, comment: comment.trim() || undefined }), onClose)}
    >
      <div className="space-y-1.5">
        <span className="block text-sm font-medium text-slate-800">{t("rating")}</span>
        <StarRating value={rating} onChange={setRating} label={t("rating")} />
      </div>
      <Field id="confirm-comment" label={t("comment")} optional={t("optional")}>
        <TextArea
          id="confirm-comment"
          rows={2}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          placeholder={t("placeholder")}
        />
      </Field>
    </ActionForm>
  );
}
