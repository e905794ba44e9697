/**
 * Pieces the popup's panels share: a status chip, a list of reasons, a draft with Email and Copy,
 * and a wrapper that reports a failed action as a sentence next to it.
 */

import { actionButton, copyText, h, mailtoButton } from "../shared/dom.js";
import { statusLabel, statusTone } from "../shared/format.js";

/** Wrap an async action so that its failure is said in `status` instead of being lost. */
export function guarded(status, action) {
  return async (...args) => {
    try {
      await action(...args);
    } catch (error) {
      status.say(error.message, "error");
    }
  };
}

/** The contact's follow-up status as a coloured chip. */
export function statusChip(followup) {
  return h("span", { class: `chip ${statusTone(followup)}` }, statusLabel(followup));
}

/** Why a contact fits, as a short list (reasons may be sentences or small objects); null when none. */
export function reasonList(reasons = [], max = 3) {
  if (!reasons.length) return null;
  const text = (reason) =>
    typeof reason === "string" ? reason : reason?.text || reason?.reason || reason?.label || "";
  return h(
    "ul",
    { class: "reasons" },
    reasons.slice(0, max).map((reason) => h("li", {}, text(reason))),
  );
}

/** A read-only draft with Email (mailto:) and Copy buttons. */
export function draftBox(draft, status) {
  const text = [draft.subject ? `Subject: ${draft.subject}` : "", draft.body || ""]
    .filter(Boolean)
    .join("\n\n");
  const area = h("textarea", { class: "draft", readonly: true, rows: 6, "aria-label": "Draft message" });
  area.value = text;
  const copy = async () => status.say((await copyText(draft.body || text)) ? "Copied." : "Could not copy.");
  return h(
    "div",
    { class: "draft-box" },
    area,
    h("div", { class: "actions" }, mailtoButton(draft.mailto), actionButton("Copy", copy)),
  );
}
