/**
 * Every message the popup and options pages send to the service worker.
 *
 * The service worker is the only part of the extension that talks to the companion; pages ask it
 * through chrome.runtime.sendMessage({type, ...payload}). Every reply is {ok: true, data} or
 * {ok: false, error: {kind, message}}, mirroring the companion's own envelope. Error kinds:
 *   "offline"      the companion is not running at the configured address
 *   "unpaired"     no token stored yet, or the companion refused it
 *   "bad_request"  the companion rejected the input (message says why)
 *   "failed"       anything else (message is a sentence for the user)
 */

export const MSG = Object.freeze({
  STATUS: "status", //                 {} -> {paired, online, version, reason?}
  PAIR: "pair", //                     {companionUrl, token} -> {version}; stores both when the token works
  UNPAIR: "unpair", //                 {} -> {}; deletes the token
  EXTRACT_PAGE: "extract-page", //     {tabId} -> {kind: article|profile|not_a_profile|unsupported, page}
  MATCH_ARTICLE: "match-article", //   {article} -> POST /api/articles/match answer
  DISMISS_MATCH: "dismiss-match", //   {url, contactId, title} -> POST /api/articles/dismiss answer
  LOG_INTERACTION: "log-interaction", // {contactId, interaction} -> {interaction, contact}
  FIND_CONTACT: "find-contact", //     {linkedinUrl, name?, company?} -> {contact | null, likely?: {contact, reason}}
  CAPTURE_CONTACT: "capture-contact", // {profile, extra} -> {created, contact}
  UPDATE_CONTACT: "update-contact", // {contactId, changes} -> {contact}
  GET_DRAFT: "get-draft", //           {contactId, kind, channel, url?, title?} -> {subject, body, mailto}
  LIST_SUGGESTIONS: "list-suggestions", // {} -> {suggestions}
  UPDATE_SUGGESTION: "update-suggestion", // {id, status} -> {suggestion}
  LIST_FOLLOWUPS: "list-followups", // {} -> {thank_you_due, follow_up_due, capped}
  LIST_INDUSTRIES: "list-industries", // {} -> {industries: [{id, name}]}
});

/** Send a message to the service worker; resolve to data or throw an Error carrying .kind. */
export async function ask(type, payload = {}) {
  const reply = await chrome.runtime.sendMessage({ type, ...payload });
  if (reply && reply.ok) return reply.data;
  const error = new Error(reply?.error?.message || "The extension could not complete that request.");
  error.kind = reply?.error?.kind || "failed";
  throw error;
}
