import type { BotVerdict } from "../bots/detect-bot";
import type { EnrichedClick } from "../clicks/enrich-click";
import { anonymizeIp } from "../privacy/anonymize-ip";
import { privacyReason, type PrivacyReason } from "../privacy/consent";
import type { JsonObject } from "../json/json-value";
import type { IpMode } from "../settings/privacy-settings-schema";
import type { DemoAgent, DemoAudience } from "./demo-audience";
import { DEMO_REFERERS, type DemoChannel } from "./demo-redirects";
import { pick, seededRandom, weightedPicker, type Random } from "./random";

/** A redirect the demo clicks go to, with its stored event fields. */
export interface DemoTarget {
  id: string;
  targetUrl: string;
  eventType: string;
  properties: JsonObject;
  channel: DemoChannel;
  launch: number;
  spike: number;
}

export interface DemoClickPlan {
  clicks: number;
  days: number;
  /** The seeded period ends here (exclusive). */
  end: Date;
  seed: number;
  /** In order of popularity. */
  targets: DemoTarget[];
  audience: DemoAudience;
  ipMode: IpMode;
  isOptedOut: (sessionId: string) => boolean;
  batchSize: number;
}

const HOUR_MS = 3_600_000;
/** Clicks per hour of the UTC day: Europe's working day, then the Americas'. */
const HOUR_OF_DAY = [
  0.35, 0.25, 0.2, 0.18, 0.2, 0.3, 0.5, 0.8, 1.1, 1.3, 1.35, 1.3, 1.25, 1.35, 1.5, 1.55, 1.45, 1.3, 1.15, 1, 0.9, 0.8, 0.65, 0.5,
];
/** Sunday first, as Date#getUTCDay counts. */
const DAY_OF_WEEK = [0.6, 1.05, 1.1, 1.1, 1.05, 0.9, 0.55];
/** Share of bot clicks at average traffic; higher at night and weekends, when people rest and bots do not. */
const BOT_SHARE = 0.06;
/** Human clicks that carry a session ID (a recipient's link); the rest are plain links. */
const SESSION_SHARE = 0.72;
/** Human clicks that are a browser's prefetch (Sec-Purpose: prefetch), stored as bots. */
const PREFETCH_SHARE = 0.01;
const GPC_SHARE = 0.03;
const DNT_SHARE = 0.02;
/** People whose browser language is English whatever their country. */
const ENGLISH_SHARE = 0.15;
const SESSION_PREFIXES = ["sub_", "mc-", "hs.", "u-"];

/** Who sends a click, before privacy rules: a recipient (with a session ID), a passer-by or a bot. */
interface VisitorFacts {
  sessionId: string | null;
  agent: DemoAgent;
  ip: string;
  country: string | null;
  acceptLanguage: string | null;
  gpc: boolean;
  dnt: boolean;
}

/** The same after privacy rules, computed once per visitor rather than per click. */
interface Visitor {
  /** The session ID in the links this visitor got: what a mail scanner follows too. */
  link: string | null;
  /** The session ID as stored: none for an anonymous visitor. */
  sessionId: string | null;
  agent: DemoAgent;
  country: string | null;
  acceptLanguage: string | null;
  reason: PrivacyReason | null;
  /** The address as the privacy mode stores it. */
  ip: string | null;
  /** What the unique-visitor sketch counts when the click is a person's, as enrich-click.ts keys it. */
  visitorKey: string | null;
}

/**
 * Demo clicks in ascending time order, in batches ready for the click writer: rows exactly as
 * lib/clicks/enrich-click.ts would store them (privacy mode, consent, opt-outs, bot verdicts).
 * The volume follows growth over the period, a weekly and a daily rhythm and launch spikes;
 * redirects get Zipf-like shares; recipients come back, a few of them very often.
 */
export function* generateDemoClicks(plan: DemoClickPlan): Generator<EnrichedClick[]> {
  const random = seededRandom(plan.seed);
  const hours = plan.days * 24;
  const start = plan.end.getTime() - hours * HOUR_MS;
  const popularity = plan.targets.map((_, rank) => 1 / (rank + 1) ** 1.1);
  const activity = (slot: number) => plan.targets.map((t, r) => popularity[r] * launchFactor(t, slot / hours, hours));
  const rhythm = Array.from({ length: hours }, (_, slot) => {
    const at = new Date(start + (slot + 0.5) * HOUR_MS);
    return DAY_OF_WEEK[at.getUTCDay()] * HOUR_OF_DAY[at.getUTCHours()];
  });
  const weights = rhythm.map((r, slot) => (0.6 + (0.8 * slot) / hours) * r * (0.85 + 0.3 * random()) * sum(activity(slot)));
  const perSlot = apportion(plan.clicks, weights);

  const people = visitorPool(Math.min(250_000, Math.max(10, Math.round((plan.clicks * SESSION_SHARE) / 3))), true, plan, random);
  const passers = visitorPool(
    Math.min(250_000, Math.max(10, Math.round((plan.clicks * (1 - SESSION_SHARE)) / 1.6))),
    false,
    plan,
    random,
  );
  const recipient = tieredPicker(people.size);
  const referers = Object.fromEntries(
    Object.entries(DEMO_REFERERS).map(([channel, entries]) => [channel, weightedPicker(entries)]),
  ) as Record<DemoChannel, (random: Random) => string | null>;

  let batch: EnrichedClick[] = [];
  for (let slot = 0; slot < hours; slot++) {
    const count = perSlot[slot];
    if (count === 0) continue;
    const active = activity(slot);
    const target = weightedPicker(plan.targets.map((t, r) => [t, active[r]] as const));
    const botShare = Math.min(0.25, BOT_SHARE / Math.sqrt(rhythm[slot]));
    const offsets = new Float64Array(count);
    for (let i = 0; i < count; i++) offsets[i] = Math.floor(random() * HOUR_MS);
    offsets.sort();
    const slotStart = start + slot * HOUR_MS;
    for (let i = 0; i < count; i++) {
      const at = new Date(slotStart + offsets[i]);
      const t = target(random);
      if (random() < botShare) {
        const bot = plan.audience.bot(random);
        const network = pick(bot.networks, random);
        const sessionId = bot.session && random() < 0.8 ? people.get(recipient(random)).link : null;
        const visitor = applyPrivacy(plan, {
          sessionId,
          agent: bot.agent,
          ip: network.host(random),
          country: network.country,
          acceptLanguage: null,
          gpc: false,
          dnt: false,
        });
        batch.push(toClick(at, t, visitor, null, bot.agent.verdict));
      } else {
        const visitor =
          random() < SESSION_SHARE ? people.get(recipient(random)) : passers.get(Math.floor(random() * passers.size));
        const verdict = random() < PREFETCH_SHARE ? plan.audience.prefetch : visitor.agent.verdict;
        batch.push(toClick(at, t, visitor, referers[t.channel](random), verdict));
      }
      if (batch.length === plan.batchSize) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}

/** 0 before launch; after it 1 plus a spike fading with a 2.5-day time constant. */
function launchFactor(t: DemoTarget, at: number, hours: number): number {
  if (at < t.launch) return 0;
  return 1 + t.spike * Math.exp(-((at - t.launch) * hours) / 60);
}

/** The privacy rules of enrich-click.ts: an anonymous click keeps no session, address, user agent or referer. */
function applyPrivacy(plan: DemoClickPlan, f: VisitorFacts): Visitor {
  const reason = privacyReason({ gpc: f.gpc, dnt: f.dnt, sessionId: f.sessionId }, plan.isOptedOut);
  const ip = reason ? null : anonymizeIp(f.ip, plan.ipMode);
  return {
    link: f.sessionId,
    sessionId: reason ? null : f.sessionId,
    agent: f.agent,
    country: f.country,
    acceptLanguage: f.acceptLanguage,
    reason,
    ip,
    visitorKey: reason ? null : `${ip ?? f.ip}|${f.agent.userAgent ?? ""}`,
  };
}

/** The stored click and the keys its sketches count (none for bots), as enrich-click.ts makes them. */
function toClick(at: Date, target: DemoTarget, v: Visitor, referer: string | null, verdict: BotVerdict): EnrichedClick {
  const anonymous = v.reason !== null;
  return {
    row: {
      at,
      redirectId: target.id,
      sessionId: v.sessionId,
      eventType: target.eventType,
      properties: target.properties,
      targetUrl: target.targetUrl,
      source: "redirect",
      ip: v.ip,
      userAgent: anonymous ? null : v.agent.userAgent,
      browser: v.agent.browser,
      os: v.agent.os,
      deviceType: v.agent.deviceType,
      isBot: verdict.isBot,
      botReason: verdict.reason,
      country: v.country,
      referer: anonymous ? null : referer,
      acceptLanguage: v.acceptLanguage,
      privacyReason: v.reason,
      sessionIssue: null,
    },
    sessionKey: verdict.isBot ? null : v.sessionId,
    visitorKey: verdict.isBot ? null : v.visitorKey,
  };
}

/** A fixed number of visitors, each made on first use so a small seed stays cheap. */
function visitorPool(size: number, withSession: boolean, plan: DemoClickPlan, random: Random) {
  const made: (Visitor | undefined)[] = new Array(size);
  return {
    size,
    get(index: number): Visitor {
      return (made[index] ??= newVisitor(index, withSession, plan, random));
    },
  };
}

function newVisitor(index: number, withSession: boolean, plan: DemoClickPlan, random: Random): Visitor {
  const place = plan.audience.place(random);
  const network = pick(place.networks, random);
  const tag = Math.floor(random() * 2 ** 32)
    .toString(16)
    .padStart(8, "0");
  return applyPrivacy(plan, {
    // The index keeps IDs unique; the random part makes them look like an email tool's.
    sessionId: withSession ? `${pick(SESSION_PREFIXES, random)}${tag}${index.toString(36)}` : null,
    agent: plan.audience.humanAgent(random),
    ip: network.host(random),
    country: network.country,
    acceptLanguage: random() < ENGLISH_SHARE ? "en-US,en;q=0.9" : place.acceptLanguage,
    gpc: random() < GPC_SHARE,
    dnt: random() < DNT_SHARE,
  });
}

/**
 * Which recipient clicks: 5 % of clicks come from the top 0.2 % (the very engaged, dozens to
 * hundreds of clicks), 20 % from the next 5 %, the rest from anyone; most click a few times.
 */
function tieredPicker(size: number): (random: Random) => number {
  const top = Math.max(1, Math.round(size * 0.002));
  const engaged = Math.max(1, Math.round(size * 0.05));
  const tier = weightedPicker([
    [top, 0.05],
    [engaged, 0.2],
    [size, 0.75],
  ] as const);
  return (random) => Math.floor(random() * tier(random));
}

/** Splits `total` in proportion to `weights` into whole numbers that add up to it exactly. */
function apportion(total: number, weights: number[]): number[] {
  const sumOfWeights = sum(weights);
  if (!(sumOfWeights > 0)) throw new Error("No demo redirect is active in the seeded period");
  const exact = weights.map((w) => (total * w) / sumOfWeights);
  const counts = exact.map(Math.floor);
  let left = total - sum(counts);
  const byRemainder = exact.map((e, i) => [e - counts[i], i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k++, left--) counts[byRemainder[k][1]]++;
  return counts;
}

function sum(values: number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
