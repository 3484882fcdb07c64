import type { RawClick } from "../clicks/raw-click";
import { getClickBuffer } from "./get-click-buffer";
import { getClickStore } from "./get-click-store";

/**
 * CLICK_WRITE=sync: the click is stored before the redirect answers. If that fails the click
 * goes to the write-behind buffer instead, so the visitor is still redirected and the click
 * is not lost.
 */
export async function storeClickNow(click: RawClick): Promise<void> {
  try {
    await getClickStore().store([click]);
  } catch {
    getClickBuffer().enqueue(click);
  }
}
