/** A text to match literally inside a regular expression built from parts ("Amazon Web Services, Inc." has a full stop). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
