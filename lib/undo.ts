/**
 * The one undo contract between the server and the client. A change that can be undone (work
 * entries deleted, roster entries removed, a matrix cell cleared) answers with `undoToken` in
 * its data: a server-kept token (db/queries/undo.ts) standing for what it removed. The undo is
 * a second action called with the project and that token; it answers a message, and the client
 * refreshes so the page comes back from the server. The client never holds the removed rows.
 */
export type Undoable = { undoToken?: string };

/** Puts back what the token stands for (once, within the token's lifetime). */
export type UndoAction = (projectId: string, undoToken: string) => Promise<{ ok: boolean; message: string }>;
