"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { createProblemAction } from "@/lib/actions/problems";

/** "Open a problem" on a recurring group's page: a problem titled after the group, with the group's tickets linked. */
export function OpenProblemButton({ groupId, title, label }: { groupId: string; title: string; label: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div>
      <Button
        variant="primary"
        size="sm"
        pending={pending}
        data-testid="open-problem"
        onClick={() =>
          startTransition(async () => {
            const result = await createProblemAction({ title, fromGroupId: groupId });
            if (result.ok) router.push(`/problems/${result.data.number}`);
            else setError(result.error);
          })
        }
      >
        {label}
      </Button>
      {error && <FormError>{error}</FormError>}
    </div>
  );
}
