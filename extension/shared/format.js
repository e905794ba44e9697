/**
 * Wording shared by the popup and options pages: counts, follow-up statuses, dates and interaction kinds
 * as people say them.
 */

const STATUS_LABELS = {
  thank_you_due: "Thank-you due",
  due: "Follow-up due",
  waiting: "Waiting",
  capped: "3 follow-ups this year",
};

const KIND_LABELS = {
  thank_you: "thank-you",
  update: "career update",
  article: "article",
  linkedin: "LinkedIn connection",
  interview: "interview",
  meeting: "meeting",
  other: "note",
};

/**
 * A count with its noun: plural(1, "feed") -> "1 feed", plural(2, "feed") -> "2 feeds";
 * give the plural form when adding "s" is wrong: plural(4, "person", "people") -> "4 people".
 */
export function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

/** A short label for a contact's follow-up status, e.g. "Follow-up due". */
export function statusLabel(followup) {
  return STATUS_LABELS[followup?.status] || "No follow-up yet";
}

/** CSS modifier for a status chip. */
export function statusTone(followup) {
  return { thank_you_due: "urgent", due: "due", capped: "quiet" }[followup?.status] || "calm";
}

/** "update" -> "career update". */
export function kindLabel(kind) {
  return KIND_LABELS[kind] || kind || "follow-up";
}

/** "2026-11-26" -> "26 Nov 2026"; anything else is returned as given. */
export function formatDate(value) {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}/.test(value)) return value || "";
  const [year, month, day] = value.slice(0, 10).split("-").map(Number);
  const names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${day} ${names[month - 1]} ${year}`;
}

/** One line about the contact's follow-up clock: last touch and next due date. */
export function followupLine(followup) {
  if (!followup) return "";
  const parts = [];
  const last = followup.last_touch;
  if (last) parts.push(`last touch ${formatDate(typeof last === "object" ? last.date : last)}`);
  if (followup.next_due) parts.push(`next due ${formatDate(followup.next_due)}`);
  if (typeof followup.follow_ups_last_12_months === "number") {
    parts.push(`${followup.follow_ups_last_12_months} of 3 follow-ups this year`);
  }
  return parts.join(" · ");
}

/** "Title at Company", or whichever of the two is known. */
export function roleLine(contact) {
  return [contact?.title, contact?.company].filter(Boolean).join(" at ") || contact?.headline || "";
}

/** Today's local date as YYYY-MM-DD. */
export function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
