/** ISO 4217 currency codes ("USD", "XOF", "MZN"), as the runtime knows them: amounts are written with them. */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));
