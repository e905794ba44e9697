/**
 * Extension settings: one DEFAULTS object over chrome.storage.local.
 *
 * The pairing token lives here and only here (storage.local, never sync: SECURITY.md 22).
 * Content scripts never import this module and are never handed the token.
 */

export const DEFAULTS = Object.freeze({
  companionUrl: "http://127.0.0.1:5757",
  token: "",
});

/** Read every setting, filling gaps from DEFAULTS. */
export async function getSettings() {
  const stored = await chrome.storage.local.get(Object.keys(DEFAULTS));
  return { ...DEFAULTS, ...stored };
}

/** The companion's address alone, for links to its dashboard (pages that only link need no token). */
export async function getCompanionUrl() {
  const { companionUrl } = await chrome.storage.local.get("companionUrl");
  return companionUrl || DEFAULTS.companionUrl;
}

/** Store some settings (only known keys are kept). */
export async function saveSettings(changes) {
  const known = Object.fromEntries(Object.entries(changes).filter(([key]) => key in DEFAULTS));
  await chrome.storage.local.set(known);
}

/** Forget the pairing token (unpair). */
export async function clearToken() {
  await chrome.storage.local.remove("token");
}

/**
 * Normalise a companion address typed by the user, or return null when it is not a loopback http URL.
 * The companion only listens on this computer, and host_permissions only cover loopback.
 */
export function normaliseCompanionUrl(text) {
  let url;
  try {
    url = new URL(String(text).trim());
  } catch {
    return null;
  }
  const loopback = ["127.0.0.1", "localhost", "[::1]"];
  if (url.protocol !== "http:" || !loopback.includes(url.hostname)) return null;
  return url.origin;
}
