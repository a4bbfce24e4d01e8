import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

export const inputClass =
  "block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm text-zinc-900 shadow-sm placeholder:text-zinc-400 focus:border-accent-600 focus:outline-none focus:ring-2 focus:ring-accent-500/40 aria-[invalid=true]:border-red-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-500";

type FieldProps = {
  id: string;
  label: string;
  errors?: string[];
  hint?: ReactNode;
  children: (props: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => ReactNode;
  className?: string;
};

/** A labelled form control with a hint and an error region announced to screen readers. */
export function Field({ id, label, errors, hint, children, className }: FieldProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errorId].filter(Boolean).join(" ");
  const hasError = Boolean(errors && errors.length > 0);
  return (
    <div className={cn("space-y-1.5", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
        {label}
      </label>
      {children({ id, "aria-describedby": describedBy, "aria-invalid": hasError || undefined })}
      {hint ? (
        <p id={hintId} className="text-xs text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
      <div id={errorId} aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
        {errors?.map((e) => <p key={e}>{e}</p>)}
      </div>
    </div>
  );
}

export function TextInput(props: ComponentProps<"input">) {
  return <input {...props} className={cn(inputClass, props.className)} />;
}

export function TextArea(props: ComponentProps<"textarea">) {
  return <textarea {...props} className={cn(inputClass, "min-h-24", props.className)} />;
}

export function Select(props: ComponentProps<"select">) {
  return <select {...props} className={cn(inputClass, "pr-8", props.className)} />;
}

/** The form-level message (success or error) of a server action, announced politely. */
export function FormMessage({ state }: { state: { status: string; message?: string } }) {
  return (
    <div aria-live="polite" role="status">
      {state.message ? (
        <p
          className={cn(
            "rounded-lg px-3 py-2 text-sm",
            state.status === "error"
              ? "bg-red-50 text-red-800 dark:bg-red-950/60 dark:text-red-300"
              : "bg-emerald-50 text-emerald-800 dark:bg-emerald-950/60 dark:text-emerald-300",
          )}
        >
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
