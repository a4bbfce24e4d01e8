import { buildRows, prepareFonts, type CreditsPdfInput } from "@/lib/pdf/credits-pdf";
import { baselineIn, openPdf, paginate, PAGE_SIZES, Typesetter, type Geometry, type Row, type Style } from "@/lib/pdf/layout";
import { cleanText, loadFontsFor } from "@/lib/pdf/text";
import { pdfBlocks, type LogoFiles } from "./credits-pdf-input";
import { entriesText, hoursText, type PgaPacket, type PgaProducer } from "./pga";

/**
 * The PGA Notice of Producing Credits packet as a PDF, with the credit list PDF's fonts and
 * layout kit (lib/pdf/layout.ts): every script the list PDF sets, set the same way.
 *
 * 1. The notice: the production's details, the Produced by credits in contractual billing
 *    order (stages worked, entries and hours beside each), a certification with a signature
 *    line per producer;
 * 2. the basis: for each producer, stage by stage, the functions they performed (lead /
 *    equal share / supporting, hours, dates) with the evidence notes of the work log;
 * 3. the principal crew, then the full crew list (department, role | names);
 * 4. the on-screen credits, set exactly as the list PDF sets them;
 * 5. one page per producer: their logged work by stage, the facts an eligibility form asks
 *    for.
 */
const STYLE = {
  docTitle: { size: 20, lineHeight: 28, color: "#000000", tracking: 0, upper: false },
  subtitle: { size: 11, lineHeight: 16, color: "#555555", tracking: 0, upper: false },
  section: { size: 10, lineHeight: 18, color: "#111111", tracking: 1, upper: true },
  subsection: { size: 11.5, lineHeight: 17, color: "#111111", tracking: 0, upper: false },
  stage: { size: 8.5, lineHeight: 15, color: "#6b6b6b", tracking: 0.68, upper: true },
  label: { size: 8.5, lineHeight: 15.5, color: "#6b6b6b", tracking: 0.68, upper: true },
  value: { size: 10.5, lineHeight: 15.5, color: "#111111", tracking: 0, upper: false },
  body: { size: 10, lineHeight: 14.5, color: "#111111", tracking: 0, upper: false },
  note: { size: 9, lineHeight: 13, color: "#4a4a4a", tracking: 0, upper: false },
  folio: { size: 8, lineHeight: 10, color: "#8a8a8a", tracking: 0.5, upper: false },
} satisfies Record<string, Style>;

const MARGIN = { top: 64, bottom: 66, left: 56, right: 56 };
const LABEL_WIDTH = 150;
/**
 * The packet is an English form: every paragraph reads left to right, even one that opens
 * with an Arabic or Hebrew name (a left-to-right mark first; it sets the bidi levels and is
 * never drawn).
 */
const LTR = "\u200e";
const INDENT = 14;

export type PgaPdfOptions = { logos?: LogoFiles };

export async function renderPgaPacket(packet: PgaPacket, options: PgaPdfOptions = {}): Promise<Buffer> {
  const credits: CreditsPdfInput = { title: "", blocks: packet.list ? pdfBlocks(packet.list, options.logos) : [] };
  await prepareFonts(credits);
  await loadFontsFor(packetTexts(packet));

  const [width, height] = PAGE_SIZES.A4;
  const { doc, bytes } = openPdf({ title: `Notice of Producing Credits — ${cleanText(packet.title)}`, subject: "Producers Guild of America notice of producing credits", size: [width, height], margins: MARGIN });
  const g: Geometry = { width, height, center: width / 2, contentWidth: width - MARGIN.left - MARGIN.right };
  const ts = new Typesetter(doc);
  const left = MARGIN.left;
  const rows: Row[] = [];

  /** Wrapped text at x, `width` wide; the lines keep together when `keep`. */
  const text = (value: string, style: Style, options: { x?: number; width?: number; before?: number; keep?: boolean; pageBreak?: boolean } = {}) => {
    const x = options.x ?? left;
    const lines = ts.wrap(LTR + value, style, options.width ?? g.contentWidth - (x - left));
    lines.forEach((line, i) => {
      rows.push({ before: i === 0 ? (options.before ?? 0) : 0, height: style.lineHeight, keep: options.keep ?? i < lines.length - 1, pageBreak: i === 0 ? options.pageBreak : undefined, draw: (top) => ts.draw(line, x, baselineIn(top, style, line.size)) });
    });
  };
  /** Label | value across the page: the label's capitals in the left column, the value wrapping on the right. */
  const fact = (label: string, value: string, before = 0) => {
    const labels = ts.lines(label, STYLE.label, LABEL_WIDTH - 12);
    const values = ts.wrap(LTR + (value || "—"), STYLE.value, g.contentWidth - LABEL_WIDTH);
    const count = Math.max(labels.length, values.length);
    for (let i = 0; i < count; i++) {
      const l = labels[i];
      const v = values[i];
      rows.push({ before: i === 0 ? before : 0, height: STYLE.value.lineHeight, keep: i < count - 1, draw: (top) => {
        const base = baselineIn(top, STYLE.value);
        if (l) ts.draw(l, left, base);
        if (v) ts.draw(v, left + LABEL_WIDTH, base);
      } });
    }
  };
  const section = (title: string, pageBreak = false) => text(title, STYLE.section, { before: 22, keep: true, pageBreak });

  // 1. The notice.
  text("Notice of Producing Credits", STYLE.docTitle, { keep: true });
  text(`Producers Guild of America · ${packet.title}`, STYLE.subtitle, { before: 2 });
  section("Production");
  for (const f of packet.facts) fact(f.label, f.value);
  section("Produced by credits, in contractual billing order");
  if (packet.producers.length === 0) text("No Produced by credit is decided yet. Decide them on the Credits page, then export this notice again.", STYLE.body, { before: 4 });
  for (const p of packet.producers) {
    text(`${p.order}.  ${p.name} — ${p.credit}${p.contractual ? " (contractual, locked)" : ""}`, STYLE.subsection, { before: 6, keep: true });
    const worked = p.stages.filter((s) => s.entries > 0).map((s) => s.label);
    text(
      worked.length
        ? `Stages worked: ${worked.join(", ")}. ${entriesText(p.totals.entries, p.totals.hours)} in the work log.`
        : "No work logged yet.",
      STYLE.note,
      { x: left + INDENT },
    );
  }
  section("Certification");
  text(
    "The producers named above certify that each performed the producing functions described in this notice, across the stages shown, and that the Produced by credits are listed in the order in which they will be billed.",
    STYLE.body,
    { before: 4 },
  );
  for (const p of packet.producers) {
    const label = ts.measure(p.name, STYLE.body);
    rows.push({ before: 18, height: STYLE.body.lineHeight, keep: false, draw: (top) => {
      const base = baselineIn(top, STYLE.body);
      ts.draw(label, left, base);
      doc.save().lineWidth(0.5).strokeColor("#8a8a8a");
      doc.moveTo(left + 200, base + 2).lineTo(left + 360, base + 2).stroke();
      doc.moveTo(left + 400, base + 2).lineTo(left + g.contentWidth, base + 2).stroke();
      doc.restore();
      ts.draw(ts.measure("SIGNATURE", STYLE.label), left + 200, base + 12);
      ts.draw(ts.measure("DATE", STYLE.label), left + 400, base + 12);
    } });
  }

  // 2. The basis, from the work log.
  section("Basis for each credit, from the work log", true);
  text("Each Produced by credit, stage by stage (PGA stages), with the functions the producer performed, how (lead, equal share or supporting), the hours and dates logged, and the evidence noted in the work log.", STYLE.note, { before: 2 });
  for (const p of packet.producers) basis(p);

  function basis(p: PgaProducer): void {
    text(`${p.order}.  ${p.name} — ${p.credit}`, STYLE.subsection, { before: 14, keep: true });
    for (const stage of p.stages) {
      text(`${stage.label} · ${stage.entries ? entriesText(stage.entries, stage.hours) : "nothing logged"}`, STYLE.stage, { x: left + INDENT, before: 6, keep: stage.entries > 0 });
      for (const f of stage.functions) {
        text(`${f.responsibility} — ${[f.degree, hoursText(f.hours), f.dates].filter(Boolean).join(", ")}`, STYLE.body, { x: left + INDENT * 2, keep: f.notes.length > 0 });
        f.notes.forEach((n, i) => text(`“${n}”`, STYLE.note, { x: left + INDENT * 3, keep: i < f.notes.length - 1 }));
      }
    }
  }

  // 3. Principal crew and the full crew list.
  section("Principal crew");
  if (packet.principalCrew.length === 0) text("Not on the credit list yet.", STYLE.note, { before: 4 });
  for (const c of packet.principalCrew) fact(c.role, c.names.join(", "), 4);
  section("Full crew list");
  if (packet.crew.length === 0) text("The roster is empty.", STYLE.note, { before: 4 });
  for (const d of packet.crew) {
    text(d.department, STYLE.stage, { before: 10, keep: true });
    for (const r of d.roles) fact(r.role, r.names.join(", "));
  }

  // 4. The on-screen credits, as the list PDF sets them.
  section(`On-screen credits — ${packet.listName}`, true);
  if (credits.blocks.length === 0) text("No credit list is built yet.", STYLE.note, { before: 4 });
  const creditRows = buildRows(credits, ts, doc, g);
  if (creditRows[0]) creditRows[0] = { ...creditRows[0], before: creditRows[0].before + 14 };
  rows.push(...creditRows);

  // 5. One page per producer.
  for (const p of packet.producers) {
    text(`Producer summary — ${p.name}`, STYLE.docTitle, { keep: true, pageBreak: true });
    text(`${p.credit} · ${packet.title} · billed ${ordinal(p.order)} of ${packet.producers.length}`, STYLE.subtitle, { before: 2 });
    section("Logged work");
    fact("Credit", `${p.credit}${p.contractual ? " (contractual, locked)" : ""}`);
    fact("Guilds", p.guilds.length ? p.guilds.join(", ") : "—");
    fact("Work entries", String(p.totals.entries));
    fact("Hours logged", hoursText(p.totals.hours) ?? "None logged");
    fact("Stages worked", `${p.totals.stagesWorked} of 5 (PGA stage weight covered: ${p.totals.stageWeight}%)`);
    fact("Functions led", String(p.totals.leadFunctions));
    fact("Dates logged", p.totals.firstDate ? (p.totals.lastDate && p.totals.lastDate !== p.totals.firstDate ? `${p.totals.firstDate} – ${p.totals.lastDate}` : p.totals.firstDate) : "—");
    section("By stage");
    for (const stage of p.stages) {
      const functions = stage.functions.map((f) => `${f.responsibility} (${[f.degree, hoursText(f.hours)].filter(Boolean).join(", ")})`).join("; ");
      fact(stage.label, stage.entries ? `${functions}. ${[entriesText(stage.entries, stage.hours), stage.dates].filter(Boolean).join(", ")}.` : "Nothing logged.", 4);
    }
  }

  const pages = paginate(rows, MARGIN.top, height - MARGIN.bottom);
  const header = `Notice of Producing Credits · ${packet.title}`;
  pages.forEach((page, i) => {
    doc.addPage({ size: [width, height], margins: MARGIN });
    if (i > 0) ts.draw(ts.fit(header, STYLE.folio, g.contentWidth - 60), left, MARGIN.top / 2 - 4);
    ts.drawCentered(ts.measure(`${i + 1} / ${pages.length}`, STYLE.folio), g.center, height - MARGIN.bottom / 2 + 4);
    for (const { row, top } of page) row.draw(top);
  });
  return bytes();
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${s}`;
}

/** Every text the packet draws (headings in capitals), for loading fonts. */
function packetTexts(packet: PgaPacket): string[] {
  const texts = [packet.title, packet.listName, "0123456789 /·—–“”%.,:;()", "SIGNATURE", "DATE"];
  for (const f of packet.facts) texts.push(f.label.toUpperCase(), f.value);
  for (const p of packet.producers) {
    texts.push(p.name, p.credit, ...p.guilds);
    for (const s of p.stages) {
      texts.push(s.label.toUpperCase(), s.label);
      for (const f of s.functions) texts.push(f.responsibility, f.degree, f.dates ?? "", ...f.notes);
    }
  }
  for (const c of packet.principalCrew) texts.push(c.role.toUpperCase(), ...c.names);
  for (const d of packet.crew) {
    texts.push(d.department.toUpperCase());
    for (const r of d.roles) texts.push(r.role.toUpperCase(), ...r.names);
  }
  return texts;
}
