// the online platforms news names as where something was said or shown ("wrote on Telegram", "a TikTok video"):
// each a company's service, a body as the labelled sets read them (GUM and Wikigold type Twitter, YouTube, MySpace and
// Telegram organisations, a few times a work). Names that are as often an English word ("Signal", "Threads", "Discord",
// "Zoom", "Line", "X") are left out: the tagger reads those in their context
export const PLATFORMS: ReadonlySet<string> = new Set([
  'Facebook', 'Twitter', 'Instagram', 'WhatsApp', 'Telegram', 'TikTok', 'YouTube', 'Snapchat', 'Reddit', 'LinkedIn',
  'Bluesky', 'Weibo', 'WeChat', 'Douyin', 'Tumblr', 'Pinterest', 'MySpace', 'Substack', 'Parler', 'Skype', 'Viber',
  'VKontakte', 'Truth Social',
]);
