import { describe, expect, it, vi } from "vitest";
import { MatrixCellStore, type SetCellResult, type SettleEvent } from "@/components/work/matrix-store";
import type { Degree } from "@/lib/work/degree";
import { cellKey } from "@/lib/work/matrix";

type Call = { key: string; degree: Degree | null; expected: Degree | null; resolve: (r: SetCellResult) => void; reject: (e: unknown) => void };

function harness(cells: Record<string, { degree: Degree; count: number }> = {}) {
  const calls: Call[] = [];
  const settled: SettleEvent[] = [];
  const store = new MatrixCellStore(cells, {
    send: (key, degree, expected) =>
      new Promise<SetCellResult>((resolve, reject) => {
        calls.push({ key, degree, expected, resolve, reject });
      }),
    onSettle: (e) => settled.push(e),
  });
  return { store, calls, settled };
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const K = cellKey("p1", "budgeting");
const OTHER = cellKey("p2", "budgeting");

describe("MatrixCellStore", () => {
  it("reads server cells, none for missing ones, with stable snapshots", () => {
    const { store } = harness({ [K]: { degree: "equal", count: 2 } });
    expect(store.get(K)).toEqual({ degree: "equal", count: 2, pending: false });
    expect(store.get(K)).toBe(store.get(K));
    expect(store.get(OTHER)).toEqual({ degree: null, count: 0, pending: false });
    expect(store.get("__proto__|x")).toEqual({ degree: null, count: 0, pending: false });
  });

  it("shows a change at once, sends it with the previous degree as expected, and confirms it", async () => {
    const { store, calls, settled } = harness({ [K]: { degree: "supporting", count: 1 } });
    const seen = vi.fn();
    const other = vi.fn();
    store.subscribe(K, seen);
    store.subscribe(OTHER, other);

    store.change(K, "equal");
    expect(store.get(K)).toEqual({ degree: "equal", count: 1, pending: true });
    expect(store.isPending(K)).toBe(true);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ key: K, degree: "equal", expected: "supporting" });
    expect(seen).toHaveBeenCalledTimes(1);

    calls[0]!.resolve({ ok: true, message: "Saved", degree: "equal", count: 1, undoToken: "t1" });
    await flush();
    expect(store.get(K)).toEqual({ degree: "equal", count: 1, pending: false });
    expect(settled).toHaveLength(1);
    expect(settled[0]).toMatchObject({ key: K, sent: "equal", final: true, result: { ok: true, undoToken: "t1" } });
    expect(seen).toHaveBeenCalledTimes(2);
    expect(other).not.toHaveBeenCalled();
  });

  it("counts cells with unsaved changes (queued ones too), tells its listener, and is 0 once everything settles or fails", async () => {
    const { store, calls } = harness();
    const heard = vi.fn();
    store.subscribeUnsaved(heard);
    expect(store.unsavedCount()).toBe(0);
    store.change(K, "supporting");
    store.change(K, "lead"); // queued behind the first request: still one cell
    store.change(OTHER, "equal");
    expect(store.unsavedCount()).toBe(2);
    expect(heard).toHaveBeenCalledTimes(2);
    calls[0]!.resolve({ ok: true, message: "Saved", degree: "supporting", count: 1 });
    await flush();
    expect(store.unsavedCount()).toBe(2); // the queued "lead" went out next
    calls[2]!.resolve({ ok: true, message: "Saved", degree: "lead", count: 1 });
    calls[1]!.reject(new Error("offline"));
    await flush();
    expect(store.unsavedCount()).toBe(0);
    expect(heard).toHaveBeenCalledTimes(4); // 1, 2, then 1 and 0 as each settles
    store.change(K, "equal");
    expect(store.unsavedCount()).toBe(1);
    store.replaceAll({});
    expect(store.unsavedCount()).toBe(0);
  });

  it("does nothing when the cell already shows the degree", () => {
    const { store, calls } = harness({ [K]: { degree: "lead", count: 1 } });
    store.change(K, "lead");
    expect(calls).toHaveLength(0);
    expect(store.isPending(K)).toBe(false);
  });

  it("counts optimistically: 1 for a new entry, 0 when cleared, unchanged otherwise", () => {
    const { store } = harness({ [K]: { degree: "lead", count: 3 } });
    store.change(K, "equal");
    expect(store.get(K).count).toBe(3);
    store.change(OTHER, "supporting");
    expect(store.get(OTHER).count).toBe(1);
    const h2 = harness({ [K]: { degree: "lead", count: 3 } });
    h2.store.change(K, null);
    expect(h2.store.get(K).count).toBe(0);
  });

  it("takes the server's degree and count from an ok response", async () => {
    const { store, calls } = harness();
    store.change(K, "supporting");
    calls[0]!.resolve({ ok: true, message: "Saved", degree: "supporting", count: 2 });
    await flush();
    expect(store.get(K)).toEqual({ degree: "supporting", count: 2, pending: false });
  });

  it("serialises per cell: one request in flight, the newest queued change sent next", async () => {
    const { store, calls, settled } = harness();
    store.change(K, "supporting");
    store.change(K, "equal");
    store.change(K, "lead");
    expect(calls).toHaveLength(1);
    expect(store.get(K)).toMatchObject({ degree: "lead", pending: true });

    calls[0]!.resolve({ ok: true, message: "Saved", degree: "supporting", count: 1, undoToken: "t1" });
    await flush();
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatchObject({ degree: "lead", expected: "supporting" });
    expect(store.get(K)).toMatchObject({ degree: "lead", pending: true });
    expect(settled[0]).toMatchObject({ final: false });

    calls[1]!.resolve({ ok: true, message: "Saved", degree: "lead", count: 1, undoToken: "t2" });
    await flush();
    expect(calls).toHaveLength(2);
    expect(store.get(K)).toEqual({ degree: "lead", count: 1, pending: false });
    expect(settled[1]).toMatchObject({ final: true, result: { undoToken: "t2" } });
  });

  it("sends nothing more when the queued change ends where the server already is", async () => {
    const { store, calls, settled } = harness();
    store.change(K, "supporting");
    store.change(K, "equal");
    store.change(K, "supporting");
    calls[0]!.resolve({ ok: true, message: "Saved", degree: "supporting", count: 1 });
    await flush();
    expect(calls).toHaveLength(1);
    expect(store.get(K)).toEqual({ degree: "supporting", count: 1, pending: false });
    expect(settled.at(-1)).toMatchObject({ final: true });
  });

  it("sends a change back to the old degree made while in flight", async () => {
    const { store, calls } = harness();
    store.change(K, "supporting");
    store.change(K, null);
    calls[0]!.resolve({ ok: true, message: "Saved", degree: "supporting", count: 1 });
    await flush();
    expect(calls[1]).toMatchObject({ degree: null, expected: "supporting" });
  });

  it("keeps cells independent", () => {
    const { store, calls } = harness();
    store.change(K, "lead");
    store.change(OTHER, "lead");
    expect(calls.map((c) => c.key)).toEqual([K, OTHER]);
  });

  it("on failure reverts to the server's degree and drops anything queued", async () => {
    const { store, calls, settled } = harness({ [K]: { degree: "supporting", count: 1 } });
    store.change(K, "equal");
    store.change(K, "lead");
    calls[0]!.resolve({ ok: false, message: "Someone else changed this cell.", degree: "lead", count: 2 });
    await flush();
    expect(calls).toHaveLength(1);
    expect(store.get(K)).toEqual({ degree: "lead", count: 2, pending: false });
    expect(settled[0]).toMatchObject({ final: true, result: { ok: false }, shown: { degree: "lead" } });

    // The next change expects what the server said it holds.
    store.change(K, null);
    expect(calls[1]).toMatchObject({ degree: null, expected: "lead" });
  });

  it("on failure without a degree reverts to the degree before the change", async () => {
    const { store, calls } = harness({ [K]: { degree: "supporting", count: 4 } });
    store.change(K, "equal");
    calls[0]!.resolve({ ok: false, message: "You can't edit this project." });
    await flush();
    expect(store.get(K)).toEqual({ degree: "supporting", count: 4, pending: false });
  });

  it("treats a server degree of null on failure as none", async () => {
    const { store, calls } = harness({ [K]: { degree: "supporting", count: 1 } });
    store.change(K, "equal");
    calls[0]!.resolve({ ok: false, message: "Gone.", degree: null });
    await flush();
    expect(store.get(K)).toEqual({ degree: null, count: 0, pending: false });
  });

  it("treats a rejected or throwing send as a failure", async () => {
    const { store, calls, settled } = harness({ [K]: { degree: "lead", count: 1 } });
    store.change(K, null);
    calls[0]!.reject(new Error("network"));
    await flush();
    expect(store.get(K)).toEqual({ degree: "lead", count: 1, pending: false });
    expect(settled[0]!.result).toMatchObject({ ok: false, message: expect.stringContaining("Couldn't save") });

    const throwing = new MatrixCellStore(
      {},
      {
        send: () => {
          throw new Error("boom");
        },
        failureMessage: "Nope.",
      },
    );
    throwing.change(K, "lead");
    await flush();
    expect(throwing.get(K)).toEqual({ degree: null, count: 0, pending: false });
  });

  it("reset takes fresh server data but keeps cells mid-save", async () => {
    const { store, calls } = harness({ [K]: { degree: "supporting", count: 1 }, [OTHER]: { degree: "lead", count: 1 } });
    const onK = vi.fn();
    const onOther = vi.fn();
    const third = cellKey("p3", "budgeting");
    const onThird = vi.fn();
    store.subscribe(K, onK);
    store.subscribe(OTHER, onOther);
    store.subscribe(third, onThird);
    store.change(K, "equal");
    onK.mockClear();
    const otherBefore = store.get(OTHER);

    store.reset({ [K]: { degree: "supporting", count: 1 }, [OTHER]: { degree: "lead", count: 1 }, [third]: { degree: "equal", count: 1 } });
    expect(store.get(K)).toMatchObject({ degree: "equal", pending: true });
    expect(onK).not.toHaveBeenCalled();
    expect(onOther).not.toHaveBeenCalled();
    expect(store.get(OTHER)).toBe(otherBefore);
    expect(onThird).toHaveBeenCalledTimes(1);
    expect(store.get(third)).toMatchObject({ degree: "equal" });

    calls[0]!.resolve({ ok: true, message: "Saved", degree: "equal", count: 1 });
    await flush();
    expect(store.get(K)).toEqual({ degree: "equal", count: 1, pending: false });

    // Settled changes give way to the server's data (e.g. after an undo and refresh).
    store.reset({ [K]: { degree: "supporting", count: 1 } });
    expect(store.get(K)).toEqual({ degree: "supporting", count: 1, pending: false });
    expect(store.get(OTHER)).toEqual({ degree: null, count: 0, pending: false });
    expect(onOther).toHaveBeenCalledTimes(1);
  });

  it("replaceAll forgets changes in flight and ignores their responses", async () => {
    const { store, calls, settled } = harness();
    store.change(K, "lead");
    store.replaceAll({ [K]: { degree: "supporting", count: 1 } });
    expect(store.get(K)).toEqual({ degree: "supporting", count: 1, pending: false });
    calls[0]!.resolve({ ok: true, message: "Saved", degree: "lead", count: 1 });
    await flush();
    expect(store.get(K)).toEqual({ degree: "supporting", count: 1, pending: false });
    expect(settled).toHaveLength(0);
  });

  it("tracks the active cell, notifying only the old and new one", () => {
    const { store } = harness();
    const a = vi.fn();
    const b = vi.fn();
    const c = vi.fn();
    store.subscribe("a|x", a);
    store.subscribe("b|x", b);
    store.subscribe("c|x", c);
    store.setActive("a|x");
    expect(store.isActive("a|x")).toBe(true);
    store.setActive("b|x");
    store.setActive("b|x");
    expect(store.getActive()).toBe("b|x");
    expect(a).toHaveBeenCalledTimes(2);
    expect(b).toHaveBeenCalledTimes(1);
    expect(c).not.toHaveBeenCalled();
  });

  it("fails and reverts until send is configured, then saves through the configured send", async () => {
    const store = new MatrixCellStore({ [K]: { degree: "equal", count: 1 } });
    store.change(K, "lead");
    await flush();
    expect(store.get(K)).toEqual({ degree: "equal", count: 1, pending: false });

    const send = vi.fn(async (_key: string, degree: Degree | null): Promise<SetCellResult> => ({ ok: true, message: "Saved", degree, count: 1 }));
    const onSettle = vi.fn();
    store.configure({ send, onSettle });
    store.change(K, "lead");
    await flush();
    expect(send).toHaveBeenCalledWith(K, "lead", "equal");
    expect(onSettle).toHaveBeenCalledTimes(1);
    expect(store.get(K)).toEqual({ degree: "lead", count: 1, pending: false });
  });

  it("stops notifying after unsubscribe", () => {
    const { store } = harness();
    const fn = vi.fn();
    const off = store.subscribe(K, fn);
    off();
    store.change(K, "lead");
    expect(fn).not.toHaveBeenCalled();
  });
});
