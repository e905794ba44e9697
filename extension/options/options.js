/**
 * Options page: the companion's address, pairing with a pasted token, a connection test, unpairing.
 *
 * Pairing asks for the loopback host permission first (Firefox grants host permissions only on a
 * user gesture; Chromium already has it and answers at once), then hands the token to the worker,
 * which stores it only when the companion accepts it.
 */

import { ask, MSG } from "../shared/messages.js";
import { getSettings, normaliseCompanionUrl } from "../shared/settings.js";

const form = document.getElementById("pair-form");
const urlInput = document.getElementById("companion-url");
const tokenInput = document.getElementById("token");
const status = document.getElementById("status");

function say(text, tone = "") {
  status.textContent = text;
  status.className = `status ${tone}`.trim();
}

// Whether the address was typed in before the saved settings arrived: then it is kept, not overwritten.
let urlTyped = false;
urlInput.addEventListener("input", () => {
  urlTyped = true;
});

async function showCurrent() {
  const settings = await getSettings();
  if (!urlTyped) urlInput.value = settings.companionUrl;
  say(
    settings.token ? `Paired with the companion at ${settings.companionUrl}.` : "Not paired yet.",
    settings.token ? "ok" : "",
  );
}

/** Ask for access to the companion's address; the pattern must be one listed in host_permissions. */
async function requestHostPermission(base) {
  const host = new URL(base).hostname;
  const origins = [host === "localhost" ? "http://localhost/*" : "http://127.0.0.1/*"];
  try {
    return await chrome.permissions.request({ origins });
  } catch {
    return true; // browsers that grant host_permissions at install refuse nothing here
  }
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const base = normaliseCompanionUrl(urlInput.value);
  if (!base) return say("The companion address must look like http://127.0.0.1:5757.", "error");
  if (!tokenInput.value.trim()) return say("Paste the token that `companion token` prints.", "error");
  if (!(await requestHostPermission(base))) {
    return say(
      "The extension needs permission to reach the companion on this computer. Try Pair again and allow it.",
      "error",
    );
  }
  say("Pairing…");
  try {
    const { version } = await ask(MSG.PAIR, { companionUrl: base, token: tokenInput.value });
    tokenInput.value = "";
    urlInput.value = base;
    say(`Paired with the companion at ${base}${version ? ` (version ${version})` : ""}.`, "ok");
  } catch (error) {
    say(
      error.kind === "offline"
        ? `No companion answers at ${base}. Start it with scripts/run, then try again.`
        : error.message,
      "error",
    );
  }
});

document.getElementById("test").addEventListener("click", async () => {
  say("Testing…");
  try {
    const result = await ask(MSG.STATUS);
    say(
      result.paired
        ? "Connected: the companion is running and accepts this extension."
        : "The companion is running, but the extension is not paired. Paste the token and press Pair.",
      result.paired ? "ok" : "error",
    );
  } catch (error) {
    say(
      error.kind === "offline"
        ? "The companion is not running. Start it with scripts/run, then try again."
        : error.message,
      "error",
    );
  }
});

document.getElementById("unpair").addEventListener("click", async () => {
  await ask(MSG.UNPAIR);
  say("Unpaired: the token was deleted from this browser.", "ok");
});

showCurrent();
