/// <reference types="custom-functions-runtime" />
/* global CustomFunctions */
/*
 * HEMA custom functions (namespace HEMA, see manifest.xml).
 *
 * PLACEHOLDER: these bodies only prove the build pipeline (JSDoc -> functions.json via
 * custom-functions-metadata-plugin, which also appends the CustomFunctions.associate calls).
 * They will be replaced by the real implementations backed by the parser in src/.
 *
 * Rules for this file: every exported function carries a JSDoc block with `@customfunction ID`;
 * parameters are primitive (string, number, boolean, or any), optional ones marked with `?`;
 * no type aliases in signatures (the metadata generator rejects them).
 */

const NO_RELEASE = "No release loaded — paste one in the HEMA task pane";

/**
 * Net income (loss) for a period, signed as reported.
 * @customfunction NETLOSS
 * @param period Period, e.g. "Q2-2003".
 * @param [company] Ticker or company name.
 * @returns The figure in full units.
 */
export function netLoss(period: string, company?: string): number {
  void period;
  void company;
  throw new CustomFunctions.Error(
    CustomFunctions.ErrorCode.notAvailable,
    NO_RELEASE,
  );
}

/**
 * Total revenue for a period, as reported.
 * @customfunction REVENUE
 * @param period Period, e.g. "Q3-2024".
 * @param [company] Ticker or company name.
 * @returns The figure in full units.
 */
export function revenue(period: string, company?: string): number {
  void period;
  void company;
  throw new CustomFunctions.Error(
    CustomFunctions.ErrorCode.notAvailable,
    NO_RELEASE,
  );
}
