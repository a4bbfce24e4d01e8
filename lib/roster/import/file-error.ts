/**
 * Thrown by the parsers for a file they cannot read; its message is written for the user.
 * `parseRosterFile` turns it into `{ error }` — it never escapes the import API.
 */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportFileError";
  }
}
