// Lighthouse (mobile mode, its default: a mid-range phone on a slow 4G link, simulated) on
// Unknot's pages and on a bare page of the hello-world server, in one Chromium.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { freePort } from './processes.mjs';

const scoresOf = (path, lhr) => ({
  path,
  performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
  accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
  bestPractices: Math.round((lhr.categories['best-practices']?.score ?? 0) * 100),
  lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? null,
  tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? null,
  cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
});

/**
 * Runs Lighthouse on `fresh` pages as a new visitor (storage cleared), then writes `records`
 * into the site's storage, opens `prepare` (which makes the plan) and runs Lighthouse on the
 * `withData` pages keeping that storage.
 */
export async function lighthouseRuns({ base, fresh, records, prepare, withData, baseline }) {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'unknot-lighthouse-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [`--remote-debugging-port=${port}`, '--no-sandbox'],
  });
  const run = async (url, keepStorage) => {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
      disableStorageReset: keepStorage,
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    return result.lhr;
  };
  try {
    const results = [];
    results.push({ ...scoresOf('bare page (hello-world)', await run(baseline, false)) });
    for (const path of fresh) results.push(scoresOf(path, await run(`${base}${path}`, false)));
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.evaluate((values) => {
      for (const [key, value] of Object.entries(values)) {
        window.localStorage.setItem(`unknot.${key}`, JSON.stringify(value));
      }
    }, records);
    await page.goto(`${base}${prepare}`);
    await page.waitForFunction(() => window.localStorage.getItem('unknot.plan') !== null, null, {
      timeout: 60_000,
    });
    await page.close();
    for (const path of withData) results.push(scoresOf(path, await run(`${base}${path}`, true)));
    return results;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
