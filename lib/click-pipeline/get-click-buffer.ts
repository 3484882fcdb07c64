import { ClickBuffer } from "../clicks/click-buffer";
import { getClickStore } from "./get-click-store";

const holder = globalThis as unknown as { __clicktrailClickBuffer?: ClickBuffer };

/** The process's one buffer, shared by server.ts and Next's bundled copy of lib/. */
export function getClickBuffer(): ClickBuffer {
  holder.__clicktrailClickBuffer ??= new ClickBuffer(getClickStore);
  return holder.__clicktrailClickBuffer;
}
