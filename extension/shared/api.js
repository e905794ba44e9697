/**
 * The one function that talks to the companion: callCompanion(method, path, body).
 *
 * Only the service worker imports this module (SECURITY.md 21). The base URL and token come from
 * settings; the token travels only in the Authorization header, never in a URL (SECURITY.md 7).
 */

import { getSettings } from "./settings.js";

const TIMEOUT_MS = 8000;

/** An error with a kind the popup can act on ("offline", "unpaired", "bad_request", "failed"). */
export class CompanionError extends Error {
  constructor(kind, message, status = 0) {
    super(message);
    this.kind = kind;
    this.status = status;
  }
}

/** Call the companion's JSON API and return the parsed answer, or throw a CompanionError. */
export async function callCompanion(method, path, body, overrides = {}) {
  const settings = { ...(await getSettings()), ...overrides };
  const needsToken = path !== "/api/ping";
  if (needsToken && !settings.token) {
    throw new CompanionError("unpaired", "The extension is not paired with the companion yet.");
  }
  const headers = { Accept: "application/json" };
  if (needsToken) headers.Authorization = `Bearer ${settings.token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetchWithTimeout(`${settings.companionUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "omit",
    cache: "no-store",
  });
  const answer = await response.json().catch(() => null);
  if (response.ok && answer) return answer;
  throw errorFor(response.status, answer);
}

async function fetchWithTimeout(url, init) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    return await fetch(url, { ...init, signal: controller.signal });
  } catch {
    // A refused connection and a timeout look the same to the user: the companion is not answering.
    throw new CompanionError("offline", "The companion is not running.");
  } finally {
    clearTimeout(timer);
  }
}

function errorFor(status, answer) {
  const said = answer && typeof answer.error === "string" ? answer.error : "";
  if (status === 401) {
    return new CompanionError(
      "unpaired",
      "The companion did not accept the token. Pair again in Options.",
      401,
    );
  }
  if (status >= 400 && status < 500) {
    return new CompanionError(
      "bad_request",
      sentence(said || `The companion refused the request (${status}).`),
      status,
    );
  }
  return new CompanionError(
    "failed",
    sentence(said || "The companion had a problem. Try again in a moment."),
    status,
  );
}

function sentence(text) {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
