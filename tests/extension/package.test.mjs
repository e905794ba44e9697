import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The manifest and file names inside a zip, read with Python's zipfile (no zip tool needed). */
function readZip(path) {
  const script = `import json,sys,zipfile
z=zipfile.ZipFile(sys.argv[1]); print(json.dumps({"names": z.namelist(), "manifest": json.loads(z.read("manifest.json"))}))`;
  return JSON.parse(execFileSync("python3", ["-c", script, path], { encoding: "utf8" }));
}

test("package_extension builds a Chromium zip and a Firefox zip of the extension", () => {
  const out = mkdtempSync(join(tmpdir(), "fuc-dist-"));
  execFileSync("bash", [join(ROOT, "scripts/package_extension")], { env: { ...process.env, DIST_DIR: out } });
  const chromium = readZip(join(out, "followup-companion-chromium.zip"));
  const firefox = readZip(join(out, "followup-companion-firefox.zip"));
  for (const zip of [chromium, firefox]) {
    for (const name of [
      "background.js",
      "popup/popup.html",
      "content/linkedin-profile.js",
      "vendor/Readability.js",
    ]) {
      assert.ok(zip.names.includes(name), name);
    }
  }
  assert.equal(chromium.manifest.browser_specific_settings, undefined);
  assert.equal(chromium.manifest.background.scripts, undefined);
  assert.ok(firefox.manifest.browser_specific_settings.gecko.id);
  assert.deepEqual(firefox.manifest.background.scripts, ["background.js"]);
});
