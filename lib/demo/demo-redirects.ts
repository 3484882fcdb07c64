import type { RedirectCreateInput } from "../redirects/schema";

/** How people reach a link: decides its referers (DEMO_REFERERS). */
export type DemoChannel = "email" | "social" | "web" | "print";

export interface DemoRedirectSpec {
  redirect: RedirectCreateInput & { id: string };
  channel: DemoChannel;
  /** When clicks start, as a fraction of the seeded period (0: from the first day). */
  launch: number;
  /** Extra clicks right after launch, as a multiple of the usual rate, fading over a few days. */
  spike: number;
}

const shop = "https://shop.example.com";
const site = "https://www.example.com";

function spec(
  id: string,
  name: string,
  targetUrl: string,
  channel: DemoChannel,
  more: {
    eventType?: string;
    properties?: Record<string, string | number | boolean>;
    tags?: string[];
    launch?: number;
    spike?: number;
  } = {},
): DemoRedirectSpec {
  return {
    redirect: {
      id: `demo-${id}`,
      name,
      description: "Demo data (npm run cli -- seed-demo)",
      targetUrl,
      eventType: more.eventType ?? "link_click",
      eventProperties: { channel, ...more.properties },
      tags: ["demo", ...(more.tags ?? [])],
    },
    channel,
    launch: more.launch ?? 0,
    spike: more.spike ?? 0,
  };
}

/** In order of popularity: the first gets the most clicks (Zipf-like weights, seed-demo.ts). */
const CATALOGUE: readonly DemoRedirectSpec[] = [
  spec(
    "spring-sale",
    "Spring sale — newsletter hero",
    `${shop}/sale/spring?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale`,
    "email",
    {
      eventType: "email_click",
      properties: { campaign: "spring-sale", placement: "hero", variant: "A" },
      tags: ["newsletter", "sale"],
    },
  ),
  spec("pricing", "Pricing page — website CTA", `${site}/pricing`, "web", {
    properties: { placement: "header-cta" },
    tags: ["website"],
  }),
  spec("product-launch", "Product launch announcement", `${site}/blog/introducing-clicktrail-2?utm_campaign=launch`, "email", {
    eventType: "email_click",
    properties: { campaign: "launch-2", placement: "cta-button" },
    tags: ["newsletter", "launch"],
    launch: 0.55,
    spike: 6,
  }),
  spec("linkedin-post", "LinkedIn company post", `${site}/customers?utm_source=linkedin&utm_medium=social`, "social", {
    eventType: "social_click",
    properties: { network: "linkedin", post: "customer-stories" },
    tags: ["social"],
  }),
  spec("onboarding-day1", "Onboarding email — day 1", `${site}/docs/getting-started?utm_campaign=onboarding`, "email", {
    eventType: "email_click",
    properties: { campaign: "onboarding", step: 1 },
    tags: ["onboarding", "lifecycle"],
  }),
  spec("webinar-signup", "Webinar registration", `https://events.example.com/webinars/attribution-101`, "email", {
    eventType: "signup_click",
    properties: { campaign: "webinar-attribution-101", seats: 500 },
    tags: ["events"],
    launch: 0.3,
    spike: 4,
  }),
  spec("docs-quickstart", "Docs quickstart", `${site}/docs/quickstart`, "web", {
    properties: { section: "docs" },
    tags: ["website", "docs"],
  }),
  spec("app-ios", "App Store download", "https://apps.apple.com/app/id000000000", "web", {
    eventType: "app_install_click",
    properties: { platform: "ios" },
    tags: ["app"],
  }),
  spec("app-android", "Google Play download", "https://play.google.com/store/apps/details?id=com.example.app", "web", {
    eventType: "app_install_click",
    properties: { platform: "android" },
    tags: ["app"],
  }),
  spec("x-thread", "X thread — 10 tracking tips", `${site}/blog/10-tracking-tips?utm_source=x&utm_medium=social`, "social", {
    eventType: "social_click",
    properties: { network: "x" },
    tags: ["social"],
    launch: 0.15,
    spike: 3,
  }),
  spec("onboarding-day3", "Onboarding email — day 3", `${site}/docs/integrations?utm_campaign=onboarding`, "email", {
    eventType: "email_click",
    properties: { campaign: "onboarding", step: 3 },
    tags: ["onboarding", "lifecycle"],
  }),
  spec("qr-booth", "Trade-show booth QR code", `${site}/events/saastock?utm_source=qr`, "print", {
    eventType: "qr_scan",
    properties: { event: "SaaStock", location: "booth-42" },
    tags: ["events", "qr"],
    launch: 0.7,
    spike: 8,
  }),
  spec("case-study", "Customer case study (PDF)", `${site}/assets/case-study-northwind.pdf`, "email", {
    eventType: "download_click",
    properties: { asset: "case-study-northwind", format: "pdf" },
    tags: ["content"],
  }),
  spec("podcast-42", "Podcast episode 42 show notes", `${site}/podcast/42`, "social", {
    properties: { episode: 42 },
    tags: ["content", "podcast"],
  }),
  spec("onboarding-day7", "Onboarding email — day 7", `${site}/docs/dashboards?utm_campaign=onboarding`, "email", {
    eventType: "email_click",
    properties: { campaign: "onboarding", step: 7 },
    tags: ["onboarding", "lifecycle"],
  }),
  spec("referral", "Referral programme", `${site}/referral?utm_source=referral`, "social", {
    eventType: "referral_click",
    properties: { reward: "1 month free" },
    tags: ["growth"],
  }),
  spec("nps-survey", "NPS survey", "https://forms.example.com/nps-q2", "email", {
    eventType: "survey_click",
    properties: { survey: "nps", quarter: "Q2" },
    tags: ["lifecycle"],
    launch: 0.45,
    spike: 5,
  }),
  spec("release-notes", "Release notes", `${site}/changelog`, "web", {
    properties: { section: "changelog" },
    tags: ["website", "content"],
  }),
  spec("black-friday", "Black Friday early access", `${shop}/black-friday?utm_campaign=bf-early`, "email", {
    eventType: "email_click",
    properties: { campaign: "black-friday", discount: 30 },
    tags: ["newsletter", "sale"],
    launch: 0.85,
    spike: 10,
  }),
  spec("careers", "Careers page", `${site}/careers?utm_source=social`, "social", {
    properties: { team: "engineering" },
    tags: ["hiring"],
  }),
  spec("qr-flyer", "Flyer QR code", `${site}/welcome?utm_source=flyer`, "print", {
    eventType: "qr_scan",
    properties: { print_run: "2026-03" },
    tags: ["qr"],
  }),
  spec("partner-portal", "Partner portal", "https://partners.example.com/login", "web", {
    properties: { audience: "partners" },
    tags: ["partners"],
  }),
  spec("status-page", "Status page", "https://status.example.com", "web", {
    properties: { section: "status" },
    tags: ["website"],
  }),
  spec("unsubscribe-survey", "Unsubscribe feedback", "https://forms.example.com/why-unsubscribe", "email", {
    eventType: "survey_click",
    properties: { survey: "unsubscribe" },
    tags: ["lifecycle"],
  }),
];

/**
 * The first `count` demo redirects: the catalogue above, then weekly newsletter issues, each
 * launched a little later than the one before. IDs are fixed, so a second run finds them.
 */
export function demoRedirects(count: number): DemoRedirectSpec[] {
  const specs = CATALOGUE.slice(0, count);
  for (let issue = 1; specs.length < count; issue++) {
    specs.push(
      spec(
        `newsletter-${String(issue).padStart(3, "0")}`,
        `Weekly newsletter #${issue}`,
        `${site}/newsletter/${issue}?utm_medium=email`,
        "email",
        {
          eventType: "email_click",
          properties: { campaign: "weekly-newsletter", issue },
          tags: ["newsletter"],
          launch: (issue * 0.37) % 1,
          spike: 4,
        },
      ),
    );
  }
  return specs;
}

/** Referer per channel, [value, weight]; null is a direct visit (mail apps, QR codes, typed URLs). */
export const DEMO_REFERERS: Record<DemoChannel, readonly (readonly [string | null, number])[]> = {
  email: [
    [null, 78],
    ["https://mail.google.com/", 10],
    ["https://outlook.live.com/", 5],
    ["https://outlook.office.com/", 4],
    ["https://mail.yahoo.com/", 2],
    ["https://app.hey.com/", 1],
  ],
  social: [
    [null, 30],
    ["https://www.linkedin.com/", 22],
    ["https://t.co/", 14],
    ["https://www.facebook.com/", 8],
    ["https://l.facebook.com/", 6],
    ["https://www.instagram.com/", 5],
    ["https://www.reddit.com/", 6],
    ["https://news.ycombinator.com/", 5],
    ["https://bsky.app/", 4],
  ],
  web: [
    [null, 25],
    ["https://www.google.com/", 40],
    ["https://www.bing.com/", 7],
    ["https://duckduckgo.com/", 6],
    ["https://www.ecosia.org/", 2],
    ["https://github.com/", 8],
    ["https://stackoverflow.com/", 5],
    ["https://www.producthunt.com/", 4],
    ["https://dev.to/", 3],
  ],
  print: [
    [null, 96],
    ["https://www.google.com/", 4],
  ],
};
