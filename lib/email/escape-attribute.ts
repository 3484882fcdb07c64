/** `&` must become `&amp;` or `&session=…` could decode as an entity; `{{…}}` stays literal. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>]/g, (c) => ESCAPES[c]);
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  '"': "&quot;",
  "'": "&#39;",
  "<": "&lt;",
  ">": "&gt;",
};
