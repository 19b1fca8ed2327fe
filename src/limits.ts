// The largest input the core reads: beyond it a text is refused with a message rather than parsed for minutes.
// The CLI stops reading a file there; the parser refuses a longer text.

/** 32 MiB of text: a release with every exhibit is well under 2 MB; 16 MB is benchmarked. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

export const TOO_LARGE = `the input is larger than ${MAX_INPUT_BYTES / (1024 * 1024)} MB, the most hema reads (an earnings release is far smaller: is this the right file?)`;

/**
 * The time each release kept in a workbook is given when the shared runtime parses the kept texts: one that takes
 * longer is reported and answers #N/A, so it never holds up the others. A release with every exhibit parses in well
 * under a second per MB.
 */
export const STORED_PARSE_BUDGET_MS = 10_000;
