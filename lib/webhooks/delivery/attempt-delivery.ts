import type { DeliveryJob } from "./load-delivery-jobs";
import type { Outcome } from "./record-outcomes";
import { sendWebhook, type SendOptions } from "./send-webhook";
import { signedRequest } from "./webhook-request";

/** One attempt of a claimed delivery: signed now, sent, and turned into the outcome to record. */
export async function attemptDelivery(job: DeliveryJob, options: SendOptions): Promise<Outcome> {
  if ("cancel" in job.send) return { kind: "cancel", job, reason: job.send.cancel };
  const at = new Date();
  if ("fail" in job.send) {
    return {
      kind: "attempt",
      job,
      at,
      result: { ok: false, statusCode: null, durationMs: 0, snippet: null, error: job.send.fail },
    };
  }
  const request = signedRequest(job.eventId, job.send.body, job.send.secrets, at);
  const result = await sendWebhook(job.url, request.body, request.headers, options);
  return options.signal?.aborted ? { kind: "release", job } : { kind: "attempt", job, at, result };
}
