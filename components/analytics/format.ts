/** Shared number formats: one locale everywhere so figures read the same on every panel. */
export const numberFormat = new Intl.NumberFormat("en");
export const percentFormat = new Intl.NumberFormat("en", { maximumFractionDigits: 1 });
