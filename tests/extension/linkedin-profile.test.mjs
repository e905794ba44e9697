import assert from "node:assert/strict";
import { test } from "node:test";
import { fixtureCases, loadFixture, runInPage } from "./run-in-page.mjs";

const extract = (html, url) => runInPage(html, url, ["content/linkedin-profile.js"]);

for (const name of fixtureCases("linkedin-")) {
  const { html, spec } = loadFixture(name);
  if (spec.expected.error) {
    test(`refuses to capture a non-profile page: ${name}`, () => {
      const result = extract(html, spec.url);
      assert.equal(result.error, "not_a_profile");
      assert.match(result.message, new RegExp(spec.message_mentions, "i"));
      assert.equal(result.name, undefined);
    });
  } else {
    test(`extracts the person from ${name}`, () => {
      const result = extract(html, spec.url);
      for (const [field, value] of Object.entries(spec.expected)) {
        assert.deepEqual(result[field], value, `${field} of ${name}`);
      }
      if (spec.never_contains) {
        assert.ok(!JSON.stringify(result).includes(spec.never_contains), "the signed-in viewer was captured");
      }
    });
  }
}

test("strips the notification count from the page title", () => {
  const html = `<title>(12) Ines Marchetti | LinkedIn</title><main><section class="pv-top-card">
    <h1 class="text-heading-xlarge">Ines Marchetti</h1></section></main>`;
  const result = extract(html, "https://www.linkedin.com/in/ines-m/");
  assert.equal(result.name, "Ines Marchetti");
});

test("a public profile with only a JSON-LD person still gives name, title and company", () => {
  const html = `<title>Ravi Olsen - Buyer - Cobalt Foods | LinkedIn</title>
    <script type="application/ld+json">{"@type":"Person","name":"Ravi Olsen","jobTitle":"Buyer","worksFor":[{"name":"Cobalt Foods"}]}</script>`;
  const result = extract(html, "https://www.linkedin.com/in/ravi-olsen/");
  assert.deepEqual([result.name, result.title, result.company], ["Ravi Olsen", "Buyer", "Cobalt Foods"]);
});

test("canonical profile URL drops locale paths, queries and case", () => {
  const html = `<main><section class="pv-top-card"><h1 class="text-heading-xlarge">Ana Ruiz</h1></section></main>`;
  for (const url of [
    "https://www.linkedin.com/in/Ana-Ruiz-42/es?trk=x",
    "https://es.linkedin.com/in/ana-ruiz-42",
    "https://linkedin.com/in/ana-ruiz-42/#experience",
  ]) {
    assert.equal(extract(html, url).linkedin_url, "https://www.linkedin.com/in/ana-ruiz-42/", url);
  }
});

test("a page outside /in/ is refused even when it has a heading", () => {
  const html = `<main><h1>Jobs you may be interested in</h1></main>`;
  assert.equal(extract(html, "https://www.linkedin.com/jobs/").error, "not_a_profile");
});

test("a signed-in page without <main> still never takes the viewer's name from the nav bar", () => {
  const html = `<title>(1) LinkedIn</title><div class="scaffold-layout">
    <header class="global-nav"><h1 class="t-16">Casey Viewer-Person</h1></header>
    <section class="artdeco-card"><h1 class="visually-hidden">Profile</h1>
      <h1 class="inline t-24 v-align-middle break-words">Mirela Ionescu-Barros<svg><title>Verified</title></svg></h1>
      <div class="text-body-medium">Buyer at Alder Foods</div></section></div>`;
  const result = extract(html, "https://www.linkedin.com/in/mirela-ib/");
  assert.equal(result.name, "Mirela Ionescu-Barros");
  assert.equal(result.company, "Alder Foods");
});

// Past employers ---------------------------------------------------------------------------------

/** A signed-in (Ember) profile whose experience entries are `[title, companyLine, dates]`. */
function signedInWith(entries) {
  const items = entries.map(
    ([title, companyLine, dates]) => `<li class="artdeco-list__item"><div class="pvs-entity">
      <div class="t-bold"><span aria-hidden="true">${title}</span><span class="visually-hidden">${title}</span></div>
      <span class="t-14 t-normal"><span aria-hidden="true">${companyLine}</span></span>
      <span class="t-14 t-normal t-black--light"><span aria-hidden="true">${dates}</span></span>
    </div></li>`,
  );
  return `<title>Lior Ben-Avi | LinkedIn</title><main>
    <section class="pv-top-card"><h1 class="text-heading-xlarge">Lior Ben-Avi</h1></section>
    <section class="artdeco-card"><div id="experience"></div><ul>${items.join("")}</ul></section></main>`;
}

const LIOR = "https://www.linkedin.com/in/lior-ben-avi/";

test("past companies are the other entries' employers, in page order, each once, the current one left out", () => {
  const html = signedInWith([
    ["Buyer", "Cobalt Foods · Full-time", "Mar 2022 - Present · 2 yrs"],
    ["Analyst", "Tern Valley Dairy · Full-time", "2019 - 2022 · 3 yrs"],
    ["Intern", "COBALT FOODS · Internship", "2018 - 2018 · 3 mos"],
    ["Clerk", "Orchard & Pine Grocers", "2016 - 2018 · 2 yrs"],
    ["Assistant", "tern valley dairy", "2015 - 2016 · 1 yr"],
  ]);
  const result = extract(html, LIOR);
  assert.equal(result.company, "Cobalt Foods");
  assert.deepEqual(result.pastCompanies, ["Tern Valley Dairy", "Orchard & Pine Grocers"]);
});

test("at most ten past companies are kept, the first ten on the page", () => {
  const entries = [["Buyer", "Cobalt Foods", "2022 - Present"]];
  for (let n = 1; n <= 14; n += 1)
    entries.push([`Role ${n}`, `Employer Number ${n} · Full-time`, "2001 - 2002"]);
  const result = extract(signedInWith(entries), LIOR);
  assert.equal(result.pastCompanies.length, 10);
  assert.equal(result.pastCompanies[0], "Employer Number 1");
  assert.equal(result.pastCompanies[9], "Employer Number 10");
});

test("an entry whose second line is only its dates names no past company", () => {
  const html = signedInWith([
    ["Buyer", "Cobalt Foods", "2022 - Present"],
    ["Freelance buyer", "Jan 2019 - Dec 2021 · 3 yrs", ""],
    ["Analyst", "Tern Valley Dairy", "2016 - 2018"],
  ]);
  assert.deepEqual(extract(html, LIOR).pastCompanies, ["Tern Valley Dairy"]);
});

test("a profile with one position, or none, has no past companies", () => {
  const one = signedInWith([["Buyer", "Cobalt Foods", "2022 - Present"]]);
  assert.deepEqual(extract(one, LIOR).pastCompanies, []);
  const none = `<main><section class="pv-top-card"><h1 class="text-heading-xlarge">Lior Ben-Avi</h1>
    <div class="text-body-medium">Buyer at Cobalt Foods</div></section></main>`;
  assert.deepEqual(extract(none, LIOR).pastCompanies, []);
});

test("a 2015 public page without its experience section gives the top card's Previous row", () => {
  const html = `<title>Odile Farquharson | LinkedIn</title><div id='topcard'><h1 id='name'>Odile Farquharson</h1>
    <p class='headline title'>Archivist at Lakemont Library Trust</p><table>
    <tr data-section='currentPositionsDetails'><th>Current</th><td><span class='org'>Lakemont Library Trust</span></td></tr>
    <tr data-section='pastPositionsDetails'><th>Previous</th><td><ol><li>Greywater Records Office</li>, <li>Pell Street Books</li></ol></td></tr>
    </table></div>`;
  const result = extract(html, "https://www.linkedin.com/in/odile-farquharson");
  assert.equal(result.company, "Lakemont Library Trust");
  assert.deepEqual(result.pastCompanies, ["Greywater Records Office", "Pell Street Books"]);
});
