import type { RewriteOptions, SessionSpec } from "./types";

export function sessionSpec(options: Pick<RewriteOptions, "sessionId" | "sessionTemplate">): SessionSpec {
  if (options.sessionId !== undefined) return { kind: "id", id: options.sessionId };
  if (options.sessionTemplate !== undefined) return { kind: "template", template: options.sessionTemplate };
  return { kind: "none" };
}
