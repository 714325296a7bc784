/**
 * What tables print in a cell that has no value: dashes (one or several, any width: - – — ― －
 * ─ ⸺), a slash, or 无. Callers fold width and trim first; blank is absent too.
 */
const ABSENT = /^(?:[-‐‑‒–—―−－─⸺⸻]+|[/／]|无)$/;

export function isAbsentMark(text: string): boolean {
  return text === '' || ABSENT.test(text);
}
