/**
 * User agents of the demo clicks: real-looking browser strings across devices, versions and
 * in-app browsers, weighted roughly by market share, and the bots and link scanners that
 * follow links in mail and chat. Data only; demo-audience.ts parses and classifies each once.
 */

/** [user agent, weight]: the weight of a template is spread over its versions. */
export type WeightedUserAgent = readonly [string, number];

const CHROME = [126, 127, 128, 129, 130, 131];
const FIREFOX = [128, 130, 131, 132];
const SAFARI = ["17.4.1", "17.5", "17.6", "18.0", "18.1"];
const IOS = ["16_7_10", "17_5_1", "17_6_1", "18_0_1", "18_1"];
const SAMSUNG = ["24.0", "25.0", "26.0"];
const ANDROID_MODELS = ["Pixel 7", "Pixel 8", "SM-S911B", "SM-S921B", "SM-A546B", "SM-A155F", "23021RAAEG", "moto g84 5G"];
const ANDROID_TABLETS = ["SM-X710", "SM-X200", "Lenovo TB-X606F"];

/** Newer versions are more common: version i of n gets weight proportional to i + 1. */
function spread(weight: number, versions: readonly (string | number)[], build: (v: string) => string): WeightedUserAgent[] {
  const total = (versions.length * (versions.length + 1)) / 2;
  return versions.map((v, i) => [build(String(v)), (weight * (i + 1)) / total] as const);
}

function each<T>(items: readonly T[], weight: number, build: (item: T) => WeightedUserAgent[]): WeightedUserAgent[] {
  return items.flatMap((item) => build(item).map(([ua, w]) => [ua, (w * weight) / items.length] as const));
}

/** People's browsers; weights sum to about 100 (percent of human clicks). */
export const HUMAN_USER_AGENTS: readonly WeightedUserAgent[] = [
  // Desktop Chrome (reduced UA: the minor version is always 0.0.0).
  ...spread(
    20,
    CHROME,
    (v) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`,
  ),
  ...spread(
    8,
    CHROME,
    (v) =>
      `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`,
  ),
  ...spread(
    1.5,
    CHROME,
    (v) => `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`,
  ),
  ...spread(
    1,
    CHROME,
    (v) => `Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`,
  ),
  // Edge and Opera.
  ...spread(
    6,
    CHROME,
    (v) =>
      `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36 Edg/${v}.0.0.0`,
  ),
  ...spread(
    0.6,
    CHROME,
    (v) =>
      `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36 Edg/${v}.0.0.0`,
  ),
  ...spread(
    0.8,
    [112, 113, 114],
    (v) =>
      `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${Number(v) + 15}.0.0.0 Safari/537.36 OPR/${v}.0.0.0`,
  ),
  // Safari on the Mac.
  ...spread(
    6,
    SAFARI,
    (v) =>
      `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v} Safari/605.1.15`,
  ),
  // Firefox.
  ...spread(3, FIREFOX, (v) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${v}.0) Gecko/20100101 Firefox/${v}.0`),
  ...spread(1, FIREFOX, (v) => `Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:${v}.0) Gecko/20100101 Firefox/${v}.0`),
  ...spread(0.8, FIREFOX, (v) => `Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:${v}.0) Gecko/20100101 Firefox/${v}.0`),
  ...spread(0.6, FIREFOX, (v) => `Mozilla/5.0 (Android 14; Mobile; rv:${v}.0) Gecko/${v}.0 Firefox/${v}.0`),
  // iPhone: Safari, Chrome, Google app.
  ...spread(
    17,
    IOS,
    (v) =>
      `Mozilla/5.0 (iPhone; CPU iPhone OS ${v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v.split("_").slice(0, 2).join(".")} Mobile/15E148 Safari/604.1`,
  ),
  ...spread(
    2.5,
    CHROME,
    (v) =>
      `Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/${v}.0.6478.153 Mobile/15E148 Safari/604.1`,
  ),
  ...spread(
    1,
    [328, 330, 335],
    (v) =>
      `Mozilla/5.0 (iPhone; CPU iPhone OS 18_0_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) GSA/${v}.0.659373842 Mobile/15E148 Safari/604.1`,
  ),
  // Android phones: Chrome (reduced and full UAs) and Samsung Internet.
  ...spread(
    8,
    CHROME,
    (v) => `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Mobile Safari/537.36`,
  ),
  ...each(ANDROID_MODELS, 4, (model) =>
    spread(
      1,
      CHROME.slice(-3),
      (v) =>
        `Mozilla/5.0 (Linux; Android 14; ${model}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.6723.102 Mobile Safari/537.36`,
    ),
  ),
  ...spread(
    3,
    SAMSUNG,
    (v) =>
      `Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/${v} Chrome/${Number(v) * 5}.0.0.0 Mobile Safari/537.36`,
  ),
  // Tablets.
  ...spread(
    3,
    IOS.slice(1),
    (v) =>
      `Mozilla/5.0 (iPad; CPU OS ${v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v.split("_").slice(0, 2).join(".")} Mobile/15E148 Safari/604.1`,
  ),
  ...each(ANDROID_TABLETS, 1.2, (model) =>
    spread(
      1,
      CHROME.slice(-2),
      (v) => `Mozilla/5.0 (Linux; Android 13; ${model}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`,
    ),
  ),
  ...spread(
    0.5,
    SAMSUNG,
    (v) =>
      `Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/${v} Chrome/${Number(v) * 5}.0.0.0 Safari/537.36`,
  ),
  // In-app browsers: links opened from social and mail apps.
  [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 340.0.3.20.110 (iPhone15,2; iOS 17_5; en_US; en; scale=3.00; 1179x2556; 619370226)",
    1.2,
  ],
  [
    "Mozilla/5.0 (Linux; Android 14; SM-S911B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/129.0.6668.100 Mobile Safari/537.36 Instagram 350.0.0.40.91 Android (34/14; 480dpi; 1080x2340; samsung; SM-S911B; dm1q; qcom; en_GB; 645094143)",
    0.6,
  ],
  [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/470.0.0.38.109;FBBV/625551367;FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS;FBSV/17.5.1;FBSS/3;FBID/phone;FBLC/en_US;FBOP/5;FBRV/627232421]",
    1,
  ],
  [
    "Mozilla/5.0 (Linux; Android 14; SM-A546B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/129.0.6668.100 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/484.0.0.63.83;]",
    0.8,
  ],
  [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [LinkedInApp]/9.30.1530",
    0.7,
  ],
  [
    "Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240905.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.58 Mobile Safari/537.36",
    0.6,
  ],
];

/**
 * Crawlers, link-preview fetchers, mail scanners and scripts. `session`: the bot follows a
 * recipient's session link (mail scanners do, at delivery).
 */
export interface DemoBot {
  userAgent: string | null;
  weight: number;
  /** Which address pool of demo-audience.ts it fetches from. */
  network: "google" | "microsoft" | "cloud" | "social" | "mail-security";
  session?: boolean;
}

export const DEMO_BOTS: readonly DemoBot[] = [
  { userAgent: "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", weight: 9, network: "google" },
  {
    userAgent:
      "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.69 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    weight: 5,
    network: "google",
  },
  { userAgent: "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", weight: 4, network: "microsoft" },
  // Microsoft Defender for Office 365 Safe Links and Office's link checks.
  {
    userAgent: "Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/534+ (KHTML, like Gecko) BingPreview/1.0b",
    weight: 10,
    network: "microsoft",
    session: true,
  },
  { userAgent: "Microsoft Office Existence Discovery", weight: 3, network: "microsoft", session: true },
  { userAgent: "Mozilla/5.0 (compatible; proofpoint)", weight: 5, network: "mail-security", session: true },
  { userAgent: "Mozilla/5.0 (compatible; Mimecast URL Protect)", weight: 3, network: "mail-security", session: true },
  { userAgent: "Barracuda Sentinel (EE)", weight: 2, network: "mail-security", session: true },
  {
    userAgent: "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)",
    weight: 4,
    network: "google",
    session: true,
  },
  {
    userAgent: "Mozilla/5.0 (compatible; YahooMailProxy; https://help.yahoo.com/kb/yahoo-mail-proxy-SLN28749.html)",
    weight: 1,
    network: "cloud",
    session: true,
  },
  { userAgent: "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", weight: 6, network: "cloud" },
  {
    userAgent: "Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5 skype-url-preview@microsoft.com",
    weight: 2,
    network: "microsoft",
  },
  {
    userAgent: "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
    weight: 4,
    network: "social",
  },
  { userAgent: "Twitterbot/1.0", weight: 3, network: "social" },
  { userAgent: "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", weight: 4, network: "social" },
  { userAgent: "TelegramBot (like TwitterBot)", weight: 1, network: "social" },
  { userAgent: "WhatsApp/2.24.20.89 A", weight: 3, network: "social" },
  { userAgent: "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)", weight: 1, network: "social" },
  { userAgent: "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)", weight: 3, network: "cloud" },
  {
    userAgent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/130.0.0.0 Safari/537.36",
    weight: 3,
    network: "cloud",
  },
  { userAgent: "curl/8.5.0", weight: 5, network: "cloud" },
  { userAgent: "python-requests/2.32.3", weight: 4, network: "cloud" },
  { userAgent: "Go-http-client/1.1", weight: 3, network: "cloud" },
  { userAgent: "Wget/1.21.4", weight: 1, network: "cloud" },
  { userAgent: null, weight: 3, network: "cloud" },
];
