/**
 * Service worker: the only part of the extension that talks to the companion.
 *
 * Pages send messages declared in shared/messages.js; one handler map answers them with
 * {ok: true, data} or {ok: false, error: {kind, message}}. It keeps no state in globals (a real
 * browser stops idle workers after ~30 s): everything lives in chrome.storage.local.
 */

import { callCompanion, CompanionError } from "./shared/api.js";
import { today } from "./shared/format.js";
import { MSG } from "./shared/messages.js";
import { clearToken, normaliseCompanionUrl, saveSettings } from "./shared/settings.js";

const BADGE_ALARM = "refresh-badge";
const BADGE_PERIOD_MINUTES = 15;
// What the companion's match route accepts (it refuses unknown fields).
const ARTICLE_FIELDS = ["url", "title", "description", "text", "keywords", "site_name"];
const CAPTURE_FIELDS = [
  "linkedin_url",
  "name",
  "headline",
  "title",
  "company",
  "location",
  "about",
  "past_companies",
  "link_to",
];

const handlers = {
  [MSG.STATUS]: status,
  [MSG.PAIR]: pair,
  [MSG.UNPAIR]: unpair,
  [MSG.EXTRACT_PAGE]: ({ tabId }) => extractPage(tabId),
  [MSG.MATCH_ARTICLE]: ({ article }) =>
    callCompanion("POST", "/api/articles/match", { ...pick(article, ARTICLE_FIELDS), limit: 8 }),
  [MSG.DISMISS_MATCH]: dismissMatch,
  [MSG.LOG_INTERACTION]: logInteraction,
  [MSG.FIND_CONTACT]: findContact,
  [MSG.CAPTURE_CONTACT]: captureContact,
  [MSG.UPDATE_CONTACT]: ({ contactId, changes }) =>
    callCompanion("PATCH", `/api/contacts/${encodeURIComponent(contactId)}`, changes),
  [MSG.GET_DRAFT]: ({ contactId, kind, channel, url, title }) => {
    const query = new URLSearchParams({ kind, channel, ...(url ? { url, title: title || "" } : {}) });
    return callCompanion("GET", `/api/contacts/${encodeURIComponent(contactId)}/draft?${query}`);
  },
  [MSG.LIST_SUGGESTIONS]: () => callCompanion("GET", "/api/suggestions?status=pending"),
  [MSG.UPDATE_SUGGESTION]: updateSuggestion,
  [MSG.LIST_FOLLOWUPS]: () => callCompanion("GET", "/api/followups"),
  [MSG.LIST_INDUSTRIES]: () => callCompanion("GET", "/api/industries"),
};

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // Only the extension's own pages may ask; content scripts never send messages.
  if (sender.id !== chrome.runtime.id || !String(sender.url || "").startsWith(chrome.runtime.getURL(""))) {
    return false;
  }
  const handler = handlers[message?.type];
  if (!handler) {
    sendResponse({ ok: false, error: { kind: "failed", message: `Unknown request "${message?.type}".` } });
    return false;
  }
  Promise.resolve()
    .then(() => handler(message))
    .then((data) => sendResponse({ ok: true, data: data ?? {} }))
    .catch((error) => sendResponse({ ok: false, error: describe(error) }));
  return true; // the answer is sent asynchronously
});

chrome.runtime.onInstalled.addListener(scheduleBadge);
chrome.runtime.onStartup.addListener(scheduleBadge);
chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === BADGE_ALARM) refreshBadge();
});

function pick(object, keys) {
  return Object.fromEntries(
    keys.filter((key) => object?.[key] !== undefined).map((key) => [key, object[key]]),
  );
}

function describe(error) {
  if (error instanceof CompanionError) return { kind: error.kind, message: error.message };
  return { kind: "failed", message: error?.message || "Something went wrong." };
}

async function status() {
  const ping = await callCompanion("GET", "/api/ping");
  try {
    await callCompanion("GET", "/api/followups");
    refreshBadge();
    return { online: true, paired: true, version: ping.version };
  } catch (error) {
    if (error.kind !== "unpaired") throw error;
    // A refused token gets its own sentence; a missing one, the popup's usual invitation to pair.
    const reason = error.status === 401 ? error.message : undefined;
    return { online: true, paired: false, version: ping.version, reason };
  }
}

async function pair({ companionUrl, token }) {
  const base = normaliseCompanionUrl(companionUrl);
  if (!base) {
    throw new CompanionError("bad_request", "The companion address must look like http://127.0.0.1:5757.");
  }
  const cleanToken = String(token || "").trim();
  if (!cleanToken) throw new CompanionError("bad_request", "Paste the token that `companion token` prints.");
  const ping = await callCompanion("GET", "/api/ping", undefined, { companionUrl: base });
  if (ping.app !== "followup-companion") {
    throw new CompanionError("failed", "Something else answers at that address, not the companion.");
  }
  await callCompanion("GET", "/api/followups", undefined, { companionUrl: base, token: cleanToken });
  await saveSettings({ companionUrl: base, token: cleanToken });
  await scheduleBadge();
  return { version: ping.version, companionUrl: base };
}

async function unpair() {
  await clearToken();
  await chrome.action.setBadgeText({ text: "" });
  return {};
}

async function logInteraction({ contactId, interaction }) {
  const answer = await callCompanion("POST", `/api/contacts/${encodeURIComponent(contactId)}/interactions`, {
    date: today(),
    ...interaction,
  });
  refreshBadge();
  return answer;
}

/**
 * The contact holding this profile; when there is none and a name is given, also the contact entered by
 * hand or from a sheet that the profile probably belongs to (`likely`), so the popup can offer to link it.
 */
async function findContact({ linkedinUrl, name, company }) {
  const query = new URLSearchParams({ linkedin_url: linkedinUrl });
  const answer = await callCompanion("GET", `/api/contacts?${query}`);
  // Filter here as well, in case the companion ignores the filter and answers with every contact.
  const match = (answer.contacts || []).find((contact) => contact.linkedin_url === linkedinUrl);
  if (match || !name) return { contact: match || null };
  const hint = await callCompanion(
    "GET",
    `/api/contacts/likely-match?${new URLSearchParams({ name, company: company || "" })}`,
  );
  return { contact: null, likely: hint.contact ? { contact: hint.contact, reason: hint.reason } : null };
}

/** Capture the profile, then set the fields the capture route does not take (email, how met, ...). */
async function captureContact({ profile, extra }) {
  const answer = await callCompanion("POST", "/api/contacts/capture", pick(profile, CAPTURE_FIELDS));
  const changes = Object.fromEntries(
    Object.entries(extra || {}).filter(([, value]) => value !== "" && value != null),
  );
  let { contact } = answer;
  if (Object.keys(changes).length > 0) {
    ({ contact } = await callCompanion("PATCH", `/api/contacts/${encodeURIComponent(contact.id)}`, changes));
  }
  refreshBadge();
  return { created: answer.created, contact };
}

/** "Not relevant": the companion also settles this article's waiting suggestion for the contact. */
async function dismissMatch({ url, contactId, title }) {
  const answer = await callCompanion("POST", "/api/articles/dismiss", {
    url,
    contact_id: contactId,
    title: title || "",
  });
  refreshBadge();
  return answer;
}

async function updateSuggestion({ id, status: newStatus }) {
  const answer = await callCompanion("PATCH", `/api/suggestions/${encodeURIComponent(id)}`, {
    status: newStatus,
  });
  refreshBadge();
  return answer;
}

/** Run the right content script in the tab and say what kind of page it is. */
async function extractPage(tabId) {
  const tab = await chrome.tabs.get(tabId);
  const url = tab.url || "";
  if (!/^https?:/.test(url)) {
    return { kind: "unsupported", page: { url } };
  }
  const onLinkedInPeoplePage = isLinkedInPeoplePage(url);
  const files = onLinkedInPeoplePage
    ? ["content/linkedin-profile.js"]
    : ["vendor/Readability.js", "content/article.js"];
  let results;
  try {
    results = await chrome.scripting.executeScript({ target: { tabId }, files });
  } catch {
    // The browser refuses pages such as the web store, PDFs, or a tab the button was not clicked on.
    const message = "The extension cannot read this page. Click its toolbar button while the page is open.";
    return { kind: "unsupported", page: { url, message } };
  }
  const page = results?.[results.length - 1]?.result;
  if (!page) return { kind: "unsupported", page: { url } };
  if (page.error === "not_a_profile") return { kind: "not_a_profile", page };
  return { kind: onLinkedInPeoplePage ? "profile" : "article", page };
}

/** LinkedIn pages that are about a person or an organisation (not its articles under /pulse/). */
function isLinkedInPeoplePage(url) {
  const { hostname, pathname } = new URL(url);
  if (hostname !== "linkedin.com" && !hostname.endsWith(".linkedin.com")) return false;
  return !/^\/(pulse|news|posts|feed\/update)\//.test(pathname);
}

async function scheduleBadge() {
  await chrome.alarms.create(BADGE_ALARM, { periodInMinutes: BADGE_PERIOD_MINUTES, delayInMinutes: 0.1 });
}

/** Badge = thank-yous and follow-ups due + pending suggested shares; blank when unknown. */
async function refreshBadge() {
  let text = "";
  try {
    const [due, review] = await Promise.all([
      callCompanion("GET", "/api/followups"),
      callCompanion("GET", "/api/suggestions?status=pending"),
    ]);
    const count = due.thank_you_due.length + due.follow_up_due.length + review.suggestions.length;
    text = count > 0 ? String(count) : "";
  } catch {
    text = "";
  }
  await chrome.action.setBadgeBackgroundColor({ color: "#0b6e69" });
  await chrome.action.setBadgeText({ text });
}
