/**
 * Email security scanners, link-preview fetchers and mail image proxies, recognised by their
 * User-Agent. Data only, read by detect-bot.ts: first match wins, so an entry whose UA embeds
 * another's token (Telegram's UA names Twitter) comes before it. Reasons are stored with each click
 * and filtered on: never rename one.
 *
 * Many scanners (Safe Links above all) also fetch with plain browser UAs from their own IP ranges;
 * those are not caught here (docs/adr/0006-bot-detection.md).
 */
export interface ScannerSignature {
  reason: string;
  test: RegExp;
}

export const SCANNER_SIGNATURES: readonly ScannerSignature[] = [
  {
    // Microsoft Defender / Safe Links and Office: BingPreview, Office's link-existence and
    // protocol probes, and "ms-office" fetches by Office apps other than Outlook (Outlook's own
    // UA also says ms-office when it loads a message's images for a reader; that stays human).
    reason: "scanner:microsoft",
    test: /BingPreview|Microsoft Office (?:Existence|Protocol) Discovery|^(?!.*Microsoft Outlook).*\bms-office\b/i,
  },
  // Proofpoint URL Defense / TAP, when it names itself.
  { reason: "scanner:proofpoint", test: /proofpoint/i },
  // Mimecast URL Protect, when it names itself.
  { reason: "scanner:mimecast", test: /mimecast/i },
  // Barracuda Email Protection / Sentinel: "Barracuda Sentinel (EE)".
  { reason: "scanner:barracuda", test: /barracuda/i },
  // Slack unfurling and image proxy: "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)".
  { reason: "scanner:slack", test: /Slackbot|Slack-ImgProxy/i },
  // Microsoft Teams / Skype previews: "SkypeUriPreview Preview/0.5", "MicrosoftPreview/2.0 (+https://aka.ms/MicrosoftPreview)".
  { reason: "scanner:teams", test: /SkypeUriPreview|MicrosoftPreview|TeamsBot/i },
  // LinkedIn previews: "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)".
  { reason: "scanner:linkedin", test: /LinkedInBot/i },
  // Telegram previews: "TelegramBot (like TwitterBot)"; before Twitter, whose token it carries.
  { reason: "scanner:telegram", test: /TelegramBot/i },
  // X/Twitter cards: "Twitterbot/1.0".
  { reason: "scanner:twitter", test: /Twitterbot/i },
  // Facebook/Meta previews: "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", "meta-externalagent/1.1".
  { reason: "scanner:facebook", test: /facebookexternalhit|facebookcatalog|meta-external(?:agent|fetcher)|\bFacebot\b/i },
  // WhatsApp previews: "WhatsApp/2.23.20.0 A" (the app fetches with its own name, not a browser's).
  { reason: "scanner:whatsapp", test: /^WhatsApp\//i },
  // Discord embeds: "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)".
  { reason: "scanner:discord", test: /Discordbot/i },
  // Gmail's image proxy (open pixels): "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)".
  { reason: "scanner:google-image-proxy", test: /GoogleImageProxy|via ggpht\.com/i },
  // Gmail's prefetch of new mail (ankane/ahoy_email#139, mautic/mautic#10245): a 2015 Edge UA with
  // " Mozilla/5.0" appended, or "Gmail-content-sampling" (mssola/user_agent#71).
  { reason: "scanner:gmail", test: /Edge\/12\.246 (?:Mozilla\/5\.0|Gmail-content-sampling)$/ },
  // Yahoo Mail's image proxy: "Mozilla/5.0 (compatible; YahooMailProxy; https://help.yahoo.com/kb/yahoo-mail-proxy-SLN28749.html)".
  // AOL Mail runs on Yahoo's mail platform; no separate AOL proxy UA is documented.
  { reason: "scanner:yahoo-mail-proxy", test: /YahooMailProxy/i },
];
