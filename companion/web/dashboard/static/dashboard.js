// Progressive enhancement for the dashboard: copy, show/hide the token, print, and "poll now" progress.
// Every page works without this file. Text goes in with textContent only, never as HTML.
"use strict";

function csrfToken() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.getAttribute("content") : "";
}

function statusNear(element) {
  const box = element.closest(".actions, .row-form, .draft") || document;
  return box.querySelector(".copy-status");
}

async function copyFrom(button) {
  const source = document.getElementById(button.dataset.copy);
  if (!source) return;
  const status = statusNear(button);
  try {
    await navigator.clipboard.writeText(source.value || source.textContent);
    if (status) status.textContent = "Copied.";
  } catch (error) {
    // Clipboard refused (e.g. no permission): select the text so Ctrl+C works.
    const wasPassword = source.type === "password";
    if (wasPassword) source.type = "text";
    source.select();
    if (status) status.textContent = "Press Ctrl+C (or Cmd+C) to copy.";
  }
}

function toggleReveal(button) {
  const field = document.getElementById(button.dataset.reveal);
  if (!field) return;
  const hidden = field.type === "password";
  field.type = hidden ? "text" : "password";
  button.textContent = hidden ? "Hide" : "Show";
  button.setAttribute("aria-pressed", String(hidden));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function pollNow(form, event) {
  event.preventDefault();
  const button = form.querySelector("button");
  const status = document.getElementById("poll-status");
  button.disabled = true;
  status.classList.add("busy");
  status.textContent = "Starting the poll…";
  try {
    const started = await fetch(form.action, {
      method: "POST",
      headers: {"Accept": "application/json", "X-CSRF-Token": csrfToken()},
      body: new FormData(form),
      credentials: "same-origin",
    });
    if (!started.ok) throw new Error(`HTTP ${started.status}`);
    const {status_url: statusUrl} = await started.json();
    for (;;) {
      const answer = await (await fetch(statusUrl, {headers: {"Accept": "application/json"}})).json();
      if (!answer.running) {
        status.textContent = answer.message || "Done.";
        if (answer.next) window.location.assign(answer.next);
        return;
      }
      status.textContent = `Polling your feeds… ${answer.done} of ${answer.total} done.`;
      await sleep(400);
    }
  } catch (error) {
    status.textContent = "The poll could not be started. Is the companion still running? Reload and try again.";
  } finally {
    status.classList.remove("busy");
    button.disabled = false;
  }
}

document.addEventListener("click", (event) => {
  const target = event.target.closest("[data-copy], [data-reveal], [data-print]");
  if (!target) return;
  if (target.dataset.copy) copyFrom(target);
  else if (target.dataset.reveal) toggleReveal(target);
  else window.print();
});

document.addEventListener("DOMContentLoaded", () => {
  const pollForm = document.getElementById("poll-form");
  if (pollForm) pollForm.addEventListener("submit", (event) => pollNow(pollForm, event));
});
