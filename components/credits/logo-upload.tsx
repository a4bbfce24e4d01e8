"use client";

import { ImageUp } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { formatBytes } from "@/lib/text/bytes";
import { LOGO_ACCEPT, logoTooBigMessage, MAX_LOGO_BYTES } from "@/lib/uploads/limits";

type Errors = { message: string; file?: string[]; alt?: string[] };

type ApiErrorBody = { error?: { message?: string; fields?: Record<string, string[] | undefined> } };

/**
 * Uploads a PNG or SVG logo and adds it to the end of the credit list's logos section.
 * `revision` is the working list's revision the page was rendered with (null when the list
 * isn't built yet: the form is then disabled). The server's message is shown on failure
 * (role=alert); success toasts and refreshes the page, which brings the new revision.
 */
export function LogoUpload({ projectId, revision }: { projectId: string; revision: number | null }) {
  const id = useId();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<Errors | null>(null);
  const disabled = revision === null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending || revision === null) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get("file");
    const alt = String(data.get("alt") ?? "").trim();

    const local: Errors = { message: "" };
    if (!(file instanceof File) || (file.size === 0 && !file.name)) local.file = ["Choose a PNG or SVG file."];
    else if (file.size > MAX_LOGO_BYTES) local.file = [logoTooBigMessage(file.name, file.size)];
    if (!alt) local.alt = ["Describe the logo for people who can't see it (e.g. “Lighthouse Pictures logo”)."];
    if (local.file || local.alt) {
      setErrors({ ...local, message: local.file?.[0] ?? local.alt![0]! });
      return;
    }

    data.set("alt", alt);
    data.set("revision", String(revision));
    setPending(true);
    setErrors(null);
    try {
      const res = await fetch(`/api/projects/${encodeURIComponent(projectId)}/credits/assets`, { method: "POST", body: data });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as ApiErrorBody | null;
        const fields = body?.error?.fields ?? {};
        setErrors({
          message: body?.error?.message ?? (res.status === 413 ? `The file is too large; a logo can be at most ${formatBytes(MAX_LOGO_BYTES)}.` : "Something went wrong on our side. Nothing was saved."),
          file: fields.file,
          alt: fields.alt,
        });
        return;
      }
      formRef.current?.reset();
      toast.success("Logo added to the credit list.");
      router.refresh();
    } catch {
      setErrors({ message: "The upload failed. Check your connection and try again; nothing was saved." });
    } finally {
      setPending(false);
    }
  }

  /** Field errors that repeat the alert's message are not shown twice. */
  const fieldErrors = (list?: string[]) => list?.filter((e) => e !== errors?.message);

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Upload a logo" aria-busy={pending} className="space-y-3">
      {errors ? (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950/60 dark:text-red-300">
          {errors.message}
        </p>
      ) : null}
      {disabled ? <p className="text-sm text-zinc-600 dark:text-zinc-400">Build the credit list first, then add logos to it.</p> : null}
      <Field id={`${id}-file`} label="Logo file" errors={fieldErrors(errors?.file)} hint={`PNG or SVG, up to ${formatBytes(MAX_LOGO_BYTES)}.`}>
        {(props) => (
          <input
            {...props}
            name="file"
            type="file"
            accept={LOGO_ACCEPT}
            required
            disabled={disabled || pending}
            className="block w-full text-sm text-zinc-700 file:mr-3 file:rounded-lg file:border file:border-zinc-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-zinc-900 hover:file:bg-zinc-100 dark:text-zinc-300 dark:file:border-zinc-700 dark:file:bg-zinc-900 dark:file:text-zinc-100"
          />
        )}
      </Field>
      <Field id={`${id}-alt`} label="Description (alt text)" errors={fieldErrors(errors?.alt)} hint="What the logo says or shows; the text exports print it in place of the image.">
        {(props) => <TextInput {...props} name="alt" required maxLength={500} disabled={disabled || pending} placeholder="e.g. Lighthouse Pictures logo" />}
      </Field>
      <Button type="submit" disabled={disabled || pending} aria-disabled={disabled || pending}>
        <ImageUp className="size-4" aria-hidden /> {pending ? "Uploading…" : "Upload"}
      </Button>
    </form>
  );
}
