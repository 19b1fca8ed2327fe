// A file's bytes → its text, as a browser reads a saved page: a byte-order mark decides (UTF-8, UTF-16); bytes that
// are valid UTF-8 are UTF-8; others are in the legacy encoding the page declares (<meta charset>, <?xml encoding>),
// or, declaring none, in Windows-1252 (the web's default for such pages). TextDecoder (Node, browsers) decodes.
import { rules } from "./rules";

/** Only the top of the input is searched for a declared encoding (browsers look at the first 1,024 bytes). */
const PRESCAN = 8192;

export function decodeBytes(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: a legacy encoding.
  }
  return legacy(bytes, declaredEncoding(bytes) ?? "windows-1252");
}

/**
 * Decodes in a single-byte (or other legacy) encoding. Streamed, then flushed: Node 20 decodes a whole typed array
 * in windows-1252 as Latin-1 (0x97 as U+0097, not an em dash) on a fast path that a streamed decode does not take.
 */
function legacy(bytes: Uint8Array, encoding: string): string {
  const d = new TextDecoder(encoding);
  return d.decode(bytes, { stream: true }) + d.decode();
}

function bomEncoding(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return "utf-8";
  if (b[0] === 0xff && b[1] === 0xfe) return "utf-16le";
  if (b[0] === 0xfe && b[1] === 0xff) return "utf-16be";
  return null;
}

/**
 * The encoding the top of the page declares, as TextDecoder names it, or null when it declares none or one
 * TextDecoder does not know. A declared UTF-8 is honoured (invalid bytes become U+FFFD, as in a browser).
 */
export function declaredEncoding(bytes: Uint8Array): string | null {
  // Declarations are ASCII: any single-byte reading of the top finds them.
  const head = legacy(bytes.subarray(0, PRESCAN), "windows-1252");
  const m = rules.htmlCharset.exec(head) ?? rules.xmlEncoding.exec(head);
  if (!m) return null;
  try {
    return new TextDecoder(m[1]).encoding;
  } catch {
    return null; // an encoding TextDecoder does not know (a typo, "x-user-defined" …): the default applies
  }
}
