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
        assert.equal(result[field], value, `${field} of ${name}`);
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
