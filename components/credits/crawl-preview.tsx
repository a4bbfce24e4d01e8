"use client";

import { Pause, Play, SkipBack } from "lucide-react";
import { memo, useEffect, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { CRAWL_METRICS, crawlDuration, formatSeconds, parseFrameRate, openingFrame, READABLE_SECONDS_ON_SCREEN, secondsOnScreen, type CrawlRow } from "@/lib/end-credits/crawl";
import { planCrawl } from "@/lib/end-credits/crawl-plan";
import { hasNames, type CreditList } from "@/lib/end-credits/types";
import { nameRows, visibleBlocks } from "@/lib/end-credits/render";

const METRICS = CRAWL_METRICS;
const FRAME_W = 1920;
const FRAME_H = 1080;

function parseTarget(text: string): number | null {
  const m = /^\s*(?:(\d+):)?(\d{1,2})(?:\.\d+)?\s*$/.exec(text);
  if (!m) return null;
  return Number(m[1] ?? 0) * 60 + Number(m[2]);
}

/**
 * A true-speed crawl: the credits move a whole number of pixels per frame of the project's
 * frame rate (1920×1080 scaled to the page), so what plays here runs as long as the
 * finished crawl. Play, pause, scrub; or give a target running time and let it choose the
 * speed and line spacing — or say plainly why the target can't be met and what would fix it.
 */
export function CrawlPreview({
  list: fullList,
  frameRate,
  targetSeconds: initialTarget,
  projectId,
}: {
  list: CreditList;
  frameRate: string;
  targetSeconds: number | null;
  projectId: string;
}) {
  const fps = parseFrameRate(frameRate);
  // Cards mode: the main titles as full-frame cards, a few seconds each, then the crawl of the rest.
  const [cards, setCards] = useState(false);
  const [cardSeconds, setCardSeconds] = useState(3);
  const mainBlocks = useMemo(() => visibleBlocks(fullList).filter((b) => b.section === "main"), [fullList]);
  const useCards = cards && mainBlocks.length > 0;
  const [pxPerFrame, setPx] = useState(6);
  const [spacing, setSpacing] = useState(1);
  const [mode, setMode] = useState<"speed" | "target">(initialTarget ? "target" : "speed");
  const [target, setTarget] = useState(initialTarget ? formatSeconds(initialTarget) : "");
  const [playing, setPlaying] = useState(false);
  // null until the user plays or scrubs: the preview shows its opening frame.
  const [scrubbed, setScrubbed] = useState<number | null>(null);
  const stage = useRef<HTMLDivElement>(null);
  const crawl = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.5);

  const targetSeconds = parseTarget(target);
  const fitting = mode === "target" && targetSeconds !== null && targetSeconds > 0;
  // The same plan the video renderer renders (lib/end-credits/crawl-plan.ts): cards, speed, spacing, frames.
  const plan = useMemo(
    () =>
      planCrawl({
        list: fullList,
        fps: frameRate,
        cards: cards ? { seconds: cardSeconds } : null,
        speed: fitting ? { mode: "fit", targetSeconds: targetSeconds!, otherwise: { pxPerFrame, lineSpacing: spacing } } : { mode: "speed", pxPerFrame, lineSpacing: spacing },
      }),
    [fullList, frameRate, cards, cardSeconds, fitting, targetSeconds, pxPerFrame, spacing],
  );
  const { fit, framesPerCard, cardFrames, rows, crawlHeightPx: height } = plan;
  const { pxPerFrame: speed, lineSpacing } = plan;
  const cardsSeconds = (cardFrames * fps.den) / fps.num;
  const seconds = cardsSeconds + crawlDuration({ crawlHeightPx: height, frameHeightPx: FRAME_H, pxPerFrame: speed, fps: frameRate });
  const totalFrames = cardFrames + plan.crawlFrames;
  const exactSeconds = (totalFrames * fps.den) / fps.num;
  const onScreen = secondsOnScreen(speed, frameRate, FRAME_H);
  const tooSlow = onScreen > READABLE_SECONDS_ON_SCREEN.max;
  const tooFast = onScreen < READABLE_SECONDS_ON_SCREEN.min;
  // The preview opens on its first frame with something on it: the first card, or the crawl's
  // first block whole on screen (not the empty frame before the first line enters).
  const opening = useCards ? 0 : openingFrame(rows, METRICS, lineSpacing, speed, FRAME_H);
  const frame = scrubbed ?? opening;
  const offset = (f: number) => FRAME_H - Math.max(0, f - cardFrames) * speed;

  // Scale the 1920×1080 stage to the available width.
  useEffect(() => {
    const el = stage.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setScale(el.clientWidth / FRAME_W));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // The clock: frame = whole frames since play started; the crawl moves speed px per frame.
  const frameRef = useRef(frame);
  useEffect(() => {
    frameRef.current = frame;
  }, [frame]);
  useEffect(() => {
    if (!playing) return;
    let raf = 0;
    const startFrame = frameRef.current;
    const t0 = performance.now();
    let shown = -1;
    const tick = (now: number) => {
      const f = Math.min(totalFrames, startFrame + Math.floor(((now - t0) / 1000) * fps.value));
      if (f !== shown) {
        shown = f;
        if (crawl.current) crawl.current.style.transform = `translate3d(0, ${offset(f)}px, 0)`;
        if (f % Math.max(1, Math.round(fps.value / 4)) === 0 || f >= totalFrames || (f < cardFrames + 1 && f % framesPerCard === 0)) setScrubbed(f);
      }
      if (f >= totalFrames) {
        setPlaying(false);
        return;
      }
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
    // offset depends only on cardFrames and speed, both listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [playing, speed, totalFrames, fps.value, cardFrames, framesPerCard]);

  // Paused or scrubbed: show the current frame.
  useEffect(() => {
    if (!playing && crawl.current) crawl.current.style.transform = `translate3d(0, ${offset(frame)}px, 0)`;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [frame, speed, playing, cardFrames]);
  const card = useCards && frame < cardFrames ? mainBlocks[Math.min(mainBlocks.length - 1, Math.floor(frame / framesPerCard))] : null;

  const elapsed = (frame * fps.den) / fps.num;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-4">
        <fieldset className="flex gap-3 text-sm">
          <legend className="mb-1 text-xs font-medium text-zinc-600 dark:text-zinc-400">Mode</legend>
          <label className="flex items-center gap-1.5">
            <input type="radio" name="mode" checked={mode === "speed"} onChange={() => setMode("speed")} /> Choose the speed
          </label>
          <label className="flex items-center gap-1.5">
            <input type="radio" name="mode" checked={mode === "target"} onChange={() => setMode("target")} /> Fit a target running time
          </label>
        </fieldset>
        <label className="flex items-center gap-1.5 text-sm">
          <input type="checkbox" checked={cards} onChange={(e) => setCards(e.target.checked)} disabled={mainBlocks.length === 0} /> Main titles as cards
        </label>
        {cards ? (
          <div>
            <label htmlFor="card-seconds" className="mb-1 block text-xs font-medium text-zinc-600 dark:text-zinc-400">
              Seconds per card
            </label>
            <input id="card-seconds" type="number" min={1} max={10} step={0.5} value={cardSeconds} onChange={(e) => setCardSeconds(Math.max(1, Math.min(10, Number(e.target.value) || 3)))} className={cn(inputClass, "w-20")} />
          </div>
        ) : null}
        {mode === "speed" ? (
          <>
            <div>
              <label htmlFor="px" className="mb-1 block text-xs font-medium text-zinc-600 dark:text-zinc-400">
                Speed (pixels per frame)
              </label>
              <input id="px" type="number" min={1} max={40} step={1} value={pxPerFrame} onChange={(e) => setPx(Math.max(1, Math.min(40, Math.round(Number(e.target.value) || 1))))} className={cn(inputClass, "w-24")} />
            </div>
            <div>
              <label htmlFor="spacing" className="mb-1 block text-xs font-medium text-zinc-600 dark:text-zinc-400">
                Line spacing
              </label>
              <input id="spacing" type="number" min={0.8} max={2} step={0.05} value={spacing} onChange={(e) => setSpacing(Math.max(0.8, Math.min(2, Number(e.target.value) || 1)))} className={cn(inputClass, "w-24")} />
            </div>
          </>
        ) : (
          <div>
            <label htmlFor="target" className="mb-1 block text-xs font-medium text-zinc-600 dark:text-zinc-400">
              Target running time (m:ss)
            </label>
            <input id="target" value={target} onChange={(e) => setTarget(e.target.value)} placeholder="4:30" className={cn(inputClass, "w-28")} aria-invalid={targetSeconds === null && target !== ""} />
          </div>
        )}
      </div>

      <div role="status" aria-live="polite" className="space-y-2 text-sm">
        {fit && !fit.possible ? (
          <div className="rounded-lg bg-amber-50 px-3 py-2 text-amber-900 dark:bg-amber-950/50 dark:text-amber-200">
            <p className="font-medium">{fit.reason}</p>
            <ul className="mt-1 list-disc pl-5">
              {fit.fixes.map((f) => (
                <li key={f.kind + f.message}>{f.message}</li>
              ))}
            </ul>
          </div>
        ) : (
          <>
            <p>
              Running time <strong>{formatSeconds(seconds)}</strong>
              {useCards ? ` (${mainBlocks.length} main-title ${mainBlocks.length === 1 ? "card" : "cards"} of ${cardSeconds} s, then the crawl)` : ""} at {speed} px per frame, {fps.label} fps, line spacing {lineSpacing.toFixed(2)} — a crawl {height.toLocaleString("en-US")} px tall on a {FRAME_W}×{FRAME_H} frame. Each line is on screen for <strong>{onScreen.toFixed(1)} s</strong>.
            </p>
            <p className="text-zinc-600 dark:text-zinc-400">
              Frame-exact: {totalFrames.toLocaleString("en-US")} frames ({exactSeconds.toFixed(3)} s)
              {fit?.possible
                ? fit.padFrames > 0
                  ? `; pad ${fit.padFrames} ${fit.padFrames === 1 ? "frame" : "frames"} of black to run exactly ${formatSeconds(targetSeconds ?? 0)} (${(fit.targetFrames + cardFrames).toLocaleString("en-US")} frames).`
                  : fit.padFrames < 0
                    ? `; ${-fit.padFrames} ${fit.padFrames === -1 ? "frame" : "frames"} over the target of ${(fit.targetFrames + cardFrames).toLocaleString("en-US")} frames.`
                    : "; exactly the target."
                : "."}
            </p>
            {mode === "speed" && (tooSlow || tooFast) ? (
              <p className="rounded-lg bg-amber-50 px-3 py-2 text-amber-900 dark:bg-amber-950/50 dark:text-amber-200">
                {tooSlow
                  ? `At ${speed} px per frame each line stays on screen for ${onScreen.toFixed(1)} s: more than ${READABLE_SECONDS_ON_SCREEN.max} s reads as a stalled crawl. Scroll faster, or hold a closing card instead.`
                  : `At ${speed} px per frame each line is on screen for only ${onScreen.toFixed(1)} s: under ${READABLE_SECONDS_ON_SCREEN.min} s the eye chases the names. Scroll slower, or set long lists in two columns.`}
              </p>
            ) : null}
          </>
        )}
      </div>

      <div ref={stage} className="relative aspect-video w-full overflow-hidden rounded-lg bg-black" aria-label="Crawl preview" role="img">
        <div style={{ width: FRAME_W, height: FRAME_H, transform: `scale(${scale})`, transformOrigin: "top left" }} className="absolute top-0 left-0 overflow-hidden">
          {card ? (
            <div className="absolute inset-0 z-10 flex flex-col items-center justify-center bg-black text-center text-white">
              {card.heading ? <div style={{ fontSize: 30 }} className="mb-6 tracking-[0.2em] text-zinc-300 uppercase">{card.heading}</div> : null}
              {hasNames(card) ? nameRows(card.lines).map((n, i) => <div key={i} style={{ fontSize: 56 }}>{n}</div>) : null}
            </div>
          ) : null}
          <div ref={crawl} className="absolute inset-x-0 top-0 text-center text-white will-change-transform" style={{ transform: `translate3d(0, ${FRAME_H}px, 0)` }}>
            <CrawlRows rows={rows} spacing={lineSpacing} projectId={projectId} />
          </div>
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <Button
          onClick={() => {
            if (!playing && frame >= totalFrames) setScrubbed(null);
            setPlaying((p) => !p);
          }} disabled={!fit?.possible && mode === "target" && fit !== null}>
          {playing ? <Pause className="size-4" aria-hidden /> : <Play className="size-4" aria-hidden />} {playing ? "Pause" : frame >= totalFrames ? "Play again" : "Play"}
        </Button>
        <Button
          variant="ghost"
          onClick={() => {
            setPlaying(false);
            setScrubbed(null);
          }}
          aria-label="Back to the start"
        >
          <SkipBack className="size-4" aria-hidden />
        </Button>
        <label htmlFor="scrub" className="sr-only">
          Position in the crawl
        </label>
        <input
          id="scrub"
          type="range"
          min={0}
          max={totalFrames}
          step={1}
          value={Math.min(frame, totalFrames)}
          onChange={(e) => {
            setPlaying(false);
            setScrubbed(Number(e.target.value));
          }}
          className="min-w-48 flex-1"
          aria-valuetext={`${formatSeconds(elapsed)} of ${formatSeconds(seconds)}`}
        />
        <span className="text-sm tabular-nums" aria-hidden>
          {formatSeconds(elapsed)} / {formatSeconds(seconds)}
        </span>
      </div>
    </div>
  );
}

/**
 * The crawl's rows (lib/end-credits/crawl.ts crawlRows: wrapped text, the heights the running
 * time counts). Memoized: the player re-renders four times a second to move the scrubber,
 * and a 3,000-name list must not be rebuilt each time (that would drop frames of the crawl).
 */
const CrawlRows = memo(function CrawlRows({ rows, spacing, projectId }: { rows: CrawlRow[]; spacing: number; projectId: string }) {
  const nameRow = METRICS.nameRowPx * spacing;
  const headingRow = METRICS.headingRowPx * spacing;
  const lines = (texts: string[], row: number) => texts.map((t, k) => (
    <div key={k} style={{ height: row, lineHeight: `${row}px` }} className="overflow-hidden whitespace-pre">
      {t}
    </div>
  ));
  return (
    <>
      {rows.map((r, i) =>
        r.kind === "gap" ? (
          <div key={i} style={{ height: r.px }} />
        ) : r.kind === "heading" ? (
          <div key={i} style={{ fontSize: 26 }} className="px-40 tracking-[0.2em] text-zinc-300 uppercase">
            {lines(r.lines, headingRow)}
          </div>
        ) : r.kind === "pair" ? (
          <div key={i} style={{ fontSize: 34, height: Math.max(r.left.length, r.right.length) * nameRow }} className="grid grid-cols-2 gap-12 px-[420px]">
            <div className="text-right">{lines(r.left, nameRow)}</div>
            <div className="text-left">{lines(r.right, nameRow)}</div>
          </div>
        ) : r.kind === "logo" ? (
          <div key={i} style={{ height: r.px }} className="flex items-center justify-center">
            {/* The uploaded file itself (PNG, or SVG cleaned on upload), at its size in the 1920-wide frame. */}
            {/* eslint-disable-next-line @next/next/no-img-element -- an authenticated API image, sized by the crawl model */}
            <img src={`/api/projects/${projectId}/credits/assets/${r.assetId}`} alt={r.alt} width={r.widthPx} height={r.px} style={{ width: r.widthPx, height: r.px }} />
          </div>
        ) : (
          <div key={i} style={{ fontSize: 34 }} className="px-40">
            {lines(r.lines, nameRow)}
          </div>
        ),
      )}
    </>
  );
});
