import type { RawClick } from "../clicks/raw-click";
import type { ClickBuffer } from "../clicks/click-buffer";
import type { ClickStore } from "../clicks/click-store";

/**
 * CLICK_WRITE=sync: the click is stored before the redirect answers. If that fails the click
 * goes to the write-behind buffer instead, so the visitor is still redirected and the click
 * is not lost.
 */
export async function storeClickNow(click: RawClick, store: ClickStore, buffer: ClickBuffer): Promise<void> {
  try {
    await store.store([click]);
  } catch {
    buffer.enqueue(click);
  }
}
