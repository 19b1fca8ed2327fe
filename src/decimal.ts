// The one Decimal used for money: decimal.js with enough precision that sums and products of any figures a
// release prints are exact (the library's default rounds to 20 significant digits).
import DecimalJs from "decimal.js";

export const Decimal = DecimalJs.clone({ precision: 1_000 });
export type Decimal = InstanceType<typeof Decimal>;
