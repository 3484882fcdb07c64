import { LocalTime } from "@/components/ui/local-time";
import type { DeliveryAttemptDto } from "@/lib/webhooks/delivery-schema";

/** A delivery's attempts, newest first: what the receiver answered each time. */
export function DeliveryAttempts({ attempts, caption }: { attempts: DeliveryAttemptDto[]; caption: string }) {
  if (attempts.length === 0) return <p className="text-[13px] text-muted">Not attempted yet.</p>;
  return (
    <div className="overflow-x-auto rounded-control border border-border bg-surface">
      <table className="w-full text-left text-[13px]">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-surface-muted/60 text-xs text-muted">
          <tr>
            <th scope="col" className="px-3 py-1.5 font-medium whitespace-nowrap">
              Time
            </th>
            <th scope="col" className="px-3 py-1.5 font-medium whitespace-nowrap">
              Status code
            </th>
            <th scope="col" className="px-3 py-1.5 text-right font-medium whitespace-nowrap">
              Duration
            </th>
            <th scope="col" className="px-3 py-1.5 font-medium">
              Response / error
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {attempts.map((a, i) => (
            <tr key={`${a.at}-${i}`} className="align-top">
              <td className="px-3 py-2 whitespace-nowrap">
                <LocalTime iso={a.at} />
              </td>
              <td className="px-3 py-2 tabular-nums">{a.statusCode ?? <span className="text-subtle">—</span>}</td>
              <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{a.durationMs} ms</td>
              <td className="min-w-56 px-3 py-2">
                {a.error && <p className="text-danger">{a.error}</p>}
                {/* React escapes the receiver's text; pre-wrap keeps its lines without widening the page. */}
                {a.responseSnippet ? (
                  <pre className="mt-0.5 max-h-40 overflow-auto font-mono text-xs break-all whitespace-pre-wrap text-muted">
                    {a.responseSnippet}
                  </pre>
                ) : (
                  !a.error && <span className="text-subtle">Empty response</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
