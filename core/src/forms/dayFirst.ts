/** "2025-02-31" → "31/02/2025": forms send ISO dates, messages quote them day first as users type them. Other text is trimmed. */
export function dayFirst(text: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  return m ? `${m[3]}/${m[2]}/${m[1]}` : text.trim();
}
