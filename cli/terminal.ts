// What the CLI prints to a terminal: text with no control characters (a label carrying an ANSI escape sequence
// or a stray C1 byte must not recolour or move the user's terminal), tabs and line ends kept.

const CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The text with every control character (and bidi override) removed, but tabs and newlines. */
export function forTerminal(text: string): string {
  return text.replace(CONTROL, "");
}

/** A writer to a stream that cleans what it writes when the stream is a terminal. */
export function lineWriter(stream: NodeJS.WriteStream): (s: string) => void {
  return (s) => void stream.write((stream.isTTY ? forTerminal(s) : s) + "\n");
}
