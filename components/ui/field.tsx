import { clsx } from "clsx";

/**
 * A labelled form field with its hint and its error right under it, where the eye already is. The error
 * is tied to the control by id, so screen readers announce it with the field.
 */
export function Field({
  id,
  label,
  hint,
  error,
  optional,
  className,
  children,
}: {
  id: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  error?: string | null;
  optional?: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={clsx("space-y-1.5", className)}>
      <label htmlFor={id} className="flex items-baseline gap-2 text-sm font-medium text-slate-800">
        {label}
        {optional && <span className="text-xs font-normal text-slate-500">{optional}</span>}
      </label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700" data-testid={`error-${id}`}>
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** aria props for a control inside <Field>: points at the error (or hint) below it. */
export function describedBy(id: string, error?: string | null, hint?: unknown) {
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : hint ? `${id}-hint` : undefined,
  } as const;
}

/** A message for the whole form, e.g. "you may not do this", shown above its buttons. */
export function FormError({ children }: { children?: React.ReactNode }) {
  if (!children) return null;
  return (
    <p role="status" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="form-error">
      {children}
    </p>
  );
}
