/**
 * JSON Lines by content, whatever the file is called: the first non-blank line is a JSON object on
 * its own and more follows (a pretty-printed JSON object or array never parses line by line).
 * No Node imports: the page uses it too, to read a ticket file the user picks.
 */
export function looksLikeJsonLines(text: string): boolean {
  const start = text.search(/\S/);
  if (start < 0 || text[start] !== '{') return false;
  const end = text.indexOf('\n', start);
  if (end < 0 || text.slice(end).trim() === '') return false;
  try {
    const first: unknown = JSON.parse(text.slice(start, end));
    return typeof first === 'object' && first !== null && !Array.isArray(first);
  } catch {
    return false;
  }
}
