import { withApiKey } from "@/lib/api/with-api-key";
import { eraseSession } from "@/lib/privacy/erase-session";

type Params = { sessionId: string };

/** Erasure: deletes every click of the session; answers `{ erased }`. */
export const DELETE = withApiKey<Params>(async ({ actor, params }) => Response.json(await eraseSession(actor, params.sessionId)));
