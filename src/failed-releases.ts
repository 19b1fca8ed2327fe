// Releases kept in the store that could not be read (an error, a parse that ran out of time): what a function
// asking for one of them answers — #N/A with the reason — rather than "unknown company" or "nothing loaded".
import { Release } from "./model";

interface Kept {
  id: string;
  source: string;
  release: Release;
}

const plain = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "");

/** "id (company): reason" for the message of a function. */
export function describeFailure(x: Kept): string {
  const who = x.release.ticker ?? x.release.company;
  const err = x.release.error!;
  return `the release ${x.id}${who ? ` (${who})` : ""} could not be read: ${err.message}`;
}

/** The failed releases a company argument names (by ticker, company name prefix, id or source); all when none is given. */
export function failedFor<T extends Kept>(
  releases: T[],
  company?: string | null,
): T[] {
  const failed = releases.filter((x) => x.release.error);
  const q = company == null ? "" : plain(String(company));
  if (q === "") return failed;
  return failed.filter((x) => {
    const r = x.release;
    const names = [r.ticker?.split(".")[0], x.id, x.source].filter(
      (n): n is string => !!n,
    );
    if (names.some((n) => plain(n) === q)) return true;
    return (
      q.length >= 3 && r.company !== null && plain(r.company).startsWith(q)
    );
  });
}

/** The message naming each failed release and its reason; null when there is none. */
export function failureMessage<T extends Kept>(failed: T[]): string | null {
  if (failed.length === 0) return null;
  const text = failed.map(describeFailure).join("; ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
