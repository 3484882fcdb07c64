import { describe, expect, it } from "vitest";
import { detectBot } from "./detect-bot";
import { SCANNER_SIGNATURES } from "./scanner-signatures";

/**
 * One or more user agents per signature, as the services send them (published by the vendor or
 * seen in logs and quoted in bug trackers). Proofpoint and Mimecast mostly send plain browser
 * UAs and publish none of their own; theirs are the vendor token in the form scanners that do
 * name themselves use.
 */
const SAMPLES: Record<string, string[]> = {
  "scanner:microsoft": [
    "Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/534+ (KHTML, like Gecko) BingPreview/1.0b",
    "Microsoft Office Existence Discovery",
    "Microsoft Office Protocol Discovery",
    "Mozilla/4.0 (compatible; ms-office; MSOffice 16)",
  ],
  "scanner:proofpoint": ["Mozilla/5.0 (compatible; Proofpoint URL Defense)"],
  "scanner:mimecast": ["Mozilla/5.0 (compatible; Mimecast URL Protect)"],
  "scanner:barracuda": ["Barracuda Sentinel (EE)"],
  "scanner:slack": [
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Slack-ImgProxy (+https://api.slack.com/robots)",
  ],
  "scanner:teams": [
    "Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5 skype-url-preview@microsoft.com",
    "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; MicrosoftPreview/2.0; +https://aka.ms/MicrosoftPreview) Chrome/116.0.1938.76 Safari/537.36",
    "TeamsBot-LinkPreview",
  ],
  "scanner:linkedin": ["LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)"],
  "scanner:telegram": ["TelegramBot (like TwitterBot)"],
  "scanner:twitter": ["Twitterbot/1.0"],
  "scanner:facebook": [
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "meta-externalagent/1.1 (+https://developers.facebook.com/docs/sharing/webmasters/crawler)",
  ],
  "scanner:whatsapp": ["WhatsApp/2.23.20.0 A", "WhatsApp/2.23.20.76 i"],
  "scanner:discord": ["Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)"],
  "scanner:google-image-proxy": ["Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)"],
  "scanner:gmail": [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/42.0.2311.135 Safari/537.36 Edge/12.246 Mozilla/5.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/42.0.2311.135 Safari/537.36 Edge/12.246 Gmail-content-sampling",
  ],
  "scanner:yahoo-mail-proxy": [
    "Mozilla/5.0 (compatible; YahooMailProxy; https://help.yahoo.com/kb/yahoo-mail-proxy-SLN28749.html)",
  ],
};

const cases = Object.entries(SAMPLES).flatMap(([reason, uas]) => uas.map((ua) => [reason, ua] as const));

describe("scanner signatures", () => {
  it("has a sample for every signature and a signature for every sample", () => {
    expect(SCANNER_SIGNATURES.map((s) => s.reason).sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it.each(cases)("%s: %s", (reason, ua) => {
    for (const source of ["redirect", "signed", "pixel"] as const) {
      expect(detectBot({ method: "GET", userAgent: ua, acceptLanguage: "en-US", purpose: null, source })).toEqual({
        isBot: true,
        reason,
      });
    }
  });

  it("leaves Outlook loading a message's images for its reader alone", () => {
    const outlook =
      "Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; .NET CLR 2.0.50727; .NET CLR 3.0.30729; .NET CLR 3.5.30729; Microsoft Outlook 16.0.9126; Microsoft Outlook 16.0.9126; ms-office; MSOffice 16)";
    expect(detectBot({ method: "GET", userAgent: outlook, acceptLanguage: "en-US", purpose: null, source: "pixel" })).toEqual({
      isBot: false,
      reason: null,
    });
  });
});
