// Scale and units: "(in thousands, except per share data)" → a table scale of 1000 that per-share rows escape;
// per-share rows are USD/share, share counts shares, change columns percent; "(in millions)" on a row rules it.
import { Unit } from "./model";
import { rules } from "./rules";

export interface ScaleStatement {
  scale: number;
  exceptPerShare: boolean;
  exceptShares: boolean;
}

/** Finds the scale statement in a table's title, header and heading text; null when it states none. */
export function readScale(text: string): ScaleStatement | null {
  const scale = rules.scaleBillions.test(text)
    ? 1e9
    : rules.scaleMillions.test(text)
      ? 1e6
      : rules.scaleThousands.test(text)
        ? 1e3
        : null;
  if (scale === null) return null;
  return {
    scale,
    exceptPerShare: rules.exceptPerShare.test(text),
    exceptShares: rules.exceptShares.test(text),
  };
}

/**
 * A heading over share counts: it speaks of shares before any "per" ("Weighted average shares outstanding:",
 * "Shares used in per share calculation:"), unlike a per-share heading ("Net income per share:").
 */
export function namesShareCount(heading: string): boolean {
  const shares = rules.sharesWord.exec(heading);
  const per = rules.perWord.exec(heading);
  return shares !== null && (per === null || shares.index < per.index);
}

/**
 * The unit of a row from its label and the heading it stands under; a row whose every figure is printed with "%"
 * ("Gross margin  41.2%  39.8%", "Return on average assets  1.84%") is a percentage whatever its heading.
 */
export function rowUnit(
  label: string,
  section?: string,
  percentFigures = false,
): Unit {
  if (percentFigures) return "percent";
  if (
    rules.shareCountLabel.test(label) &&
    !rules.notShareCountLabel.test(label)
  )
    return "shares";
  if (rules.perShareLabel.test(label)) return "USD/share";
  if (section && label.length < 60) {
    if (namesShareCount(section) && rules.shareCountLabel.test(section))
      return "shares";
    if (rules.perShareLabel.test(section) && !rules.shareCountLabel.test(label))
      return "USD/share";
    if (
      rules.shareCountLabel.test(section) &&
      !rules.perShareLabel.test(section)
    )
      return "shares";
  }
  if (
    rules.operatingCountLabel.test(label) &&
    !rules.moneyWord.test(label) &&
    !(section && rules.moneyWord.test(section))
  )
    return "other";
  return "USD";
}

/** The multiplier to full units for a row of this unit and label under the table's scale statement. */
export function rowScale(
  unit: Unit,
  label: string,
  table: ScaleStatement | null,
): number {
  if (unit === "USD/share" || unit === "percent") return 1;
  if (rules.labelScaleMillions.test(label)) return 1e6;
  if (rules.labelScaleThousands.test(label)) return 1e3;
  if (!table || unit === "other") return 1;
  if (unit === "shares" && table.exceptShares) return 1;
  return table.scale;
}
