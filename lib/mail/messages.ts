/**
 * The emails Hatrack sends, as plain text and HTML with the same words. Pure: the caller
 * passes every name and link. Names typed by users are escaped in the HTML and kept on one
 * line in the text and subject (a name can't add headers or markup).
 */

export type MailContent = { subject: string; text: string; html: string };

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/** One line, at most `max` characters: user text never breaks a subject or a paragraph. */
export function oneLine(text: string, max = 200): string {
  const flat = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

type Block = { kind: "p"; text: string } | { kind: "button"; label: string; href: string } | { kind: "list"; items: string[] } | { kind: "small"; text: string };

/** The same blocks as text and as simple, inline-styled HTML (mail clients ignore style sheets). */
function render(subject: string, blocks: readonly Block[], footer: string): MailContent {
  const text = [
    ...blocks.map((b) =>
      b.kind === "button" ? `${b.label}:\n${b.href}` : b.kind === "list" ? b.items.map((i) => `- ${i}`).join("\n") : b.text,
    ),
    "--",
    footer,
  ].join("\n\n");
  const body = blocks
    .map((b) => {
      switch (b.kind) {
        case "p":
          return `<p style="margin:0 0 16px">${escapeHtml(b.text)}</p>`;
        case "small":
          return `<p style="margin:0 0 16px;color:#52525b;font-size:13px">${escapeHtml(b.text)}</p>`;
        case "list":
          return `<ul style="margin:0 0 16px;padding-left:20px">${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>`;
        case "button":
          return `<p style="margin:0 0 16px"><a href="${escapeHtml(b.href)}" style="display:inline-block;background:#18181b;color:#ffffff;padding:10px 16px;border-radius:8px;text-decoration:none;font-weight:600">${escapeHtml(b.label)}</a></p><p style="margin:0 0 16px;color:#52525b;font-size:13px">Or open this link: <a href="${escapeHtml(b.href)}">${escapeHtml(b.href)}</a></p>`;
      }
    })
    .join("\n");
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#fafafa;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#18181b;line-height:1.5">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #e4e4e7;border-radius:12px;padding:24px">
${body}
<p style="margin:24px 0 0;color:#71717a;font-size:12px">${escapeHtml(footer)}</p>
</div></body></html>`;
  return { subject, text, html };
}

const FOOTER = "Sent by Hatrack, which keeps this production's crew list and credits.";

/** An invitation to join a team. */
export function inviteMessage(input: { teamName: string; inviterName: string; roleLabel: string; link: string; expiresAt: Date }): MailContent {
  const team = oneLine(input.teamName);
  const inviter = oneLine(input.inviterName);
  return render(
    `${inviter} invited you to ${team} on Hatrack`,
    [
      { kind: "p", text: `${inviter} invited you to join ${team} on Hatrack as ${input.roleLabel === "Owner" || input.roleLabel === "Editor" ? "an" : "a"} ${input.roleLabel}.` },
      { kind: "button", label: "Accept the invitation", href: input.link },
      { kind: "small", text: `The link works once, until ${dateFormat.format(input.expiresAt)}. If you did not expect it, ignore this email.` },
    ],
    FOOTER,
  );
}

/** A crew member is asked to confirm how their name and roles will read in the credits. */
export function nameCheckRequestMessage(input: { teamName: string; projectTitle: string; personName: string; roles: readonly string[]; link: string; expiresAt: Date }): MailContent {
  const project = oneLine(input.projectTitle);
  return render(
    `Check your name in the credits of ${project}`,
    [
      { kind: "p", text: `Hello ${oneLine(input.personName)},` },
      { kind: "p", text: `${oneLine(input.teamName)} is preparing the credits of ${project}. Please check that your name and roles read right:` },
      { kind: "list", items: [oneLine(input.personName), ...input.roles.slice(0, 20).map((r) => oneLine(r))] },
      { kind: "button", label: "Confirm or correct your name", href: input.link },
      { kind: "small", text: `No account needed. The link is private to you and works once, until ${dateFormat.format(input.expiresAt)}.` },
    ],
    FOOTER,
  );
}

/** The Editor who asked hears the crew member's answer. */
export function nameCheckAnswerMessage(input: {
  projectTitle: string;
  personName: string;
  answer: "confirmed" | "proposed";
  proposedName?: string | null;
  proposedPronouns?: string | null;
  note?: string | null;
  link: string;
}): MailContent {
  const person = oneLine(input.personName);
  const project = oneLine(input.projectTitle);
  if (input.answer === "confirmed") {
    return render(
      `${person} confirmed their name for ${project}`,
      [
        { kind: "p", text: `${person} confirmed that their name and roles read right in the credits of ${project}.` },
        { kind: "button", label: "Open the name checks", href: input.link },
      ],
      FOOTER,
    );
  }
  const proposal = [input.proposedName ? `Name: ${oneLine(input.proposedName)}` : null, input.proposedPronouns ? `Pronouns: ${oneLine(input.proposedPronouns, 60)}` : null].filter((x): x is string => x !== null);
  return render(
    `${person} proposed a correction for ${project}`,
    [
      { kind: "p", text: `${person} proposed a correction to how they are credited on ${project}:` },
      { kind: "list", items: proposal },
      ...(input.note ? [{ kind: "p" as const, text: `“${oneLine(input.note, 1000)}”` }] : []),
      { kind: "p", text: "Nothing changes until an Editor accepts it." },
      { kind: "button", label: "Review the correction", href: input.link },
    ],
    FOOTER,
  );
}
