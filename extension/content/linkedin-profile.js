/**
 * Content script: read the LinkedIn profile shown in this tab.
 *
 * Injected on the user's click with chrome.scripting.executeScript({files}); the value of the
 * last expression is the result: {name, headline, company, title, location, linkedin_url, about,
 * industry, pastCompanies} or {error: "not_a_profile", message}. `pastCompanies` names the
 * employers of the other experience entries (not the current one), in page order, each once, at
 * most 10. It never talks to the network and never reads the navigation bar, where the signed-in
 * viewer's own name sits. Node tests run this same file in a jsdom window on fixture pages
 * (tests/fixtures/pages/).
 *
 * Page structures handled (see TESTING.md): the 2015-16 public view (#topcard, h1#name), the
 * 2023-24 public view (top-card-layout__*, JSON-LD Person), the 2024 signed-in Ember view
 * (pv-top-card, h1.text-heading-xlarge, experience cards with grouped roles).
 */
(() => {
  const clean = (text) =>
    String(text || "")
      .replace(/\s+/g, " ")
      .trim();
  const HIDDEN = ".visually-hidden, .sr-only, .a11y-text, script, style, template, svg";

  /** Text a sighted reader sees in `node`: LinkedIn doubles many lines with a screen-reader copy. */
  function visibleText(node) {
    if (!node) return "";
    const walker = node.ownerDocument.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
    const parts = [];
    while (walker.nextNode()) {
      const hidden = walker.currentNode.parentElement?.closest(HIDDEN);
      if (!hidden || !node.contains(hidden)) parts.push(walker.currentNode.nodeValue);
    }
    return clean(parts.join(""));
  }

  const textOf = (root, selector) => visibleText(root?.querySelector(selector));

  /** Canonical https://www.linkedin.com/in/<slug>/ for a profile URL, else null. */
  function canonicalProfileUrl(href) {
    let url;
    try {
      url = new URL(href);
    } catch {
      return null;
    }
    if (!/(^|\.)linkedin\.com$/.test(url.hostname)) return null;
    const match = url.pathname.match(/^\/in\/([^/]+)/);
    if (!match) return null;
    let slug;
    try {
      slug = decodeURIComponent(match[1]);
    } catch {
      slug = match[1];
    }
    // Same form as the companion's canonical_profile_url: decoded, lower case, nothing after the slug.
    return `https://www.linkedin.com/in/${slug.trim().toLowerCase()}/`;
  }

  function notAProfile(message) {
    return { error: "not_a_profile", message };
  }

  /** Why this page is not a person's profile, or "" when it may be one. */
  function refusalFor(doc, href) {
    const url = new URL(href);
    const path = url.pathname;
    const title = clean(doc.title);
    if (/^\/(company|school|showcase)\//.test(path)) {
      return "This is a company page, not a person's profile. Open a person's profile to capture them.";
    }
    // Path only: public profiles carry a sign-in modal (with its form) inside the top card.
    if (/^\/(authwall|login|signup|checkpoint|uas)\b/.test(path) || path === "/") {
      return "LinkedIn is showing its sign-in page, not a profile. Sign in to LinkedIn, open the profile and try again.";
    }
    if (!/^\/in\//.test(path)) return "This LinkedIn page is not a person's profile.";
    if (/^\/in\/[^/]+\/(details|recent-activity|overlay)\//.test(path)) {
      return "This is a details page of a profile. Open the main profile page to capture the person.";
    }
    if (
      /profile not found|page not found|page doesn.t exist/i.test(title) ||
      doc.querySelector(".profile-unavailable")
    ) {
      return "LinkedIn says this profile was not found.";
    }
    return "";
  }

  /** The JSON-LD Person on the page (2023-24 public view), or null. */
  function jsonLdPerson(doc) {
    for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
      let data;
      try {
        data = JSON.parse(script.textContent);
      } catch {
        continue;
      }
      const items = [data, ...(Array.isArray(data) ? data : []), ...(data?.["@graph"] || [])];
      const person = items.find((item) => item && item["@type"] === "Person");
      if (person) return person;
    }
    return null;
  }

  function firstName(value) {
    const item = Array.isArray(value) ? value[0] : value;
    return clean(typeof item === "object" && item ? item.name : item);
  }

  /** Parts of a page title like "(1) Name - Title - Company | LinkedIn". */
  function titleParts(doc) {
    const title = clean(doc.title).replace(/^\(\d+\+?\)\s*/, "");
    const withoutSite = title.replace(/\s*\|\s*LinkedIn\s*$/i, "");
    const parts = withoutSite.split(/\s+[-–]\s+/).map(clean);
    return {
      name: parts[0] || "",
      title: parts.length > 2 ? parts[1] : "",
      company: parts[parts.length - 1] || "",
    };
  }

  /** Split "Title at Company | more" into title and company (used when there is no experience). */
  function roleFromHeadline(headline) {
    const first = clean(headline.split(/\s[|•·]\s/)[0]);
    const match = first.match(/^(.*?)\s+(?:at|@|chez|bei)\s+(.+)$/i);
    return match ? { title: clean(match[1]), company: clean(match[2]) } : { title: "", company: "" };
  }

  // ---- 2024 signed-in (Ember) view -------------------------------------------------------------

  /** First element matching `selector` with visible text, outside the nav bar and hidden copies. */
  function firstShown(root, selector) {
    return [...root.querySelectorAll(selector)].find(
      (node) => !node.closest(`header, nav, .global-nav, ${HIDDEN}`) && visibleText(node),
    );
  }

  function signedInTopCard(doc) {
    // Never the nav bar: its "Me" menu carries the signed-in viewer's own name.
    const main = doc.querySelector("main") || doc.body;
    const h1 =
      firstShown(main, ".pv-top-card h1, h1.text-heading-xlarge") ||
      (doc.querySelector(".scaffold-layout, .pv-profile-card") ? firstShown(main, "h1") : null);
    if (!h1) return null;
    return { card: h1.closest(".pv-top-card, section") || main, h1 };
  }

  /** Visible text lines of an experience entry (LinkedIn doubles each with a visually-hidden copy). */
  function entryLines(item) {
    const spans = [
      ...item.querySelectorAll(':scope > div span[aria-hidden="true"], :scope > a span[aria-hidden="true"]'),
    ];
    const lines = spans.length ? spans : [...item.querySelectorAll('span[aria-hidden="true"]')];
    return lines.map(visibleText).filter(Boolean);
  }

  const DATES = /\b(19|20)\d{2}\b|present|\d+\s*(yrs?|mos?)\b/i;
  // A line that is only dates or a duration ("Aug 2019 - Present · 5 yrs"), never a company's name.
  const DATE_LINE =
    /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d{2}\s*[-–]|^\d+\s*(?:yrs?|mos?)\b/i;

  /** Title and company of one experience entry (a top-level list item), grouped roles included. */
  function signedInEntry(item) {
    // Grouped roles nest one entry per role, each with its own dates; skills and descriptions nest too.
    const nested = [...item.querySelectorAll("ul li")].filter((li) =>
      entryLines(li)
        .slice(1)
        .some((line) => DATES.test(line)),
    );
    if (nested.length) {
      // Grouped roles: the entry names the company, its sub-entries the roles (current first).
      return { title: entryLines(nested[0])[0] || "", company: entryLines(item)[0] || "" };
    }
    const [title = "", companyLine = ""] = entryLines(item);
    const company = clean(companyLine.split(" · ")[0]);
    return { title, company: DATE_LINE.test(company) ? "" : company };
  }

  /** Every experience entry, in page order: the first is the current position. */
  function signedInExperience(doc) {
    const anchor = doc.querySelector("#experience");
    const section = anchor?.closest("section") || anchor?.parentElement;
    const first = section?.querySelector("ul > li");
    if (!first) return [];
    return [...first.parentElement.children].filter((node) => node.tagName === "LI").map(signedInEntry);
  }

  function readSignedIn(doc) {
    const found = signedInTopCard(doc);
    if (!found) return null;
    const { card, h1 } = found;
    const headline = textOf(card, ".text-body-medium");
    const location = textOf(card, ".text-body-small.inline, .pv-text-details__left-panel .text-body-small");
    const button = card.querySelector('button[aria-label^="Current company"]');
    const buttonCompany = clean(
      (button?.getAttribute("aria-label") || "").replace(/^Current company:\s*/i, "").split(/\.\s/)[0],
    );
    const [experience = { title: "", company: "" }, ...earlier] = signedInExperience(doc);
    const aboutAnchor = doc.querySelector("#about");
    const aboutSection = aboutAnchor?.closest("section");
    const about = textOf(aboutSection, ".inline-show-more-text");
    return {
      name: visibleText(h1),
      headline,
      company: experience.company || buttonCompany,
      title: experience.title,
      location,
      about,
      pastCompanies: earlier.map((entry) => entry.company),
    };
  }

  // ---- 2023-24 public view ---------------------------------------------------------------------

  /** Title and company of one experience entry; a group (roles at one company) names its current role. */
  function publicEntry(item) {
    if (item.classList.contains("experience-group")) {
      const company = textOf(item, ".experience-group-header__company, .experience-group__header h4, h4");
      const title = textOf(
        item,
        ".experience-group-position .experience-item__title, .experience-group-position h3",
      );
      return { title, company };
    }
    return {
      title: textOf(item, ".experience-item__title, .profile-section-card__title, h3"),
      company: textOf(item, ".experience-item__subtitle, .profile-section-card__subtitle, h4"),
    };
  }

  /** Every experience entry, in page order: the first is the current position. */
  function publicExperience(doc) {
    const list = doc.querySelector(
      ".experience__list, section.experience ul, [data-section='experience'] ul",
    );
    return list ? [...list.querySelectorAll(":scope > li")].map(publicEntry) : [];
  }

  function readPublic2023(doc) {
    const card = doc.querySelector(".top-card-layout");
    const person = jsonLdPerson(doc);
    const name = textOf(card, ".top-card-layout__title") || clean(person?.name);
    if (!name) return null;
    const [experience = { title: "", company: "" }, ...earlier] = publicExperience(doc);
    const fromTitle = titleParts(doc);
    const location =
      textOf(card, ".top-card__subline-item, .top-card-layout__first-subline .not-first-middot span") ||
      clean([person?.address?.addressLocality, person?.address?.addressCountry].filter(Boolean).join(", "));
    return {
      name,
      headline: textOf(card, ".top-card-layout__headline"),
      company:
        experience.company ||
        firstName(person?.worksFor) ||
        textOf(card, '[data-section="currentPositionsDetails"] .top-card-link__description'),
      title: experience.title || firstName(person?.jobTitle) || fromTitle.title,
      location,
      about:
        textOf(doc, ".summary .core-section-container__content, section.summary p") ||
        clean(person?.description),
      pastCompanies: earlier.map((entry) => entry.company),
    };
  }

  // ---- 2015-16 public view ---------------------------------------------------------------------

  function readPublic2015(doc) {
    const card = doc.querySelector("#topcard, #top-card, .profile-overview");
    const h1 = card?.querySelector("h1#name, #name, .full-name");
    if (!h1) return null;
    const positions = [...doc.querySelectorAll("#experience .position")];
    const current =
      doc.querySelector(
        '#experience .position[data-section="currentPositionsDetails"], #experience .position.current',
      ) || positions[0];
    const companyOf = (position) => textOf(position, ".item-subtitle, .org, h5");
    const industry = [...card.querySelectorAll("#demographics .descriptor, dd.industry")]
      .filter((node) => !node.classList.contains("adr"))
      .map(visibleText)
      .find(Boolean);
    return {
      name: visibleText(h1),
      headline: textOf(card, ".headline.title, p.headline, .title"),
      company:
        companyOf(current) ||
        textOf(card, '[data-section="currentPositionsDetails"] td, [data-section="currentPositions"] td'),
      title: textOf(current, ".item-title, .title, h4"),
      location: textOf(card, ".locality"),
      about: textOf(doc, "#summary .description, #summary p"),
      industry: industry || "",
      pastCompanies: positions.length
        ? positions.filter((position) => position !== current).map(companyOf)
        : previousInTopCard(card),
    };
  }

  /** The top card's "Previous" row (2015-16), for a page whose experience section is not shown. */
  function previousInTopCard(card) {
    const cell = card.querySelector('[data-section="pastPositionsDetails"] td, #overview-summary-past td');
    if (!cell) return [];
    const named = [...cell.querySelectorAll(".org, li")].map(visibleText).filter(Boolean);
    return named.length ? named : visibleText(cell).split(/,\s+/);
  }

  // ---- putting it together ---------------------------------------------------------------------

  const MAX_PAST_COMPANIES = 10;
  const MAX_COMPANY_LENGTH = 200; // what the companion takes for a company name

  /** Distinct employers of the earlier entries, in page order, the current company left out. */
  function pastCompaniesFrom(names, current) {
    const seen = new Set([clean(current).toLowerCase()]);
    const out = [];
    for (const name of (names || []).map(clean)) {
      const key = name.toLowerCase();
      if (!name || name.length > MAX_COMPANY_LENGTH || seen.has(key)) continue;
      seen.add(key);
      out.push(name);
    }
    return out.slice(0, MAX_PAST_COMPANIES);
  }

  /** Extract the profile on `doc` (at address `href`), or say why this is not a profile. */
  function extractProfile(doc, href) {
    const refusal = refusalFor(doc, href);
    if (refusal) return notAProfile(refusal);
    const read = readSignedIn(doc) || readPublic2023(doc) || readPublic2015(doc);
    if (!read || !read.name) {
      return notAProfile(
        "No profile was found on this page. LinkedIn may be asking you to sign in or to prove you are human.",
      );
    }
    const guessed = roleFromHeadline(read.headline || "");
    const fromTitle = titleParts(doc);
    const headline =
      read.headline ||
      [read.title || guessed.title || fromTitle.title, read.company].filter(Boolean).join(" at ");
    const company = read.company || guessed.company;
    return {
      name: read.name,
      headline,
      company,
      title: read.title || guessed.title,
      location: read.location || "",
      linkedin_url: canonicalProfileUrl(href),
      about: (read.about || "").slice(0, 4000),
      industry: read.industry || "",
      pastCompanies: pastCompaniesFrom(read.pastCompanies, company),
    };
  }

  if (typeof globalThis.__followupTestHooks === "object" && globalThis.__followupTestHooks) {
    Object.assign(globalThis.__followupTestHooks, { canonicalProfileUrl, extractProfile });
  }
  return typeof document === "undefined" ? null : extractProfile(document, location.href);
})();
