/**
 * "2025-02-31" → "31/02/2025": what the sidebar sends is ISO, but messages quote dates as the
 * user typed them (day first). Text that is not YYYY-MM-DD is returned unchanged.
 */
export function dayFirstOfIso(text: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  return m ? `${m[3]}/${m[2]}/${m[1]}` : text;
}
