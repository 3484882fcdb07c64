import type { Dimension } from "../clicks/hourly-deltas";

const countryNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });
const DEVICE_NAMES: Record<string, string> = {
  desktop: "Desktop",
  mobile: "Mobile",
  tablet: "Tablet",
  bot: "Bot",
  other: "Other",
};

/** What a dashboard shows for a stored dimension value ("" is unknown, or no referer). */
export function dimensionLabel(dim: Dimension, value: string): string {
  if (value === "") return dim === "referer" ? "Direct / none" : "Unknown";
  switch (dim) {
    case "country":
      return countryName(value);
    case "device":
      return DEVICE_NAMES[value] ?? value;
    default:
      return value;
  }
}

export function countryName(code: string): string {
  try {
    return countryNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
