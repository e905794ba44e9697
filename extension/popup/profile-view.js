/**
 * Popup panel for a LinkedIn profile: an editable capture form for a new person, or the existing
 * contact's status with actions (log interview or thank-you, LinkedIn connection note, connected).
 */

import { actionButton, announceChange, copyText, h, show, statusLine } from "../shared/dom.js";
import { followupLine, roleLine, today } from "../shared/format.js";
import { ask, MSG } from "../shared/messages.js";
import { guarded, statusChip } from "./parts.js";

const NOTE_LIMIT = 300; // LinkedIn's limit for a connection request note

const FORM_FIELDS = [
  ["name", "Name", "text"],
  ["headline", "Headline", "text"],
  ["title", "Title", "text"],
  ["company", "Company", "text"],
  ["location", "Location", "text"],
  ["industry", "Industry", "text"],
  ["email", "Email", "email"],
  ["how_met", "How you met", "text"],
  ["interview_date", "Interview date", "date"],
  ["notes", "Notes", "textarea"],
];
const CAPTURE_FIELDS = ["name", "headline", "title", "company", "location"];

/** Build the profile panel for an extracted profile (the value of content/linkedin-profile.js). */
export async function renderProfile(profile) {
  const panel = h("section", { class: "card", "data-panel": "profile" });
  const { contact, likely } = await ask(MSG.FIND_CONTACT, {
    linkedinUrl: profile.linkedin_url,
    name: profile.name,
    company: profile.company,
  });
  if (contact) show(panel, existingContact(contact, panel));
  else if (likely) show(panel, linkOffer(profile, likely, panel));
  else show(panel, captureForm(profile, panel));
  return panel;
}

/** Someone with this name is already stored without a profile (typed in, or from a sheet): link to them? */
function linkOffer(profile, { contact, reason }, panel) {
  const status = statusLine();
  const where = contact.company ? ` at ${contact.company}` : "";
  const linkProfile = async () => {
    const captured = {
      linkedin_url: profile.linkedin_url,
      link_to: contact.id,
      past_companies: profile.pastCompanies || [],
    };
    for (const key of [...CAPTURE_FIELDS, "about"]) captured[key] = (profile[key] || "").trim();
    try {
      const answer = await ask(MSG.CAPTURE_CONTACT, { profile: captured, extra: {} });
      show(panel, existingContact(answer.contact, panel, `Linked this profile to ${contact.name}.`));
      announceChange();
    } catch (error) {
      status.say(error.message, "error");
    }
  };
  const link = actionButton(`Link this profile to ${contact.name}`, linkProfile, { variant: "primary" });
  const separate = actionButton("No, save as a new contact", async () =>
    show(panel, captureForm(profile, panel)),
  );
  return [
    h("h2", {}, "Already in your contacts?"),
    h(
      "p",
      {},
      `You have ${contact.name}${where} without a LinkedIn profile (${reason}). `,
      "Link this profile to them, or save it as a different person.",
    ),
    h("div", { class: "actions" }, link, separate),
    status,
  ];
}

const PLACEHOLDERS = { industry: "Leave empty and the companion guesses it" };

function field([key, label, type], value) {
  const id = `field-${key}`;
  const input =
    type === "textarea"
      ? h("textarea", { id, name: key, rows: 3 })
      : h("input", {
          id,
          name: key,
          type,
          autocomplete: "off",
          required: key === "name",
          placeholder: PLACEHOLDERS[key],
          list: key === "industry" ? "industry-names" : undefined,
        });
  input.value = value || "";
  return h("div", { class: "field" }, h("label", { for: id }, label), input);
}

function captureForm(profile, panel) {
  const status = statusLine();
  const form = h(
    "form",
    { class: "capture", novalidate: true },
    FORM_FIELDS.map((spec) => field(spec, profile[spec[0]])),
    pastCompaniesField(profile.pastCompanies || []),
    h("div", { class: "actions" }, h("button", { type: "submit", class: "btn primary" }, "Save contact")),
    status,
  );
  form.append(industryChoices());
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(form).entries());
    if (!values.name.trim()) return status.say("The name is required.", "error");
    const captured = {
      linkedin_url: profile.linkedin_url,
      about: profile.about || "",
      past_companies: linesOf(values.past_companies),
    };
    for (const key of CAPTURE_FIELDS) captured[key] = values[key].trim();
    const extra = {
      industry: values.industry,
      email: values.email,
      how_met: values.how_met,
      notes: values.notes,
    };
    if (values.interview_date) extra.interview_date = values.interview_date;
    form.querySelector("button[type=submit]").disabled = true;
    try {
      const { contact, created } = await ask(MSG.CAPTURE_CONTACT, { profile: captured, extra });
      show(
        panel,
        existingContact(
          contact,
          panel,
          created ? "Saved as a new contact." : "Updated the existing contact.",
        ),
      );
      announceChange();
    } catch (error) {
      status.say(error.message, "error");
      form.querySelector("button[type=submit]").disabled = false;
    }
  });
  return [h("h2", {}, "Capture this person"), form];
}

/** The employers of the profile's earlier positions, one a line, to check before saving. */
function pastCompaniesField(companies) {
  const input = h("textarea", { id: "field-past_companies", name: "past_companies", rows: 2 });
  input.value = companies.join("\n");
  return h(
    "div",
    { class: "field" },
    h("label", { for: "field-past_companies" }, "Past companies (one a line)"),
    input,
  );
}

function linesOf(text) {
  return (text || "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Suggestions for the industry field: the names the companion normalises industries to. */
function industryChoices() {
  const list = h("datalist", { id: "industry-names" });
  ask(MSG.LIST_INDUSTRIES)
    .then(({ industries = [] }) =>
      list.append(...industries.map((industry) => h("option", { value: industry.name }))),
    )
    .catch(() => {}); // only a convenience: typing any text still works
  return list;
}

const THANKS_CHANNELS = [
  ["email", "by email"],
  ["mail", "by mailed card"],
  ["linkedin", "on LinkedIn"],
  ["in_person", "in person"],
];

/** The known contact: status, last touch, and the actions that fit a LinkedIn profile. */
function existingContact(contact, panel, notice = "") {
  const status = statusLine();
  if (notice) status.say(notice, "ok");
  // Each action logs in the companion, then redraws this panel from the companion's answer.
  const run = (action, message) => async () => {
    try {
      await action();
      const { contact: fresh } = await ask(MSG.FIND_CONTACT, { linkedinUrl: contact.linkedin_url });
      show(panel, existingContact(fresh || contact, panel, message));
      announceChange();
    } catch (error) {
      status.say(error.message, "error");
    }
  };
  const log = (interaction) => ask(MSG.LOG_INTERACTION, { contactId: contact.id, interaction });
  return [
    h("h2", {}, "In your contacts"),
    contactSummary(contact),
    loggingRows(log, run),
    linkedinActions(contact, log, run, status),
    status,
  ];
}

function contactSummary(contact) {
  return h(
    "div",
    {},
    h("div", { class: "item-head" }, h("h3", { class: "name" }, contact.name), statusChip(contact.followup)),
    h("p", { class: "muted" }, roleLine(contact)),
    contact.industry_name ? h("p", { class: "small muted" }, `Industry: ${contact.industry_name}`) : null,
    h("p", { class: "small muted" }, followupLine(contact.followup) || "No follow-ups logged yet."),
  );
}

/** "Log interview" (with its date) and "Log thank-you" (with how it was sent). */
function loggingRows(log, run) {
  const interviewDate = h("input", { type: "date", id: "interview-date", "aria-label": "Interview date" });
  interviewDate.value = today();
  const thanksChannel = h(
    "select",
    { id: "thanks-channel", "aria-label": "Thank-you sent by" },
    THANKS_CHANNELS.map(([value, label]) => h("option", { value }, label)),
  );
  const logInterview = () =>
    log({ kind: "interview", channel: "in_person", date: interviewDate.value || today() });
  const logThanks = () => log({ kind: "thank_you", channel: thanksChannel.value });
  return [
    h(
      "div",
      { class: "row" },
      interviewDate,
      actionButton("Log interview", run(logInterview, "Interview logged.")),
    ),
    h(
      "div",
      { class: "row" },
      thanksChannel,
      actionButton("Log thank-you", run(logThanks, "Thank-you logged.")),
    ),
  ];
}

/** Draft a connection note (300 characters at most) and mark the contact as connected. */
function linkedinActions(contact, log, run, status) {
  const noteSlot = h("div");
  const draftNote = guarded(status, async () => {
    const draft = await ask(MSG.GET_DRAFT, { contactId: contact.id, kind: "linkedin", channel: "linkedin" });
    show(noteSlot, connectionNote(draft.body || "", status));
  });
  const markConnected = async () => {
    await ask(MSG.UPDATE_CONTACT, { contactId: contact.id, changes: { connected: true } });
    await log({ kind: "linkedin", channel: "linkedin", note: "Connected on LinkedIn" });
  };
  return [
    h(
      "div",
      { class: "actions" },
      actionButton("Draft connection note", draftNote),
      contact.connected
        ? h("span", { class: "chip calm" }, "Connected on LinkedIn")
        : actionButton("Mark as connected", run(markConnected, "Marked as connected."), {
            variant: "primary",
          }),
    ),
    noteSlot,
  ];
}

function connectionNote(body, status) {
  const area = h("textarea", {
    class: "draft",
    rows: 5,
    maxlength: NOTE_LIMIT,
    "aria-label": "Connection note",
  });
  area.value = body.slice(0, NOTE_LIMIT);
  const counter = h("span", { class: "small muted" });
  const count = () => (counter.textContent = `${area.value.length} / ${NOTE_LIMIT} characters`);
  area.addEventListener("input", count);
  count();
  return h(
    "div",
    { class: "draft-box" },
    area,
    h(
      "div",
      { class: "actions" },
      actionButton("Copy note", async () =>
        status.say((await copyText(area.value)) ? "Note copied." : "Could not copy."),
      ),
      counter,
    ),
  );
}
