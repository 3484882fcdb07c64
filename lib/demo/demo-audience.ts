import { detectBot, type BotVerdict } from "../bots/detect-bot";
import { lookupCountry } from "../clicks/geoip";
import { parseUserAgent, type ParsedUserAgent } from "../user-agent/user-agent";
import { BOT_NETWORKS, DEMO_COUNTRIES } from "./demo-places";
import { DEMO_BOTS, HUMAN_USER_AGENTS } from "./demo-user-agents";
import { weightedPicker, type Random } from "./random";

/** A user agent with what the click pipeline derives from it, computed once. */
export interface DemoAgent extends ParsedUserAgent {
  userAgent: string | null;
  /** What detect-bot.ts says of a plain GET with this user agent. */
  verdict: BotVerdict;
}

/** A /24 or /48 network, checked to resolve to `country`. */
export interface DemoNetwork {
  country: string | null;
  host: (random: Random) => string;
}

export interface DemoPlace {
  acceptLanguage: string;
  networks: DemoNetwork[];
}

export interface DemoBotProfile {
  agent: DemoAgent;
  networks: DemoNetwork[];
  session: boolean;
}

export interface DemoAudience {
  place: (random: Random) => DemoPlace;
  humanAgent: (random: Random) => DemoAgent;
  bot: (random: Random) => DemoBotProfile;
  /** The verdict for a browser's prefetch (Sec-Purpose: prefetch), as detect-bot.ts gives it. */
  prefetch: BotVerdict;
}

/** Neighbouring /24s tried after each listed one: more addresses, each checked like the first. */
const V4_NEIGHBOURS = 8;

/**
 * Parses and classifies every demo user agent and checks every address block against the
 * GeoIP database the pipeline uses, dropping blocks that resolve elsewhere (the database is
 * updated independently of this list). Throws if a country or bot network has none left.
 */
export function buildDemoAudience(): DemoAudience {
  const places = DEMO_COUNTRIES.map((c) => {
    const networks = [...c.v4.flatMap((p) => v4Networks(p, c.code)), ...(c.v6 ?? []).flatMap((p) => v6Network(p, c.code))];
    if (networks.length === 0) throw new Error(`No demo address of ${c.code ?? "no country"} resolves there any more`);
    return [{ acceptLanguage: c.acceptLanguage, networks }, c.weight] as const;
  });
  const bots = DEMO_BOTS.map((b) => {
    const networks = BOT_NETWORKS[b.network].flatMap((n) => v4Networks(n.v4, n.code).slice(0, 1));
    if (networks.length === 0) throw new Error(`No ${b.network} demo address resolves to its country any more`);
    return [{ agent: agentOf(b.userAgent), networks, session: b.session ?? false }, b.weight] as const;
  });
  return {
    place: weightedPicker(places),
    humanAgent: weightedPicker(HUMAN_USER_AGENTS.map(([ua, weight]) => [agentOf(ua), weight] as const)),
    bot: weightedPicker(bots),
    prefetch: detectBot({
      method: "GET",
      userAgent: HUMAN_USER_AGENTS[0][0],
      acceptLanguage: null,
      purpose: "prefetch",
      source: "redirect",
    }),
  };
}

function agentOf(userAgent: string | null): DemoAgent {
  const verdict = detectBot({ method: "GET", userAgent, acceptLanguage: null, purpose: null, source: "redirect" });
  return { userAgent, ...parseUserAgent(userAgent), verdict };
}

/** "a.b.c" and the next V4_NEIGHBOURS − 1 /24s that resolve to the country at both ends. */
function v4Networks(prefix: string, country: string | null): DemoNetwork[] {
  const [a, b, c] = prefix.split(".").map(Number);
  const networks: DemoNetwork[] = [];
  for (let third = c; third < Math.min(c + V4_NEIGHBOURS, 256); third++) {
    const base = `${a}.${b}.${third}.`;
    if (lookupCountry(`${base}1`) !== country || lookupCountry(`${base}254`) !== country) continue;
    networks.push({ country, host: (random) => base + (1 + Math.floor(random() * 254)) });
  }
  return networks;
}

function v6Network(prefix: string, country: string | null): DemoNetwork[] {
  if (lookupCountry(`${prefix}::1`) !== country || lookupCountry(`${prefix}:ffff:ffff:ffff:ffff:fffe`) !== country) return [];
  const group = (random: Random) => Math.floor(random() * 0x10000).toString(16);
  return [
    {
      country,
      host: (random) => `${prefix}:${group(random)}:${group(random)}:${group(random)}:${group(random)}:${group(random)}`,
    },
  ];
}
