// Rewriting a ~1 MB newsletter with 1,000 links, with a signer that does one HMAC-SHA256 per
// link as the real token signer will. Bar: p95 ≤ 50 ms.
// Usage: npx tsx bench/rewrite-html.ts [--runs 50]
import { createHmac } from "node:crypto";
import { rewriteHtml } from "../lib/email/rewrite-html";
import { rewriteOptionsSchema, type LinkSigner, type SessionSpec } from "../lib/email/types";

const LINKS = 1000;
const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 50;
const KEY = Buffer.alloc(32, 7);

function session(s: SessionSpec): string {
  return s.kind === "id" ? s.id : s.kind === "template" ? s.template : "";
}

function sign(payload: string): string {
  const body = Buffer.from(payload).toString("base64url");
  return `${body}.${createHmac("sha256", KEY).update(body).digest("base64url").slice(0, 22)}`;
}

const signer: LinkSigner = {
  trackedUrl: (l) => {
    const token = sign(`1\n${l.url}\n${l.tags.join(";")}\n${l.campaign ?? ""}\n${Date.now()}`);
    return `https://ct.example/l/${token}/${session(l.session)}`;
  },
  pixelUrl: (p) => {
    const token = sign(`1\n${p.campaign ?? ""}\n${Date.now()}`);
    return `https://ct.example/o/${token}.gif?s=${session(p.session)}`;
  },
};

// One article block of table-based newsletter markup (inline styles, MSO comments, entities),
// with one link each; every 10th a mailto or opted-out link, as in real footers.
function link(i: number): string {
  if (i % 10 === 9) {
    return `<a href="mailto:editor@example.com?subject=Issue%20${i}" style="color:#1a73e8">Write to us</a>`;
  }
  if (i % 10 === 8) {
    return `<a href="https://example.com/unsubscribe?u=${i}" data-no-track style="color:#888">Unsubscribe</a>`;
  }
  const url = `https://www.example.com/articles/${i}/a-longer-slug-for-the-story`;
  const query = "?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=weekly";
  return (
    `<a href="${url}${query}" data-track-tags="section:news;pos:${i}" target="_blank"` +
    ` style="color:#1a73e8;text-decoration:underline">Read more</a>`
  );
}

function block(i: number): string {
  return `<tr>
  <td class="article" style="padding:24px 32px;font-family:Helvetica,Arial,sans-serif;font-size:16px;line-height:24px;color:#333333;">
    <!--[if mso]><table role="presentation" width="100%"><tr><td><![endif]-->
    <h2 style="margin:0 0 12px;font-size:22px;line-height:28px;color:#111111;">Story ${i}: Grüße aus Köln &mdash; the week in review</h2>
    <p style="margin:0 0 16px;">Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat &amp; more.</p>
    <p style="margin:0;">${link(i)}</p>
    <!--[if mso]></td></tr></table><![endif]-->
  </td>
</tr>
`;
}

const head = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8"><title>Weekly</title>
<style>body{margin:0}a[x-apple-data-detectors]{color:inherit!important}@media (max-width:600px){.article{padding:16px!important}}</style></head>
<body style="margin:0;background:#f4f4f4"><table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
`;
const blocks = Array.from({ length: LINKS }, (_, i) => block(i)).join("");
const filler = `<!-- spacer -->\n<tr><td style="padding:0 32px;font-size:14px;color:#666">${"Filler text to reach a realistic size. ".repeat(10)}</td></tr>\n`;
let html = head + blocks;
while (html.length < 1_000_000) html += filler;
html += `</table></body></html>\n`;

const options = rewriteOptionsSchema.parse({
  sessionTemplate: "{{session@id}}",
  campaign: "weekly-48",
  tags: ["newsletter"],
  trackOpens: true,
});
for (let i = 0; i < 5; i++) rewriteHtml(html, options, signer);
const times: number[] = [];
let result = rewriteHtml(html, options, signer);
for (let run = 0; run < RUNS; run++) {
  const t = performance.now();
  result = rewriteHtml(html, options, signer);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
const tracked = result.report.filter((r) => r.tracked).length;
console.log(
  `input ${(html.length / 1e6).toFixed(2)} MB (${Buffer.byteLength(html)} bytes), ${result.report.length} links (${tracked} tracked), output ${(result.output.length / 1e6).toFixed(2)} MB, ${RUNS} runs`,
);
console.log(`p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  max ${times[times.length - 1].toFixed(1)} ms  (bar: p95 ≤ 50 ms)`);
